/**
 * A stateful fake Nango for tests: msw handlers, a loopback HTTP server and the `nango-fake` CLI.
 *
 * @example
 * ```ts
 * import { startFakeNango } from '@nango-sdk/testing';
 * const { url, fake, close } = await startFakeNango({ secretKey: 'test-key' });
 * fake.integrations.add({ uniqueKey: 'github', provider: 'github' });
 * await close();
 * ```
 * @packageDocumentation
 */
import { createFakeNango as createFakeNangoCore, type FakeNango } from './fake/create-fake.js';
import type { FakeNangoOptions } from './fake/options.js';
import { loadProviderCatalog } from './node/providers.js';

export * from './browser.js';
export { startFakeNango, type StartFakeNangoOptions, type RunningFakeNango } from './node/start-server.js';
export { loadProviderCatalog } from './node/providers.js';

/** Creates a fake Nango; in Node the provider catalog defaults to the official one (`@nangohq/providers`). */
export function createFakeNango(options: FakeNangoOptions = {}): FakeNango {
  return createFakeNangoCore({ providers: loadProviderCatalog().catalog, ...options });
}
