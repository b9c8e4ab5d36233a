/** Builds a benchmark client by name. */
import { createOfficialClient } from './official.js';
import { createOpenapiFetchClient } from './openapi-fetch.js';
import { createOursClient } from './ours.js';
import { createRawFetchClient } from './raw-fetch.js';
import type { BenchClient, ClientName } from './types.js';
import { createUndiciClient } from './undici.js';

export async function createClient(name: ClientName, baseUrl: string): Promise<BenchClient> {
  switch (name) {
    case 'fetch':
      return createRawFetchClient(baseUrl);
    case 'fetch-timeout':
      return createRawFetchClient(baseUrl, 60_000);
    case 'openapi-fetch':
      return createOpenapiFetchClient(baseUrl);
    case 'undici':
      return createUndiciClient(baseUrl);
    case 'official':
      return createOfficialClient(baseUrl);
    case 'ours-core':
      return createOursClient(baseUrl, 'core');
    case 'ours-core-no-timeout':
      return createOursClient(baseUrl, 'core', { timeout: Number.POSITIVE_INFINITY });
    case 'ours-node':
      return createOursClient(baseUrl, 'node');
  }
}
