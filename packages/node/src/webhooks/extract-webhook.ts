import type { IncomingMessage } from 'node:http';
import { readIncomingMessage } from './read-incoming-message.js';
import type { ExtractedWebhook, WebhookInput } from './webhook-input.js';

function isRequest(input: WebhookInput): input is Request {
  return typeof Request !== 'undefined' && input instanceof Request;
}

function isIncomingMessage(input: WebhookInput): input is IncomingMessage {
  return typeof (input as IncomingMessage).pipe === 'function' && typeof (input as IncomingMessage).on === 'function';
}

/** Reads the raw body bytes and the headers from any supported webhook input. */
export async function extractWebhook(input: WebhookInput): Promise<ExtractedWebhook> {
  if (isRequest(input)) {
    return { rawBody: new Uint8Array(await input.clone().arrayBuffer()), headers: input.headers };
  }
  if (isIncomingMessage(input)) {
    return { rawBody: await readIncomingMessage(input), headers: input.headers };
  }
  return { rawBody: input.body, headers: input.headers };
}
