/**
 * What the global setup hands to the browser commands. Both run in the vitest main process, but are loaded as
 * separate modules, so the running fake is kept under a global symbol.
 */
import type { FakeNango } from '@nango-sdk/testing';

/** One CORS preflight: the path and the request headers the page asked to send. */
export interface Preflight {
  path: string;
  requestedHeaders: string[];
}

export interface BrowserTestServers {
  /** The fake Nango, which the browser calls directly. */
  fake: FakeNango;
  /** Base URL the browser uses (the fake's own). */
  apiUrl: string;
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
