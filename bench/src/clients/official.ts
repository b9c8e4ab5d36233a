/** The official `@nangohq/node` client (axios), used as its documentation shows. */
import { Nango } from '@nangohq/node';
import { BENCH_CONNECTION_ID, BENCH_INTEGRATION, BENCH_MODEL, BENCH_SECRET_KEY } from '../fixtures/connection.js';
import type { BenchClient } from './types.js';

export function createOfficialClient(baseUrl: string): BenchClient {
  const nango = new Nango({ secretKey: BENCH_SECRET_KEY, host: baseUrl });
  return {
    getConnection: () => nango.getConnection(BENCH_INTEGRATION, BENCH_CONNECTION_ID),
    listRecords: () => nango.listRecords({ providerConfigKey: BENCH_INTEGRATION, connectionId: BENCH_CONNECTION_ID, model: BENCH_MODEL, limit: 100 }),
    async iterateRecords(onRecord) {
      let count = 0;
      let cursor: string | null | undefined;
      do {
        const page = await nango.listRecords({
          providerConfigKey: BENCH_INTEGRATION,
          connectionId: BENCH_CONNECTION_ID,
          model: BENCH_MODEL,
          ...(cursor ? { cursor } : {}),
        });
        for (const _ of page.records) onRecord(++count);
        cursor = page.next_cursor;
      } while (cursor);
      return count;
    },
  };
}
