import { afterEach, describe, expect, it, vi } from 'vitest';
import { NangoAbortError, NangoConnectionError, NangoInternalServerError, NangoRateLimitError, NangoTimeoutError, NangoValidationError } from '../src/errors.js';
import { SECRET, makeCore } from './fixtures/core.js';
import { fakeFetch, hangingFetch, json } from './fixtures/fake-fetch.js';
import { getConnection, triggerAction, updateConnection } from './fixtures/operations.js';

const req = { connectionId: 'c1', providerConfigKey: 'github' };
const status = (code: number, headers: Record<string, string> = {}) => () => json({ error: { code: 'boom' } }, code, headers);
const ok = () => json({ id: 1 });

afterEach(() => {
  vi.useRealTimers();
});

describe('retries', () => {
  it('retries 5xx with exponential backoff and full jitter, then succeeds', async () => {
    const fetch = fakeFetch(status(503), status(502), ok);
    const { invoker, sleeps } = makeCore({ fetch, retry: { random: () => 0.999999 } });
    await expect(invoker.call(getConnection, req)).resolves.toEqual({ id: 1 });
    expect(fetch.seen).toHaveLength(3);
    expect(sleeps).toEqual([499, 999]);
  });

  it('caps the backoff at 8 s', async () => {
    const fetch = fakeFetch(status(500));
    const { invoker, sleeps } = makeCore({ fetch, maxRetries: 6, retry: { random: () => 0.999999 } });
    await expect(invoker.call(getConnection, req)).rejects.toBeInstanceOf(NangoInternalServerError);
    expect(fetch.seen).toHaveLength(7);
    expect(sleeps).toEqual([499, 999, 1999, 3999, 7999, 7999]);
  });

  it('uses the jitter source: random 0 gives no wait', async () => {
    const fetch = fakeFetch(status(500), ok);
    const { invoker, sleeps } = makeCore({ fetch, retry: { random: () => 0 } });
    await invoker.call(getConnection, req);
    expect(sleeps).toEqual([0]);
  });

  it.each([408, 409, 429, 500, 502, 503, 504])('retries status %i', async (code) => {
    const fetch = fakeFetch(status(code), ok);
    const { invoker } = makeCore({ fetch });
    await invoker.call(getConnection, req);
    expect(fetch.seen).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 422, 424])('does not retry status %i', async (code) => {
    const fetch = fakeFetch(status(code));
    const { invoker } = makeCore({ fetch });
    await expect(invoker.call(getConnection, req)).rejects.toMatchObject({ status: code });
    expect(fetch.seen).toHaveLength(1);
  });

  it('gives up after maxRetries (default 2) and throws the last error', async () => {
    const fetch = fakeFetch(status(500));
    const { invoker } = makeCore({ fetch });
    await expect(invoker.call(getConnection, req)).rejects.toBeInstanceOf(NangoInternalServerError);
    expect(fetch.seen).toHaveLength(3);
  });

  it('per-call maxRetries overrides the client', async () => {
    const fetch = fakeFetch(status(500));
    const { invoker } = makeCore({ fetch, maxRetries: 5 });
    await expect(invoker.call(getConnection, req, { maxRetries: 0 })).rejects.toBeInstanceOf(NangoInternalServerError);
    expect(fetch.seen).toHaveLength(1);
  });

  it('does not retry POST or PATCH by default', async () => {
    const fetch = fakeFetch(status(503));
    const { invoker } = makeCore({ fetch });
    await expect(invoker.call(triggerAction, { ...req, body: { action_name: 'a' } })).rejects.toBeInstanceOf(NangoInternalServerError);
    await expect(invoker.call(updateConnection, { ...req, body: {} })).rejects.toBeInstanceOf(NangoInternalServerError);
    expect(fetch.seen).toHaveLength(2);
  });

  it('retries POST when the call opts in, sending the same body each time', async () => {
    const fetch = fakeFetch(status(503), status(503), ok);
    const { invoker } = makeCore({ fetch });
    await invoker.call(triggerAction, { ...req, body: { action_name: 'a', input: { n: 1 } } }, { retryNonIdempotent: true });
    expect(fetch.seen.map((seen) => seen.body)).toEqual(Array(3).fill('{"action_name":"a","input":{"n":1}}'));
  });

  it('retries POST when the client opts in', async () => {
    const fetch = fakeFetch(status(503), ok);
    const { invoker } = makeCore({ fetch, retry: { retryNonIdempotent: true } });
    await invoker.call(triggerAction, { ...req, body: { action_name: 'a' } });
    expect(fetch.seen).toHaveLength(2);
  });

  it('retries connection errors and surfaces NangoConnectionError at the end', async () => {
    const fetch = fakeFetch(() => {
      throw new TypeError('fetch failed');
    });
    const { invoker } = makeCore({ fetch });
    const error = await invoker.call(getConnection, req).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NangoConnectionError);
    expect(error).not.toBeInstanceOf(NangoTimeoutError);
    expect(fetch.seen).toHaveLength(3);
  });

  it('recovers from a connection error', async () => {
    const fetch = fakeFetch(() => {
      throw new TypeError('ECONNRESET');
    }, ok);
    const { invoker } = makeCore({ fetch });
    await expect(invoker.call(getConnection, req)).resolves.toEqual({ id: 1 });
  });

  it('only retries the statuses configured', async () => {
    const fetch = fakeFetch(status(409));
    const { invoker } = makeCore({ fetch, retry: { statuses: [503] } });
    await expect(invoker.call(getConnection, req)).rejects.toMatchObject({ status: 409 });
    expect(fetch.seen).toHaveLength(1);
  });
});

describe('Retry-After', () => {
  it('honours Retry-After in seconds', async () => {
    const fetch = fakeFetch(status(429, { 'retry-after': '3' }), ok);
    const { invoker, sleeps } = makeCore({ fetch });
    await invoker.call(getConnection, req);
    expect(sleeps).toEqual([3000]);
  });

  it('honours Retry-After as an HTTP date', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    const fetch = fakeFetch(status(503, { 'retry-after': 'Thu, 01 Jan 2026 00:00:07 GMT' }), ok);
    const { invoker, sleeps } = makeCore({ fetch });
    await invoker.call(getConnection, req);
    expect(sleeps).toEqual([7000]);
  });

  it('stops retrying when Retry-After exceeds the cap and exposes retryAfter in ms', async () => {
    const fetch = fakeFetch(status(429, { 'retry-after': '61' }));
    const { invoker, sleeps } = makeCore({ fetch });
    const error = await invoker.call(getConnection, req).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NangoRateLimitError);
    expect((error as NangoRateLimitError).retryAfter).toBe(61_000);
    expect(fetch.seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('a larger cap lets a long Retry-After through', async () => {
    const fetch = fakeFetch(status(429, { 'retry-after': '90' }), ok);
    const { invoker, sleeps } = makeCore({ fetch, retry: { maxRetryAfter: 120_000 } });
    await invoker.call(getConnection, req);
    expect(sleeps).toEqual([90_000]);
  });

  it('stops when the total wait budget would be exceeded', async () => {
    const fetch = fakeFetch(status(429, { 'retry-after': '40' }));
    const { invoker, sleeps } = makeCore({ fetch, maxRetries: 5, retry: { budget: 100_000 } });
    await expect(invoker.call(getConnection, req)).rejects.toBeInstanceOf(NangoRateLimitError);
    expect(sleeps).toEqual([40_000, 40_000]);
    expect(fetch.seen).toHaveLength(3);
  });
});

describe('bodies', () => {
  it('never retries a streamed body', async () => {
    const fetch = fakeFetch(status(503));
    const { transport } = makeCore({ fetch, maxRetries: 3 });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('chunk'));
        controller.close();
      },
    });
    const response = await transport.fetch('https://api.test/upload', { method: 'PUT', body: stream, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(503);
    expect(fetch.seen).toHaveLength(1);
    expect(fetch.seen[0]?.body).toBe('chunk');
  });

  it('sends a fresh copy of a buffered body on every attempt', async () => {
    const fetch = fakeFetch(status(500), status(500), ok);
    const { transport } = makeCore({ fetch });
    await transport.fetch('https://api.test/x', { method: 'PUT', body: 'payload' });
    expect(fetch.seen.map((seen) => seen.body)).toEqual(['payload', 'payload', 'payload']);
  });
});

describe('timeouts and aborts', () => {
  it('times out an attempt, retries, then throws NangoTimeoutError', async () => {
    vi.useFakeTimers();
    const fetch = hangingFetch();
    const { invoker } = makeCore({ fetch, timeout: 1000, maxRetries: 1 });
    const promise = invoker.call(getConnection, req).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetch.calls).toBe(2);
    await vi.advanceTimersByTimeAsync(1000);
    const error = await promise;
    expect(error).toBeInstanceOf(NangoTimeoutError);
    expect((error as Error).message).toContain('timed out after 1000 ms');
  });

  it('leaves no timer behind once calls settle, whatever their outcome', async () => {
    vi.useFakeTimers();
    const fetch = fakeFetch(ok, status(404), () => Promise.reject(new TypeError('fetch failed')));
    const { invoker } = makeCore({ fetch, timeout: 5000, maxRetries: 0 });
    const controller = new AbortController();
    const outcome = (call: PromiseLike<unknown>) => Promise.resolve(call).then(() => 'ok', (e: unknown) => (e as Error).name);
    const calls = [
      outcome(invoker.call(getConnection, req)),
      outcome(invoker.call(getConnection, req, { signal: controller.signal })),
      outcome(invoker.call(getConnection, req)),
    ];
    expect(await Promise.all(calls)).toEqual(['ok', 'NangoNotFoundError', 'NangoConnectionError']);
    expect(vi.getTimerCount()).toBe(0);
    const hanging = makeCore({ fetch: hangingFetch(), timeout: 5000, maxRetries: 0 }).invoker;
    const timedOut = hanging.call(getConnection, req).catch((e: unknown) => e);
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await timedOut).toBeInstanceOf(NangoTimeoutError);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('hands fetch no signal when the timeout is off and the caller gave none, and one otherwise', async () => {
    const signals: (AbortSignal | undefined)[] = [];
    const fetch = (_input: Request | URL | string, init?: RequestInit): Promise<Response> => {
      signals.push(init?.signal ?? undefined);
      return Promise.resolve(ok());
    };
    const caller = new AbortController();
    await makeCore({ fetch, timeout: Number.POSITIVE_INFINITY }).invoker.call(getConnection, req);
    await makeCore({ fetch, timeout: 0 }).invoker.call(getConnection, req);
    await makeCore({ fetch, timeout: Number.POSITIVE_INFINITY }).invoker.call(getConnection, req, { signal: caller.signal });
    await makeCore({ fetch }).invoker.call(getConnection, req);
    expect(signals.map((signal) => signal instanceof AbortSignal)).toEqual([false, false, true, true]);
  });

  it('per-call timeout overrides the client timeout', async () => {
    vi.useFakeTimers();
    const fetch = hangingFetch();
    const { invoker } = makeCore({ fetch, timeout: 60_000, maxRetries: 0 });
    const promise = invoker.call(getConnection, req, { timeout: 50 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(50);
    expect(await promise).toBeInstanceOf(NangoTimeoutError);
  });

  it('caller abort gives NangoAbortError and no retry', async () => {
    const fetch = hangingFetch();
    const { invoker } = makeCore({ fetch, maxRetries: 3 });
    const controller = new AbortController();
    const promise = invoker.call(getConnection, req, { signal: controller.signal }).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    const error = await promise;
    expect(error).toBeInstanceOf(NangoAbortError);
    expect(error).not.toBeInstanceOf(NangoTimeoutError);
    expect(fetch.calls).toBe(1);
  });

  it('an already aborted signal sends nothing', async () => {
    const fetch = fakeFetch(ok);
    const { invoker } = makeCore({ fetch });
    await expect(invoker.call(getConnection, req, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(NangoAbortError);
    expect(fetch.seen).toHaveLength(0);
  });

  it('abort during the backoff wait gives NangoAbortError', async () => {
    vi.useFakeTimers();
    const fetch = fakeFetch(status(503));
    const { createClientCore } = await import('../src/internal/client-core.js');
    const core = createClientCore({ secretKey: SECRET, host: 'https://api.test', fetch, logLevel: 'off', retry: { random: () => 0.9 } });
    const controller = new AbortController();
    const promise = core.invoker.call(getConnection, req, { signal: controller.signal }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    expect(await promise).toBeInstanceOf(NangoAbortError);
    expect(fetch.seen).toHaveLength(1);
  });

  it('composes signals without AbortSignal.any', async () => {
    const original = AbortSignal.any;
    Object.defineProperty(AbortSignal, 'any', { value: undefined, configurable: true });
    try {
      const fetch = hangingFetch();
      const { invoker } = makeCore({ fetch, maxRetries: 0 });
      const controller = new AbortController();
      const promise = invoker.call(getConnection, req, { signal: controller.signal }).catch((e: unknown) => e);
      await new Promise((resolve) => setTimeout(resolve, 5));
      controller.abort();
      expect(await promise).toBeInstanceOf(NangoAbortError);
      const timed = await invoker.call(getConnection, req, { timeout: 10, signal: new AbortController().signal }).catch((e: unknown) => e);
      expect(timed).toBeInstanceOf(NangoTimeoutError);
    } finally {
      Object.defineProperty(AbortSignal, 'any', { value: original, configurable: true });
    }
  });
});

describe('headers', () => {
  it('sends bearer auth, user agent, default and per-call headers', async () => {
    const fetch = fakeFetch(ok);
    const { invoker } = makeCore({ fetch, userAgent: 'my-app/1.0', defaultHeaders: { 'x-team': 'a' } });
    await invoker.call(getConnection, req, { headers: { 'x-call': 'b' } });
    const headers = fetch.seen[0]?.headers;
    expect(headers?.get('authorization')).toBe(`Bearer ${SECRET}`);
    expect(headers?.get('user-agent')).toMatch(/^nango-sdk-core\/\d+\.\d+\.\d+ \(node\/[\d.]+\) my-app\/1\.0$/);
    expect(headers?.get('x-team')).toBe('a');
    expect(headers?.get('x-call')).toBe('b');
  });

  it('reads an async secret key function', async () => {
    const fetch = fakeFetch(ok);
    const { invoker } = makeCore({ fetch, secretKey: async () => 'from-vault' });
    await invoker.call(getConnection, req);
    expect(fetch.seen[0]?.headers.get('authorization')).toBe('Bearer from-vault');
  });

  it('omits User-Agent in browsers', async () => {
    vi.stubGlobal('window', {});
    try {
      const fetch = fakeFetch(ok);
      const { invoker } = makeCore({ fetch });
      await invoker.call(getConnection, req);
      expect(fetch.seen[0]?.headers.get('user-agent')).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('refuses per-call header values with CR/LF before sending', async () => {
    const fetch = fakeFetch(ok);
    const { invoker } = makeCore({ fetch });
    await expect(invoker.call(getConnection, req, { headers: { 'x-a': 'ok\r\nX-Evil: 1' } })).rejects.toBeInstanceOf(NangoValidationError);
    expect(fetch.seen).toHaveLength(0);
  });

  it('refuses a secret key that cannot travel in a header without echoing it', async () => {
    const fetch = fakeFetch(ok);
    const { invoker } = makeCore({ fetch, secretKey: `${SECRET}\n` });
    const error = await invoker.call(getConnection, req).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NangoValidationError);
    expect(String((error as Error).message)).not.toContain(SECRET);
  });

  it('uses the connect session token for operations that only accept it', async () => {
    const fetch = fakeFetch(() => new Response(null, { status: 204 }));
    const { invoker } = makeCore({ fetch, connectSessionToken: 'nango_connect_session_abc' });
    const { deleteConnectSession } = await import('./fixtures/operations.js');
    await invoker.call(deleteConnectSession, undefined);
    expect(fetch.seen[0]?.headers.get('authorization')).toBe('Bearer nango_connect_session_abc');
  });
});

describe('rate limits', () => {
  const limited = (remaining: number, reset: number) => () =>
    json({ ok: true }, 200, { 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': String(remaining), 'x-ratelimit-reset': String(reset) });

  it('waits for the window to reset when the last response left none (opt-in)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    const reset = Date.parse('2026-01-01T00:00:05Z') / 1000;
    const fetch = fakeFetch(limited(0, reset), limited(99, reset + 60));
    const { invoker, sleeps } = makeCore({ fetch, waitForRateLimit: true });
    await invoker.call(getConnection, req);
    expect(sleeps).toEqual([]);
    await invoker.call(getConnection, req);
    expect(sleeps).toEqual([5000]);
    expect(fetch.seen).toHaveLength(2);
  });

  it('does not wait unless asked', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    const fetch = fakeFetch(limited(0, Date.parse('2026-01-01T00:00:05Z') / 1000));
    const { invoker, sleeps } = makeCore({ fetch });
    await invoker.call(getConnection, req);
    await invoker.call(getConnection, req);
    expect(sleeps).toEqual([]);
    await invoker.call(getConnection, req, { waitForRateLimit: true });
    expect(sleeps).toEqual([5000]);
  });

  it('exposes rate-limit figures on results and on errors', async () => {
    const fetch = fakeFetch(limited(7, 1_900_000_000), () =>
      json({ error: { code: 'too_many_request', method: 'GET', path: '/x' } }, 429, {
        'x-ratelimit-limit': '100',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': '1900000000',
        'retry-after': '2',
      }),
    );
    const { invoker } = makeCore({ fetch, maxRetries: 0 });
    const result = await invoker.call(getConnection, req).withResponse();
    expect(result.rateLimit).toEqual({ limit: 100, remaining: 7, reset: 1_900_000_000 });
    const error = (await invoker.call(getConnection, req).catch((e: unknown) => e)) as NangoRateLimitError;
    expect(error).toBeInstanceOf(NangoRateLimitError);
    expect(error.rateLimit).toEqual({ limit: 100, remaining: 0, reset: 1_900_000_000 });
    expect(error.retryAfter).toBe(2000);
    expect(error.code).toBe('too_many_request');
    expect(error.payload).toEqual({ method: 'GET', path: '/x' });
  });
});
