import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Nango, NangoWebhookEvent } from '../src/index.js';

/** A local endpoint that verifies every webhook it receives with `nango.webhooks.verify(req)`. */
export interface WebhookReceiver {
  readonly url: string;
  /** Resolves with the next verified event (or rejects with the verification error). */
  next(): Promise<NangoWebhookEvent>;
  close(): Promise<void>;
}

export async function startWebhookReceiver(nango: Nango): Promise<WebhookReceiver> {
  const waiting: { resolve: (event: NangoWebhookEvent) => void; reject: (error: unknown) => void }[] = [];
  const queued: Promise<NangoWebhookEvent>[] = [];
  const server: Server = createServer((req, res) => {
    const result = nango.webhooks.verify(req);
    result.then(
      () => res.writeHead(200).end('ok'),
      () => res.writeHead(401).end('invalid signature'),
    );
    const waiter = waiting.shift();
    if (waiter) result.then(waiter.resolve, waiter.reject);
    else {
      result.catch(() => undefined);
      queued.push(result);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`,
    next: () => queued.shift() ?? new Promise((resolve, reject) => waiting.push({ resolve, reject })),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
