/** The two calls every client under comparison makes, with the same inputs and the same server. */
export interface BenchClient {
  /** `GET /connections/{connectionId}?provider_config_key=…`, resolving to the parsed connection. */
  getConnection(): Promise<unknown>;
  /** `GET /records?model=…&limit=100` with the connection headers, resolving to the parsed page. */
  listRecords(): Promise<unknown>;
  /** Iterates every record of the collection, following `next_cursor`, and returns how many it saw. */
  iterateRecords(onRecord: (count: number) => void): Promise<number>;
}

export type ClientName = 'fetch' | 'fetch-timeout' | 'openapi-fetch' | 'undici' | 'official' | 'ours-core' | 'ours-core-no-timeout' | 'ours-node';

export const clientLabels: Record<ClientName, string> = {
  fetch: 'raw fetch (baseline)',
  'fetch-timeout': 'raw fetch + a 60 s timeout per call (AbortController + timer)',
  'openapi-fetch': 'bare openapi-fetch 0.17.0',
  undici: 'undici.request 7.30.3',
  official: '@nangohq/node 0.71.10 (official)',
  'ours-core': '@nango-sdk/core (ours)',
  'ours-core-no-timeout': '@nango-sdk/core (ours), timeout: Infinity',
  'ours-node': '@nango-sdk/node (ours)',
};
