/** Bare openapi-fetch over global `fetch`, typed by a two-route `paths` written for the benchmark. */
import createClient from 'openapi-fetch';
import { BENCH_CONNECTION_ID, BENCH_INTEGRATION, BENCH_MODEL, BENCH_SECRET_KEY } from '../fixtures/connection.js';
import type { BenchClient } from './types.js';

interface Page {
  records: unknown[];
  next_cursor: string | null;
}

interface BenchPaths {
  '/connections/{connectionId}': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query: { provider_config_key: string }; header?: never; path: { connectionId: string }; cookie?: never };
      requestBody?: never;
      responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': Record<string, unknown> } } };
    };
  };
  '/records': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query: { model: string; limit?: number; cursor?: string };
        header: { 'Connection-Id': string; 'Provider-Config-Key': string };
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': Page } } };
    };
  };
}

export function createOpenapiFetchClient(baseUrl: string): BenchClient {
  const client = createClient<BenchPaths>({ baseUrl, headers: { authorization: `Bearer ${BENCH_SECRET_KEY}` } });
  const header = { 'Connection-Id': BENCH_CONNECTION_ID, 'Provider-Config-Key': BENCH_INTEGRATION };
  async function page(cursor?: string, limit?: number): Promise<Page> {
    const query: { model: string; limit?: number; cursor?: string } = { model: BENCH_MODEL };
    if (cursor !== undefined) query.cursor = cursor;
    if (limit !== undefined) query.limit = limit;
    const result = await client.GET('/records', { params: { query, header } });
    const status = result.response.status;
    if (result.error !== undefined || result.data === undefined) throw new Error(`HTTP ${status}`);
    return result.data;
  }
  return {
    async getConnection() {
      const result = await client.GET('/connections/{connectionId}', {
        params: { path: { connectionId: BENCH_CONNECTION_ID }, query: { provider_config_key: BENCH_INTEGRATION } },
      });
      const status = result.response.status;
      if (result.error !== undefined || result.data === undefined) throw new Error(`HTTP ${status}`);
      return result.data;
    },
    listRecords: () => page(undefined, 100),
    async iterateRecords(onRecord) {
      let count = 0;
      let cursor: string | null = null;
      do {
        const p: Page = await page(cursor ?? undefined);
        for (const _ of p.records) onRecord(++count);
        cursor = p.next_cursor;
      } while (cursor !== null);
      return count;
    },
  };
}
