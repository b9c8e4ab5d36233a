import { NangoAbortError, NangoConnectionError, NangoError, NangoTimeoutError, NangoValidationError } from '../errors.js';
import { bufferResponse } from './buffer-response.js';
import { checkHeader } from './header-check.js';
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

/** Request headers: a `Headers`, or a plain object whose names are lower-case. */
export type OutgoingHeaders = Headers | Record<string, string>;

/**
 * A request described by its parts. Its body must be replayable (string, bytes, `Blob`, `FormData`,
 * `URLSearchParams`) unless the call marks it `streamedBody`; it is then sent once.
 */
export interface OutgoingRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: OutgoingHeaders;
  readonly body?: BodyInit | null | undefined;
}

/** Reads a response inside the attempt that received it. */
export type ResponseReader<T> = (response: Response) => Promise<T>;

/** The single stack every request goes through. */
export interface Transport {
  /**
   * `fetch`-compatible entry point (used by openapi-fetch). The response body is read inside the attempt, like
   * {@link Transport.exchange}: the timeout covers it, a body cut off by a network failure is retried (idempotent
   * methods) or ends as {@link NangoConnectionError}, and the returned response holds the bytes already read.
   */
  readonly fetch: (input: Request | URL | string, init?: RequestInit) => Promise<Response>;
  /** As {@link Transport.fetch}, but the body is left to the caller as a stream (outside the attempt). */
  readonly fetchStream: (input: Request | URL | string, init?: RequestInit) => Promise<Response>;
  /** Sends a request with per-call options; the body of the returned response is left to the caller. */
  send(request: Request | OutgoingRequest, options?: SendOptions): Promise<Response>;
  /**
   * Sends a request and reads its response with `read` inside the same attempt: the timeout covers the body,
   * and a body that fails half-way (connection reset) is retried like a failed request. A {@link NangoError}
   * thrown by `read` ends the call as it is.
   */
  exchange<T>(request: Request | OutgoingRequest, options: SendOptions | undefined, read: ResponseReader<T>, credentials?: readonly CredentialKind[]): Promise<T>;
}

/** Transport settings; clocks are injectable for tests. */
export interface TransportConfig extends ClientOptions {
  readonly log: LevelLogger;
  readonly now?: () => number;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const DEFAULT_TIMEOUT = 60_000;
const DEFAULT_CREDENTIALS: readonly CredentialKind[] = ['secretKey', 'connectSessionToken'];
const NO_OPTIONS: SendOptions = {};

/** The global `fetch`, looked up at call time so that a replaced global is honoured. */
const globalFetch: FetchLike = (input, init) => globalThis.fetch(input, init);

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

function hasHeader(headers: OutgoingHeaders, lowerName: string): boolean {
  return headers instanceof Headers ? headers.has(lowerName) : Object.prototype.hasOwnProperty.call(headers, lowerName);
}

function setHeader(headers: OutgoingHeaders, lowerName: string, value: string): void {
  if (headers instanceof Headers) headers.set(lowerName, value);
  else headers[lowerName] = value;
}

/** Checks extra headers once and lists them with lower-case names. */
function headerList(extra: Readonly<Record<string, string>>): readonly (readonly [string, string])[] {
  const list: [string, string][] = [];
  for (const name in extra) {
    const value = extra[name] as string;
    checkHeader(name, value);
    list.push([name.toLowerCase(), value]);
  }
  return list;
}

function addHeaders(headers: OutgoingHeaders, list: readonly (readonly [string, string])[]): void {
  for (const [name, value] of list) if (!hasHeader(headers, name)) setHeader(headers, name, value);
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

function readNumber(headers: Headers, name: string): number | undefined {
  const raw = headers.get(name);
  if (raw === null || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}

function describeTarget(request: Request | OutgoingRequest): string {
  return `${request.method} ${redactUrl(request.url)}`;
}

function fetchRequest(input: Request | URL | string, init: RequestInit | undefined): Request {
  return input instanceof Request && init === undefined ? input : new Request(input, init);
}

function fetchOptions(request: Request, init: RequestInit | undefined): SendOptions {
  return { streamedBody: isStreamBody(init?.body), signal: init?.signal ?? request.signal };
}

/** What decides whether a failed attempt of a call is retried, and how it is reported. */
interface CallLimits {
  readonly caller: AbortSignal | undefined;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly policy: ResolvedRetryPolicy;
  /** Milliseconds already spent waiting before retries. */
  readonly waited: number;
}

/** Creates the transport shared by the throwing client, `nango.http` and the proxy. */
export function createTransport(config: TransportConfig): Transport {
  const now = config.now ?? Date.now;
  const sleep = config.sleep ?? abortableSleep;
  const log = config.log;
  const rateState: { remaining?: number | undefined; reset?: number } = {};
  const agent = userAgent(config.userAgent);
  const basePolicy = resolvePolicy(config, NO_OPTIONS);
  let defaultHeaders: readonly (readonly [string, string])[] | undefined;
  let secretBearer: string | undefined;
  let sessionBearer: string | undefined;

  function policyFor(options: SendOptions): ResolvedRetryPolicy {
    return options.retry === undefined && options.maxRetries === undefined && options.retryNonIdempotent === undefined
      ? basePolicy
      : resolvePolicy(config, options);
  }

  /** The `Authorization` value for the first accepted credential; synchronous unless the secret key comes from a function. */
  function authorization(kinds: readonly CredentialKind[]): string | Promise<string | undefined> | undefined {
    for (const kind of kinds) {
      if (kind === 'connectSessionToken' && config.connectSessionToken) {
        return (sessionBearer ??= `Bearer ${checkToken(config.connectSessionToken)}`);
      }
      if (kind === 'secretKey' && config.secretKey !== undefined) {
        const source = config.secretKey;
        if (typeof source === 'function') return Promise.resolve(source()).then((key) => (key ? `Bearer ${checkToken(key)}` : undefined));
        if (source) return (secretBearer ??= `Bearer ${checkToken(source)}`);
      }
    }
    return undefined;
  }

  /** Adds per-call, default, agent and auth headers; returns a promise only when the credential is asynchronous. */
  function prepareHeaders(headers: OutgoingHeaders, options: SendOptions, credentials: readonly CredentialKind[] | undefined): Promise<void> | undefined {
    if (options.headers !== undefined) addHeaders(headers, headerList(options.headers));
    if (config.defaultHeaders !== undefined) addHeaders(headers, (defaultHeaders ??= headerList(config.defaultHeaders)));
    if (agent !== undefined && !hasHeader(headers, 'user-agent')) setHeader(headers, 'user-agent', agent);
    if (hasHeader(headers, 'authorization')) return undefined;
    const value = authorization(credentials ?? options.credentials ?? DEFAULT_CREDENTIALS);
    if (typeof value === 'object') {
      return value.then((resolved) => {
        if (resolved !== undefined) setHeader(headers, 'authorization', resolved);
      });
    }
    if (value !== undefined) setHeader(headers, 'authorization', value);
    return undefined;
  }

  function trackRateLimit(headers: Headers): void {
    const remaining = readNumber(headers, 'x-ratelimit-remaining');
    if (remaining !== undefined) rateState.remaining = remaining;
    const reset = readNumber(headers, 'x-ratelimit-reset');
    if (reset !== undefined) rateState.reset = reset;
  }

  async function waitForWindow(options: SendOptions, policy: ResolvedRetryPolicy): Promise<number> {
    if (rateState.remaining !== 0 || rateState.reset === undefined) return 0;
    const wait = Math.min(msUntilReset(rateState.reset, now()), policy.budget);
    if (wait <= 0) return 0;
    log.log('info', `Rate limit exhausted; waiting ${wait} ms for the window to reset`);
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

  function attemptFetch(fetchImpl: FetchLike, request: Request | OutgoingRequest, copy: boolean, signal: AbortSignal | undefined, streamed: boolean): Promise<Response> {
    if (request instanceof Request) {
      // A Request body can be read once: keep the original intact and send a copy when a retry may follow.
      // The signal goes into the Request itself, so a custom fetch that only reads its first argument still honours it.
      return fetchImpl(new Request(copy && request.body !== null ? request.clone() : request, { signal: signal ?? null }));
    }
    const init: RequestInit & { duplex?: 'half' } = { method: request.method, headers: request.headers };
    if (signal !== undefined) init.signal = signal;
    if (request.body !== undefined && request.body !== null) init.body = request.body;
    if (streamed) init.duplex = 'half';
    return fetchImpl(request.url, init);
  }

  /**
   * Turns a failed attempt into the delay before the next one, or throws the final error.
   * `reading`: the failure came from reading the body, where a {@link NangoError} ends the call as it is.
   */
  function failedAttempt(
    request: Request | OutgoingRequest,
    cause: unknown,
    state: CallLimits,
    timedOut: boolean,
    attempt: number,
    reading: boolean,
  ): number {
    if (reading && cause instanceof NangoError) throw cause;
    if (state.caller?.aborted) throw new NangoAbortError();
    const error = timedOut
      ? new NangoTimeoutError(`${describeTarget(request)} timed out after ${state.timeout} ms`)
      : new NangoConnectionError(`${describeTarget(request)} failed: ${describeCause(cause)}`, { cause: sanitizeCause(cause) });
    const delay = attempt < state.maxRetries ? backoffDelay(attempt, state.policy) : undefined;
    if (delay === undefined || state.waited + delay > state.policy.budget) {
      log.log('error', error.message);
      throw error;
    }
    if (log.enabled('warn')) log.log('warn', `${error.message}; retrying in ${delay} ms (${attempt + 1}/${state.maxRetries})`);
    return delay;
  }

  async function run<T>(
    request: Request | OutgoingRequest,
    options: SendOptions,
    read: ResponseReader<T> | undefined,
    credentials: readonly CredentialKind[] | undefined,
  ): Promise<T | Response> {
    const caller = options.signal;
    if (caller?.aborted) throw new NangoAbortError();
    const fetchImpl = options.fetch ?? config.fetch ?? globalFetch;
    const policy = policyFor(options);
    const timeout = options.timeout ?? config.timeout ?? DEFAULT_TIMEOUT;
    const streamed = options.streamedBody === true;
    const maxRetries = !streamed && methodMayRetry(request.method, policy) ? policy.maxRetries : 0;
    const pending = prepareHeaders(request.headers, options, credentials);
    if (pending !== undefined) await pending;
    let waited = (options.waitForRateLimit ?? config.waitForRateLimit) ? await waitForWindow(options, policy) : 0;

    for (let attempt = 0; ; attempt++) {
      // A Request always gets a signal of its own (it replaces the one it was built with); plain parts only when needed.
      const signal = attemptSignal(caller, timeout, !(request instanceof Request));
      if (log.enabled('debug')) {
        log.log('debug', `→ ${describeTarget(request)}`, { attempt: attempt + 1, headers: redactHeaders(request.headers) });
      }
      let response: Response;
      try {
        response = await attemptFetch(fetchImpl, request, maxRetries > 0, signal.signal, streamed);
      } catch (cause) {
        signal.dispose();
        const delay = failedAttempt(request, cause, { caller, timeout, maxRetries, policy, waited }, signal.timedOut(), attempt, false);
        waited += delay;
        await pause(delay, caller);
        continue;
      }
      trackRateLimit(response.headers);

      if (!response.ok && attempt < maxRetries && statusMayRetry(response.status, policy)) {
        const retryAfter = parseRetryAfter(response.headers, now());
        const delay = retryAfter ?? backoffDelay(attempt, policy);
        if ((retryAfter === undefined || retryAfter <= policy.maxRetryAfter) && waited + delay <= policy.budget) {
          signal.dispose();
          if (log.enabled('warn')) log.log('warn', `← ${response.status} ${describeTarget(request)}; retrying in ${delay} ms (${attempt + 1}/${maxRetries})`);
          // Not awaited: some fetch mocks return bodies whose cancel() never settles.
          void response.body?.cancel().catch(() => undefined);
          waited += delay;
          await pause(delay, caller);
          continue;
        }
      }
      const level = response.ok ? 'debug' : 'info';
      if (log.enabled(level)) {
        log.log(level, `← ${response.status} ${describeTarget(request)}`, { attempts: attempt + 1, rateLimit: parseRateLimit(response.headers) });
      }
      if (read === undefined) {
        signal.dispose();
        return response;
      }
      let result: T;
      try {
        result = await read(response);
      } catch (cause) {
        signal.dispose();
        const delay = failedAttempt(request, cause, { caller, timeout, maxRetries, policy, waited }, signal.timedOut(), attempt, true);
        waited += delay;
        await pause(delay, caller);
        continue;
      }
      signal.dispose();
      return result;
    }
  }

  return {
    send: (request, options = NO_OPTIONS) => run<never>(request, options, undefined, undefined) as Promise<Response>,
    exchange: <T>(request: Request | OutgoingRequest, options: SendOptions | undefined, read: ResponseReader<T>, credentials?: readonly CredentialKind[]) =>
      run(request, options ?? NO_OPTIONS, read, credentials) as Promise<T>,
    fetch: (input, init) => {
      const request = fetchRequest(input, init);
      return run(request, fetchOptions(request, init), (response) => bufferResponse(request.method, response), undefined) as Promise<Response>;
    },
    fetchStream: (input, init) => {
      const request = fetchRequest(input, init);
      return run<never>(request, fetchOptions(request, init), undefined, undefined) as Promise<Response>;
    },
  };
}
