import { NangoAbortError, NangoTimeoutError } from '@nango-sdk/core';
import type { ListedConnection, WaitForConnectionOptions } from './wait-for-types.js';

/** Lists the connections matching the filters (one request). */
export type ConnectionLister<C extends ListedConnection> = (
  filters: { integrationId: string; tags?: Readonly<Record<string, string>> },
  signal: AbortSignal,
) => Promise<readonly C[]>;

const MAX_INTERVAL = 10_000;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Polls the connection list until a connection of the integration with the given tags appears.
 * The delay between polls starts at `interval` and grows by half each time (capped at 10 s).
 * Rejects with `NangoTimeoutError` after `timeout`, or `NangoAbortError` when `signal` aborts.
 */
export async function waitForConnection<C extends ListedConnection>(list: ConnectionLister<C>, options: WaitForConnectionOptions): Promise<C> {
  const timeout = options.timeout ?? 120_000;
  const timeoutSignal = AbortSignal.timeout(timeout);
  const signal = options.signal ? AbortSignal.any([options.signal, timeoutSignal]) : timeoutSignal;
  const filters = { integrationId: options.integrationId, ...(options.tags ? { tags: options.tags } : {}) };
  let delay = options.interval ?? 1000;
  try {
    for (;;) {
      const connections = await list(filters, signal);
      const match = connections.find((c) => c.provider_config_key === options.integrationId);
      if (match) return match;
      await sleep(delay, signal);
      delay = Math.min(MAX_INTERVAL, Math.round(delay * 1.5));
    }
  } catch (error) {
    if (options.signal?.aborted) throw new NangoAbortError('Stopped waiting for the connection: the signal was aborted');
    if (timeoutSignal.aborted) throw new NangoTimeoutError(`No connection for integration "${options.integrationId}" appeared within ${timeout} ms`);
    throw error;
  }
}
