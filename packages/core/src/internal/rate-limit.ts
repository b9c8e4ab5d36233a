import type { RateLimitInfo } from '../generated/contract.js';

function readNumber(headers: Headers, name: string): number | undefined {
  const raw = headers.get(name);
  if (raw === null || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}

/** Reads `X-RateLimit-Limit/Remaining/Reset`; undefined when none is present. */
export function parseRateLimit(headers: Headers): RateLimitInfo | undefined {
  const limit = readNumber(headers, 'x-ratelimit-limit');
  const remaining = readNumber(headers, 'x-ratelimit-remaining');
  const reset = readNumber(headers, 'x-ratelimit-reset');
  if (limit === undefined && remaining === undefined && reset === undefined) return undefined;
  return {
    ...(limit !== undefined && { limit }),
    ...(remaining !== undefined && { remaining }),
    ...(reset !== undefined && { reset }),
  };
}

/**
 * Milliseconds until the window resets. `reset` is read as epoch seconds when it is large,
 * and as seconds from now otherwise (some gateways send a delta).
 */
export function msUntilReset(reset: number, now: number): number {
  const resetMs = reset > 1e9 ? reset * 1000 : now + reset * 1000;
  return Math.max(0, resetMs - now);
}
