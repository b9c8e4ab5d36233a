import { VERSION } from '../version.js';

interface RuntimeGlobals {
  window?: unknown;
  Deno?: { version?: { deno?: string } };
  Bun?: { version?: string };
  EdgeRuntime?: unknown;
  process?: { versions?: { node?: string } };
  navigator?: { userAgent?: string };
}

/** A short name of the JavaScript runtime, e.g. `node/20.20.0`. */
export function runtimeName(): string {
  const g = globalThis as RuntimeGlobals;
  if (g.Deno?.version?.deno) return `deno/${g.Deno.version.deno}`;
  if (g.Bun?.version) return `bun/${g.Bun.version}`;
  if (g.EdgeRuntime !== undefined) return 'edge';
  if (g.process?.versions?.node) return `node/${g.process.versions.node}`;
  return 'unknown';
}

/** Whether the code runs in a browser, where `User-Agent` must not be set. */
export function isBrowser(): boolean {
  return typeof (globalThis as RuntimeGlobals).window !== 'undefined';
}

/** The `User-Agent` value, or undefined in browsers. */
export function userAgent(suffix: string | undefined): string | undefined {
  if (isBrowser()) return undefined;
  const base = `nango-sdk-core/${VERSION} (${runtimeName()})`;
  return suffix ? `${base} ${suffix}` : base;
}
