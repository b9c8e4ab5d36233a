/** `undici.request`: the practical floor for an HTTP client on Node. */
import { Agent, request } from 'undici';
import { BENCH_CONNECTION_ID, BENCH_INTEGRATION, BENCH_MODEL, BENCH_SECRET_KEY } from '../fixtures/connection.js';
import type { BenchClient } from './types.js';

interface Page {
  records: unknown[];
  next_cursor: string | null;
}

export function createUndiciClient(baseUrl: string): BenchClient {
  const dispatcher = new Agent({ connections: 128 });
  const auth = { authorization: `Bearer ${BENCH_SECRET_KEY}` };
  const recordHeaders = { ...auth, 'connection-id': BENCH_CONNECTION_ID, 'provider-config-key': BENCH_INTEGRATION };
  const connectionUrl = `${baseUrl}/connections/${encodeURIComponent(BENCH_CONNECTION_ID)}?provider_config_key=${encodeURIComponent(BENCH_INTEGRATION)}`;
  async function json<T>(url: string, headers: Record<string, string>): Promise<T> {
    const { statusCode, body } = await request(url, { headers, dispatcher });
    if (statusCode < 200 || statusCode >= 300) {
      await body.dump();
      throw new Error(`HTTP ${statusCode}`);
    }
    return (await body.json()) as T;
  }
  return {
    getConnection: () => json(connectionUrl, auth),
    listRecords: () => json(`${baseUrl}/records?model=${BENCH_MODEL}&limit=100`, recordHeaders),
    async iterateRecords(onRecord) {
      let count = 0;
      let cursor: string | null = null;
      do {
        const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
        const p: Page = await json<Page>(`${baseUrl}/records?model=${BENCH_MODEL}${query}`, recordHeaders);
        for (const _ of p.records) onRecord(++count);
        cursor = p.next_cursor;
      } while (cursor !== null);
      return count;
    },
  };
}
