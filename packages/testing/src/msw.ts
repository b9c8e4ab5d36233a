/**
 * msw handlers that route requests to a fake Nango. A separate entry so that the rest of the package never loads msw
 * (msw opens a BroadcastChannel as soon as it is imported, which keeps some runtimes from exiting).
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { createFakeNango } from '@nango-sdk/testing';
 * import { nangoHandlers } from '@nango-sdk/testing/msw';
 * const fake = createFakeNango({ secretKey: 'test-key' });
 * const server = setupServer(...nangoHandlers(fake));
 * ```
 * @packageDocumentation
 */
export { nangoHandlers } from './msw/handlers.js';
