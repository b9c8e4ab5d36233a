import { NangoWebhookVerificationError, verifyWebhook, type NangoWebhookEvent } from '@nango-sdk/core';
import { extractWebhook } from './extract-webhook.js';
import type { WebhookInput } from './webhook-input.js';

/** Options of a single `verify()` call. */
export interface VerifyWebhookOptions {
  /** Keys to try instead of the client's (current first, then previous). */
  readonly signingKeys?: readonly string[];
}

/** Webhook verification for Node servers and fetch-style handlers. */
export class NodeWebhooks {
  readonly #signingKeys: readonly string[];

  constructor(signingKeys: readonly string[]) {
    this.#signingKeys = signingKeys;
  }

  /**
   * Checks the `X-Nango-Hmac-Sha256` signature of a webhook against the current and the previous
   * signing key, and returns the parsed, typed event.
   *
   * @example
   * ```ts
   * http.createServer(async (req, res) => {
   *   const event = await nango.webhooks.verify(req);
   *   if (event.type === 'sync') console.log(event.model);
   *   res.end();
   * });
   * ```
   */
  async verify(input: WebhookInput, options: VerifyWebhookOptions = {}): Promise<NangoWebhookEvent> {
    const signingKeys = options.signingKeys ?? this.#signingKeys;
    if (signingKeys.length === 0) {
      throw new NangoWebhookVerificationError(
        'no_signing_key',
        'No webhook signing key: pass { webhookSigningKey } to new Nango() or set NANGO_WEBHOOK_SIGNING_KEY.',
      );
    }
    const { rawBody, headers } = await extractWebhook(input);
    return verifyWebhook(rawBody, headers, { signingKeys: [...signingKeys] });
  }
}
