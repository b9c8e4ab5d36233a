import type { LogLevel, Logger } from './logger.js';

/** A `fetch`-compatible function. */
export type FetchLike = (input: Request | URL | string, init?: RequestInit) => Promise<Response>;

/** A secret key, or a function returning one (called before each request, e.g. to read a vault). */
export type SecretKeySource = string | (() => string | Promise<string>);

/** Fine-tuning of the retry policy. */
export interface RetryOptions {
  /** First backoff ceiling in ms. Default 500. */
  readonly initialDelay?: number;
  /** Largest backoff ceiling in ms. Default 8000. */
  readonly maxDelay?: number;
  /** Longest `Retry-After` honoured, in ms; a longer one ends the retries. Default 60000. */
  readonly maxRetryAfter?: number;
  /** Total time a call may spend waiting between attempts, in ms. Default 120000. */
  readonly budget?: number;
  /** Statuses that are retried; 500 stands for every 5xx. Default 408, 409, 429 and 5xx. */
  readonly statuses?: readonly number[];
  /** Retry POST and PATCH too. Default false. */
  readonly retryNonIdempotent?: boolean;
  /** Source of randomness for the jitter, in [0, 1). Default `Math.random`. */
  readonly random?: () => number;
}

/** Options of {@link Nango}. */
export interface ClientOptions {
  /** Environment (or account) secret key, or a function that returns it. */
  readonly secretKey?: SecretKeySource;
  /** Connect session token, for the operations that accept one. */
  readonly connectSessionToken?: string;
  /** API base URL. Default `https://api.nango.dev`. */
  readonly host?: string;
  /** `fetch` implementation. Default the global `fetch`. */
  readonly fetch?: FetchLike;
  /**
   * Per-attempt timeout in ms, reading the response body included. Default 60000; `0` or `Infinity` turns it off, and
   * then (without a caller `signal`) no AbortSignal is handed to `fetch`, which saves Node's per-signal bookkeeping.
   */
  readonly timeout?: number;
  /** Retries after the first attempt. Default 2. */
  readonly maxRetries?: number;
  /** Retry policy overrides. */
  readonly retry?: RetryOptions;
  /** Where log lines go. Default `console`. */
  readonly logger?: Logger;
  /** Log level. Default `NANGO_LOG` when set, else `warn`. */
  readonly logLevel?: LogLevel;
  /** Appended to the `User-Agent` (not sent in browsers). */
  readonly userAgent?: string;
  /** Headers added to every request. */
  readonly defaultHeaders?: Readonly<Record<string, string>>;
  /** Wait for the rate-limit window to reset before sending when the last response said none are left. Default false. */
  readonly waitForRateLimit?: boolean;
}

/** Options of a single call; they override the client's. */
export interface RequestOptions {
  /** Cancels the call. */
  readonly signal?: AbortSignal;
  /** Per-attempt timeout in ms. */
  readonly timeout?: number;
  /** Retries after the first attempt. */
  readonly maxRetries?: number;
  /** Retry policy overrides. */
  readonly retry?: RetryOptions;
  /** Retry this call even when it is a POST or PATCH. */
  readonly retryNonIdempotent?: boolean;
  /** Extra headers for this call. */
  readonly headers?: Readonly<Record<string, string>>;
  /** `fetch` implementation for this call. */
  readonly fetch?: FetchLike;
  /** Wait for the rate-limit window to reset before sending. */
  readonly waitForRateLimit?: boolean;
}
