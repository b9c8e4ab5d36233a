import { signatureHeaders } from './sign.js';
import { stableStringify } from './stable-stringify.js';
import type { NangoWebhookEvent } from './events.js';

/** One webhook delivery: the exact raw body and headers that were sent. */
export interface WebhookDelivery {
  event: NangoWebhookEvent;
  body: string;
  headers: Record<string, string>;
  /** HTTP status of the receiver, when delivered to a URL. */
  status?: number;
  error?: string;
}

export interface WebhookTarget {
  /** Receiver URL; the body is POSTed with the signature headers. */
  url?: string;
  /** In-process receiver, called with each delivery. */
  handler?: (delivery: WebhookDelivery) => void | Promise<void>;
}

const RETRIES = 2;
const BACKOFF_MS = 100;

/** Signs and delivers webhooks, and records every delivery. */
export class WebhookDispatcher {
  readonly sent: WebhookDelivery[] = [];
  #target: WebhookTarget = {};
  readonly #pending = new Set<Promise<void>>();
  readonly #signingKey: (envId: number | undefined) => string;

  constructor(signingKey: (envId: number | undefined) => string) {
    this.#signingKey = signingKey;
  }

  configure(target: WebhookTarget): void {
    this.#target = { ...target };
  }

  /** Signs and sends an event with the environment's current signing key; resolves once delivered (or given up). */
  send(event: NangoWebhookEvent, envId?: number): Promise<WebhookDelivery> {
    const promise = this.#deliver(event, envId);
    const tracked = promise.then(() => undefined, () => undefined);
    this.#pending.add(tracked);
    void tracked.finally(() => this.#pending.delete(tracked));
    return promise;
  }

  /** Waits until every delivery started so far has finished. */
  async flush(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all([...this.#pending]);
  }

  async #deliver(event: NangoWebhookEvent, envId: number | undefined): Promise<WebhookDelivery> {
    const body = stableStringify(event);
    const headers = { 'Content-Type': 'application/json', ...(await signatureHeaders(this.#signingKey(envId), body)) };
    const delivery: WebhookDelivery = { event, body, headers };
    this.sent.push(delivery);
    const { url, handler } = this.#target;
    if (handler) {
      try {
        await handler(delivery);
      } catch (error) {
        delivery.error = error instanceof Error ? error.message : String(error);
      }
    }
    if (url) {
      for (let attempt = 0; attempt <= RETRIES; attempt++) {
        try {
          const res = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(20_000) });
          delivery.status = res.status;
          await res.body?.cancel();
          if (res.ok) {
            delete delivery.error;
            break;
          }
        } catch (error) {
          delivery.error = error instanceof Error ? error.message : String(error);
        }
        if (attempt < RETRIES) await new Promise((r) => setTimeout(r, BACKOFF_MS * 2 ** attempt));
      }
    }
    return delivery;
  }
}
