import { describe, expect, it } from 'vitest';
import type { OperationDef } from '../src/generated/contract.js';
import { makeCore } from './fixtures/core.js';
import { fakeFetch, json } from './fixtures/fake-fetch.js';
import { deleteConnectSession, getConnection } from './fixtures/operations.js';

/** A response whose body still has bytes to give and whose cancel() never settles (as msw 2.15 bodies do in Node). */
function uncancellable(status: number, text: string): Response & { cancelled: () => boolean } {
  let sent = false;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent) return controller.close();
      sent = true;
      controller.enqueue(new TextEncoder().encode(text));
    },
    cancel() {
      cancelled = true;
      return new Promise<void>(() => undefined);
    },
  });
  return Object.assign(new Response(body, { status, headers: { 'content-type': 'application/json' } }), { cancelled: () => cancelled });
}

const emptyOk = { ...deleteConnectSession, success: [200], emptySuccess: [200] } as const satisfies OperationDef;

describe('bodies whose cancel() never settles', () => {
  it('a documented empty success still resolves', async () => {
    const fetch = fakeFetch(() => uncancellable(200, '{"success":true}'));
    const { invoker } = makeCore({ fetch, connectSessionToken: 'tok' });
    await expect(invoker.call(emptyOk, undefined)).resolves.toBeUndefined();
    expect(fetch.seen).toHaveLength(1);
  });

  it('a retried status still moves on to the next attempt', async () => {
    const first = uncancellable(503, '{"error":{"code":"unavailable"}}');
    const fetch = fakeFetch(
      () => first,
      () => json({ id: 'c1' }),
    );
    const { invoker } = makeCore({ fetch, maxRetries: 1 });
    await expect(invoker.call(getConnection, { connectionId: 'c1', providerConfigKey: 'github' })).resolves.toEqual({ id: 'c1' });
    expect(fetch.seen).toHaveLength(2);
    expect(first.cancelled()).toBe(true);
  });
});
