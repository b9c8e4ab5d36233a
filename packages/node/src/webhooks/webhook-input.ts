import type { IncomingMessage } from 'node:http';
import type { WebhookHeaders } from '@nango-sdk/core';

/** A raw webhook body with the headers it came with. */
export interface RawWebhookInput {
  /** The body exactly as received: a string, a Buffer or other bytes. */
  readonly body: string | Uint8Array;
  readonly headers: WebhookHeaders;
}

/**
 * Anything `nango.webhooks.verify()` can read a webhook from: a Web `Request` (fetch-style handlers),
 * a Node `IncomingMessage` (node:http, Express, Fastify's `request.raw`...), or a raw body with its headers.
 */
export type WebhookInput = Request | IncomingMessage | RawWebhookInput;

/** The raw body and headers extracted from a {@link WebhookInput}. */
export interface ExtractedWebhook {
  readonly rawBody: string | Uint8Array;
  readonly headers: WebhookHeaders;
}
