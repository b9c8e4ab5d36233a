import { NangoAbortError, NangoConnectionError, NangoTimeoutError, NangoValidationError } from '../errors.js';
import type { ClientOptions, FetchLike, RequestOptions } from '../options.js';
import type { LevelLogger } from './log.js';
import { msUntilReset, parseRateLimit } from './rate-limit.js';
import { redactHeaders, redactText, redactUrl } from './redact.js';
import {
  backoffDelay,
  DEFAULT_RETRY_STATUSES,
  methodMayRetry,
  parseRetryAfter,
  statusMayRetry,
  type ResolvedRetryPolicy,
} from './retry-policy.js';
import { userAgent } from './runtime.js';
import { abortableSleep, attemptSignal } from './signals.js';

/** Which credential a request carries. */
export type CredentialKind = 'secretKey' | 'connectSessionToken';

/** Per-call options the runtime passes to {@link Transport.send}. */
export interface SendOptions extends RequestOptions {
  /** The body is a stream: it cannot be replayed, so the request is never retried. */
  readonly streamedBody?: boolean;
  /** Credentials the operation accepts, in order of preference. */
  readonly credentials?: readonly CredentialKind[];
}

/**
 * A request described by its parts. Its body must be replayable (string, bytes, `Blob`, `FormData`,
 * `URLSearchParams`) unless the call marks it `streamedBody`; it is then sent once.
 */
export interface OutgoingRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body?: BodyInit | null | undefined;
}

/** The single stack every request goes through. */
export interface Transport {
  /** `fetch`-compatible entry point (used by openapi-fetch). */
  readonly fetch: (input: Request | URL | string, init?: RequestInit) => Promise<Response>;
  /** Sends a request with per-call options. */
  send(request: Request | OutgoingRequest, options?: SendOptions): Promise<Response>;
}

/** Transport settings; clocks are injectable for tests. */
export interface TransportConfig extends ClientOptions {
  readonly log: LevelLogger;
  readonly now?: () => number;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const DEFAULT_TIMEOUT = 60_000;

function resolvePolicy(config: TransportConfig, options: SendOptions): ResolvedRetryPolicy {
  const retry = { ...config.retry, ...options.retry };
  return {
    maxRetries: Math.max(0, options.maxRetries ?? config.maxRetries ?? 2),
    initialDelay: retry.initialDelay ?? 500,
    maxDelay: retry.maxDelay ?? 8_000,
    maxRetryAfter: retry.maxRetryAfter ?? 60_000,
    budget: retry.budget ?? 120_000,
    statuses: new Set(retry.statuses ?? DEFAULT_RETRY_STATUSES),
    retryNonIdempotent: options.retryNonIdempotent ?? retry.retryNonIdempotent ?? false,
    random: retry.random ?? Math.random,
  };
}

function isStreamBody(body: unknown): boolean {
  return typeof ReadableStream !== 'undefined' && body instanceof ReadableStream;
}

/** A one-line reason for a network failure, including the lower-level code (`ECONNREFUSED`) when present. */
function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const inner = cause.cause as { code?: unknown; message?: unknown } | undefined;
  const code = typeof inner?.code === 'string' ? inner.code : typeof inner?.message === 'string' ? inner.message : undefined;
  return code === undefined ? cause.message : `${cause.message} (${code})`;
}

/** A copy of a network error that keeps its name, message and code but nothing that could hold a secret. */
function sanitizeCause(cause: unknown): Error {
  const copy = new Error(redactText(cause instanceof Error ? cause.message : String(cause)));
  if (cause instanceof Error) copy.name = cause.name;
  const code = (cause as { code?: unknown } | null)?.code ?? ((cause as { cause?: { code?: unknown } } | null)?.cause?.code);
  if (typeof code === 'string') Object.assign(copy, { code });
  return copy;
}

/** Refuses credentials that cannot travel in a header, without echoing them. */
function checkToken(token: string): string {
  if (typeof token !== 'string' || !/^[\x21-\x7e]+$/.test(token)) {
    throw new NangoValidationError('The credential contains characters that cannot be sent in a header', 'secretKey');
  }
  return token;
}

/** Creates the transport shared by the throwing client, `nango.http` and the proxy. */
export function createTransport(config: TransportConfig): Transport {
  const now = config.now ?? Date.now;
  const sleep = config.sleep ?? abortableSleep;
  const rateState: { remaining?: number | undefined; reset?: number } = {};
  const agent = userAgent(config.userAgent);

  /** The bearer token for the first accepted credential; synchronous unless the secret key comes from a function. */
  function credential(kinds: readonly CredentialKind[]): string | Promise<string | undefined> | undefined {
    for (const kind of kinds) {
      if (kind === 'connectSessionToken' && config.connectSessionToken) return checkToken(config.connectSessionToken);
      if (kind === 'secretKey' && config.secretKey !== undefined) {
        const source = config.secretKey;
        if (typeof source === 'function') return Promise.resolve(source()).then((key) => (key ? checkToken(key) : undefined));
        if (source) return checkToken(source);
      }
    }
    return undefined;
  }

  function addHeaders(headers: Headers, extra: Readonly<Record<string, string>> | undefined): void {
    if (extra === undefined) return;
    for (const name in extra) {
      const value = extra[name] as string;
      if (/[\r\n\0]/.test(value) || /[\r\n\0]/.test(name)) throw new NangoValidationError(`Header "${name}" contains a line break`, name);
      if (!headers.has(name)) headers.set(name, value);
    }
  }

  async function prepareHeaders(headers: Headers, options: SendOptions): Promise<void> {
    addHeaders(headers, options.headers);
    addHeaders(headers, config.defaultHeaders);
    if (agent !== undefined && !headers.has('user-agent')) headers.set('user-agent', agent);
    if (!headers.has('authorization')) {
      let token = credential(options.credentials ?? ['secretKey', 'connectSessionToken']);
      if (typeof token === 'object') token = await token;
      if (token !== undefined) headers.set('authorization', `Bearer ${token}`);
    }
  }

  async function waitForWindow(options: SendOptions, policy: ResolvedRetryPolicy): Promise<number> {
    if (!(options.waitForRateLimit ?? config.waitForRateLimit)) return 0;
    if (rateState.remaining !== 0 || rateState.reset === undefined) return 0;
    const wait = Math.min(msUntilReset(rateState.reset, now()), policy.budget);
    if (wait <= 0) return 0;
    config.log.log('info', `Rate limit exhausted; waiting ${wait} ms for the window to reset`);
    await pause(wait, options.signal);
    rateState.remaining = undefined;
    return wait;
  }

  async function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
    try {
      await sleep(ms, signal);
    } catch (error) {
      if (signal?.aborted) throw new NangoAbortError();
      throw error;
    }
  }

  function attemptFetch(fetchImpl: FetchLike, request: Request | OutgoingRequest, copy: boolean, signal: AbortSignal, streamed: boolean): Promise<Response> {
    if (request instanceof Request) {
      // A Request body can be read once: keep the original intact and send a copy when a retry may follow.
      return fetchImpl(new Request(copy && request.body !== null ? request.clone() : request, { signal }));
    }
    const init: RequestInit & { duplex?: 'half' } = { method: request.method, headers: request.headers, signal };
    if (request.body !== undefined && request.body !== null) init.body = request.body;
    if (streamed) init.duplex = 'half';
    return fetchImpl(request.url, init);
  }

  async function send(request: Request | OutgoingRequest, options: SendOptions = {}): Promise<Response> {
    if (options.signal?.aborted) throw new NangoAbortError();
    const fetchImpl: FetchLike = options.fetch ?? config.fetch ?? ((input, init) => globalThis.fetch(input, init));
    const policy = resolvePolicy(config, options);
    const timeout = options.timeout ?? config.timeout ?? DEFAULT_TIMEOUT;
    const retryable = methodMayRetry(request.method, policy) && !options.streamedBody;
    const maxRetries = retryable ? policy.maxRetries : 0;
    await prepareHeaders(request.headers, options);
    let described: string | undefined;
    const target = (): string => (described ??= `${request.method} ${redactUrl(request.url)}`);
    let waited = await waitForWindow(options, policy);

    for (let attempt = 0; ; attempt++) {
      const signal = attemptSignal(options.signal, timeout);
      if (config.log.enabled('debug')) {
        config.log.log('debug', `→ ${target()}`, { attempt: attempt + 1, headers: redactHeaders(request.headers) });
      }
      let response: Response;
      try {
        response = await attemptFetch(fetchImpl, request, maxRetries > 0, signal.signal, options.streamedBody === true);
      } catch (cause) {
        const timedOut = signal.timedOut();
        signal.dispose();
        if (options.signal?.aborted) throw new NangoAbortError();
        const error = timedOut
          ? new NangoTimeoutError(`${target()} timed out after ${timeout} ms`)
          : new NangoConnectionError(`${target()} failed: ${describeCause(cause)}`, { cause: sanitizeCause(cause) });
        const delay = attempt < maxRetries ? backoffDelay(attempt, policy) : undefined;
        if (delay === undefined || waited + delay > policy.budget) {
          config.log.log('error', error.message);
          throw error;
        }
        config.log.log('warn', `${error.message}; retrying in ${delay} ms (${attempt + 1}/${maxRetries})`);
        waited += delay;
        await pause(delay, options.signal);
        continue;
      }
      signal.dispose();
      const rateLimit = parseRateLimit(response.headers);
      if (rateLimit?.remaining !== undefined) rateState.remaining = rateLimit.remaining;
      if (rateLimit?.reset !== undefined) rateState.reset = rateLimit.reset;

      if (!response.ok && attempt < maxRetries && statusMayRetry(response.status, policy)) {
        const retryAfter = parseRetryAfter(response.headers, now());
        const delay = retryAfter ?? backoffDelay(attempt, policy);
        if ((retryAfter === undefined || retryAfter <= policy.maxRetryAfter) && waited + delay <= policy.budget) {
          config.log.log('warn', `← ${response.status} ${target()}; retrying in ${delay} ms (${attempt + 1}/${maxRetries})`);
          // Not awaited: some fetch mocks return bodies whose cancel() never settles.
          void response.body?.cancel().catch(() => undefined);
          waited += delay;
          await pause(delay, options.signal);
          continue;
        }
      }
      const level = response.ok ? 'debug' : 'info';
      if (config.log.enabled(level)) {
        config.log.log(level, `← ${response.status} ${target()}`, { attempts: attempt + 1, rateLimit });
      }
      return response;
    }
  }

  return {
    send,
    fetch: (input, init) => {
      const request = input instanceof Request && init === undefined ? input : new Request(input, init);
      return send(request, { streamedBody: isStreamBody(init?.body), signal: init?.signal ?? request.signal });
    },
  };
}
