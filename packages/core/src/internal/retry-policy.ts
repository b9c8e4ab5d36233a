/** Retry settings after defaults are applied. */
export interface ResolvedRetryPolicy {
  readonly maxRetries: number;
  readonly initialDelay: number;
  readonly maxDelay: number;
  readonly maxRetryAfter: number;
  readonly budget: number;
  readonly statuses: ReadonlySet<number>;
  readonly retryNonIdempotent: boolean;
  readonly random: () => number;
}

export const DEFAULT_RETRY_STATUSES: readonly number[] = [408, 409, 429, 500, 502, 503, 504];

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

/** Whether a method may be retried under the policy. */
export function methodMayRetry(method: string, policy: ResolvedRetryPolicy): boolean {
  return policy.retryNonIdempotent || IDEMPOTENT.has(method.toUpperCase());
}

/** Whether a status is retryable: the listed ones and every 5xx. */
export function statusMayRetry(status: number, policy: ResolvedRetryPolicy): boolean {
  return policy.statuses.has(status) || (status >= 500 && status <= 599 && policy.statuses.has(500));
}

/** Exponential backoff with full jitter: a random delay in [0, min(maxDelay, initialDelay * 2^attempt)]. */
export function backoffDelay(retryIndex: number, policy: ResolvedRetryPolicy): number {
  const ceiling = Math.min(policy.maxDelay, policy.initialDelay * 2 ** retryIndex);
  return Math.floor(policy.random() * ceiling);
}

/**
 * Reads `Retry-After` (delta seconds or an HTTP date) in milliseconds.
 * Returns undefined when absent or unreadable.
 */
export function parseRetryAfter(headers: Headers, now: number): number | undefined {
  const retryAfterMs = headers.get('retry-after-ms');
  if (retryAfterMs !== null && /^\d+(\.\d+)?$/.test(retryAfterMs.trim())) return Number(retryAfterMs);
  const raw = headers.get('retry-after');
  if (raw === null) return undefined;
  const value = raw.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
