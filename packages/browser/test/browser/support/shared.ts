/**
 * What the global setup hands to the browser commands. Both run in the vitest main process, but are loaded as
 * separate modules, so the running fake is kept under a global symbol.
 */
import type { FakeNango } from '@nango-sdk/testing';
import type { Preflight } from './servers.js';

export interface BrowserTestServers {
  /** The fake Nango behind the CORS front. */
  fake: FakeNango;
  /** Base URL the browser uses (the CORS front). */
  apiUrl: string;
  /** CORS preflights seen by the front. */
  preflights: Preflight[];
}

const KEY = Symbol.for('@nango-sdk/browser:test-servers');

export function shareServers(servers: BrowserTestServers | undefined): void {
  (globalThis as Record<symbol, unknown>)[KEY] = servers;
}

export function sharedServers(): BrowserTestServers {
  const servers = (globalThis as Record<symbol, unknown>)[KEY] as BrowserTestServers | undefined;
  if (!servers) throw new Error('The fake Nango is not running: the browser global setup did not run.');
  return servers;
}
