/**
 * Our client through its throwing face: `nango.connections.get` and `nango.records.list`
 * (awaited for one page, `for await` for every record).
 */
import { BENCH_CONNECTION_ID, BENCH_INTEGRATION, BENCH_MODEL, BENCH_SECRET_KEY } from '../fixtures/connection.js';
import type { BenchClient } from './types.js';

/** The slice of the client the benchmark calls, as COMMON.md documents it. */
interface OursClient {
  connections: { get(request: { connectionId: string; providerConfigKey: string }): Promise<unknown> };
  records: {
    list(request: { model: string; connectionId: string; providerConfigKey: string; limit?: number }): Promise<unknown> & AsyncIterable<unknown>;
  };
}

type OursConstructor = new (options: { secretKey: string; host: string; timeout?: number }) => OursClient;

export async function createOursClient(baseUrl: string, flavour: 'core' | 'node', extra: { timeout?: number } = {}): Promise<BenchClient> {
  const module = (flavour === 'core' ? await import('@nango-sdk/core') : await import('@nango-sdk/node')) as unknown as { Nango?: OursConstructor };
  if (typeof module.Nango !== 'function') throw new Error(`@nango-sdk/${flavour} exports no Nango class`);
  const nango = new module.Nango({ secretKey: BENCH_SECRET_KEY, host: baseUrl, ...extra });
  const request = { model: BENCH_MODEL, connectionId: BENCH_CONNECTION_ID, providerConfigKey: BENCH_INTEGRATION };
  return {
    getConnection: () => nango.connections.get({ connectionId: BENCH_CONNECTION_ID, providerConfigKey: BENCH_INTEGRATION }),
    listRecords: () => nango.records.list({ ...request, limit: 100 }),
    async iterateRecords(onRecord) {
      let count = 0;
      for await (const _ of nango.records.list(request)) onRecord(++count);
      return count;
    },
  };
}
