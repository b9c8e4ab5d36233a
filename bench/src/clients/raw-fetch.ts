/**
 * The baseline: global `fetch` with a hand-written status check and cursor loop; with `timeoutMs`, each call also gets
 * an AbortController and a timer, the least a per-call timeout costs.
 */
import { BENCH_CONNECTION_ID, BENCH_INTEGRATION, BENCH_MODEL, BENCH_SECRET_KEY } from '../fixtures/connection.js';
import type { BenchClient } from './types.js';

interface Page {
  records: unknown[];
  next_cursor: string | null;
}

export function createRawFetchClient(baseUrl: string, timeoutMs?: number): BenchClient {
  const auth = { authorization: `Bearer ${BENCH_SECRET_KEY}` };
  const recordHeaders = { ...auth, 'connection-id': BENCH_CONNECTION_ID, 'provider-config-key': BENCH_INTEGRATION };
  const connectionUrl = `${baseUrl}/connections/${encodeURIComponent(BENCH_CONNECTION_ID)}?provider_config_key=${encodeURIComponent(BENCH_INTEGRATION)}`;
  async function json<T>(url: string, headers: Record<string, string>): Promise<T> {
    if (timeoutMs === undefined) {
      const res = await fetch(url, { headers });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return (await res.json()) as T;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const res = await fetch(url, { headers, signal: controller.signal });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return (await res.json()) as T;
    } finally {
      clearTimeout(timer);
    }
  }
  return {
    getConnection: () => json(connectionUrl, auth),
    listRecords: () => json(`${baseUrl}/records?model=${BENCH_MODEL}&limit=100`, recordHeaders),
    async iterateRecords(onRecord) {
      let count = 0;
      let cursor: string | null = null;
      do {
        const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
        const page: Page = await json<Page>(`${baseUrl}/records?model=${BENCH_MODEL}${query}`, recordHeaders);
        for (const r of page.records) {
          if (r === undefined) throw new Error('hole');
          count += 1;
          onRecord(count);
        }
        cursor = page.next_cursor;
      } while (cursor !== null);
      return count;
    },
  };
}
