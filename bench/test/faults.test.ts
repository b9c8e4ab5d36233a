/**
 * Fault scenarios driven by the fake's fault injection, through the core client on loopback. Each asserts the typed
 * error or the recovered result, the number of attempts the fake saw, the time spent against the retry budget, and that
 * no rejection went unhandled and no timer was left behind.
 */
import type { RunningFakeNango } from '@nango-sdk/testing';
import {
  Nango,
  NangoAbortError,
  NangoAuthenticationError,
  NangoBadRequestError,
  NangoConflictError,
  NangoConnectionError,
  NangoError,
  NangoFailedDependencyError,
  NangoInternalServerError,
  NangoNotFoundError,
  NangoPermissionDeniedError,
  NangoRateLimitError,
  NangoTimeoutError,
  NangoUnprocessableEntityError,
} from '@nango-sdk/core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONNECTION, INTEGRATION, MODEL, RECORDS, SECRET_KEY, requestCounter, startSeededFake } from './support/fake-server.js';

type FaultSpec = Parameters<RunningFakeNango['fake']['faults']['add']>[0];
type ClientOptions = ConstructorParameters<typeof Nango>[0];

/** Small delays so that every scenario finishes in well under a second unless it honours a Retry-After. */
const FAST = { initialDelay: 5, maxDelay: 20, budget: 1_000 } as const;

let running: RunningFakeNango;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
let timersBefore = 0;

const timers = (): number => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

beforeAll(async () => {
  running = await startSeededFake();
  process.on('unhandledRejection', onUnhandled);
});

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await running.close();
});

beforeEach(() => {
  running.fake.faults.clear();
  running.fake.faults.resetRateLimit();
  running.fake.connections.recoverRefresh(CONNECTION, INTEGRATION);
  timersBefore = timers();
});

afterEach(async () => {
  // The fake's own latency and slow-body timers may still be running: give them time to end, then check that the
  // event loop is back to where it was (a retry or timeout timer left behind would keep it higher).
  const deadline = Date.now() + 1_500;
  while (timers() > timersBefore && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  expect(timers(), 'timers left behind').toBeLessThanOrEqual(timersBefore);
  await new Promise((r) => setImmediate(r));
  expect(unhandled, 'unhandled rejections').toEqual([]);
});

function client(options: Partial<ClientOptions> = {}): Nango {
  return new Nango({ secretKey: SECRET_KEY, host: running.url, maxRetries: 2, timeout: 2_000, logLevel: 'off', ...options, retry: { ...FAST, ...options.retry } });
}

interface Outcome<T> {
  readonly value?: T;
  readonly error?: unknown;
  readonly attempts: number;
  readonly elapsed: number;
}

/**
 * Adds the faults, runs the call and counts the requests the fake logged. The fake logs a request when it has answered
 * it, so with added latency the count waits until every delayed answer is in (`settleMs`).
 */
async function drive<T>(faults: FaultSpec[], call: () => Promise<T>, settleMs = 0): Promise<Outcome<T>> {
  for (const f of faults) running.fake.faults.add(f);
  const count = requestCounter(running);
  const t0 = performance.now();
  let outcome: { value?: T; error?: unknown };
  try {
    outcome = { value: await call() };
  } catch (error) {
    outcome = { error };
  }
  const elapsed = performance.now() - t0;
  if (settleMs > 0) await new Promise((r) => setTimeout(r, settleMs));
  return { ...outcome, attempts: count(), elapsed };
}

const getConnection = (nango: Nango, options?: Parameters<Nango['connections']['get']>[1]) =>
  nango.connections.get({ connectionId: CONNECTION, providerConfigKey: INTEGRATION }, options);
const GET_CONNECTION = 'connections.get';

function expectRecovered<T>(outcome: Outcome<T>, attempts: number): void {
  expect(outcome.error).toBeUndefined();
  expect((outcome.value as { connection_id?: string }).connection_id).toBe(CONNECTION);
  expect(outcome.attempts).toBe(attempts);
}

function expectError<T>(outcome: Outcome<T>, type: abstract new (...args: never[]) => Error, attempts: number): void {
  expect(outcome.error).toBeInstanceOf(type);
  expect(outcome.attempts).toBe(attempts);
}

describe('5xx', () => {
  for (const status of [500, 502, 503, 504]) {
    it(`${status} once, then the call recovers on the second attempt`, async () => {
      const outcome = await drive([{ route: GET_CONNECTION, status, times: 1 }], () => getConnection(client()));
      expectRecovered(outcome, 2);
      expect(outcome.elapsed).toBeLessThan(FAST.budget);
    });

    it(`${status} on every attempt gives NangoInternalServerError after 1 + maxRetries attempts`, async () => {
      const outcome = await drive([{ route: GET_CONNECTION, status }], () => getConnection(client()));
      expectError(outcome, NangoInternalServerError, 3);
      expect((outcome.error as NangoInternalServerError).status).toBe(status);
      expect(outcome.elapsed).toBeLessThan(FAST.budget);
    });
  }

  it('503 with Retry-After: 0 on every attempt is retried at once', async () => {
    const outcome = await drive([{ route: GET_CONNECTION, status: 503, retryAfter: 0 }], () => getConnection(client()));
    expectError(outcome, NangoInternalServerError, 3);
    expect(outcome.elapsed).toBeLessThan(FAST.budget);
  });

  it('maxRetries: 0 turns a single 503 into an error', async () => {
    const outcome = await drive([{ route: GET_CONNECTION, status: 503, times: 1 }], () => getConnection(client({ maxRetries: 0 })));
    expectError(outcome, NangoInternalServerError, 1);
  });

  it('a per-call maxRetries of 5 outlasts four 502s', async () => {
    const outcome = await drive([{ route: GET_CONNECTION, status: 502, times: 4 }], () => getConnection(client(), { maxRetries: 5 }));
    expectRecovered(outcome, 5);
  });

  it('a POST is not retried on 503 by default', async () => {
    const nango = client();
    const outcome = await drive([{ route: 'POST /connect/sessions', status: 503, times: 1 }], () =>
      nango.connectSessions.create({ body: { end_user: { id: 'u1' } } } as Parameters<Nango['connectSessions']['create']>[0]),
    );
    expectError(outcome, NangoInternalServerError, 1);
  });

  it('a POST that opts in is retried on 503 and recovers', async () => {
    const nango = client();
    const outcome = await drive([{ route: 'POST /connect/sessions', status: 503, times: 1 }], () =>
      nango.connectSessions.create({ body: { end_user: { id: 'u1' } } } as Parameters<Nango['connectSessions']['create']>[0], { retryNonIdempotent: true }),
    );
    expect(outcome.error).toBeUndefined();
    expect(outcome.attempts).toBe(2);
  });

  it('the non-throwing face returns the 503 after the same retries', async () => {
    running.fake.faults.add({ route: GET_CONNECTION, status: 503 });
    const count = requestCounter(running);
    const result = await client().http.GET('/connections/{connectionId}', {
      params: { path: { connectionId: CONNECTION }, query: { provider_config_key: INTEGRATION } },
    });
    expect(result.response.status).toBe(503);
    expect(result.error).toBeDefined();
    expect(count()).toBe(3);
  });
});

describe('429', () => {
  it('a storm without Retry-After: two 429s, then success with backoff', async () => {
    const outcome = await drive([{ route: GET_CONNECTION, status: 429, times: 2 }], () => getConnection(client()));
    expectRecovered(outcome, 3);
    expect(outcome.elapsed).toBeLessThan(FAST.budget);
  });

  it('a storm without Retry-After on every attempt gives NangoRateLimitError', async () => {
    const outcome = await drive([{ route: GET_CONNECTION, status: 429 }], () => getConnection(client()));
    expectError(outcome, NangoRateLimitError, 3);
    expect((outcome.error as NangoRateLimitError).status).toBe(429);
  });

  it('Retry-After: 0 is retried at once', async () => {
    const outcome = await drive([{ route: GET_CONNECTION, status: 429, retryAfter: 0, times: 2 }], () => getConnection(client()));
    expectRecovered(outcome, 3);
    expect(outcome.elapsed).toBeLessThan(FAST.budget);
  });

  it('Retry-After: 1 is honoured: the retry waits about a second', async () => {
    const outcome = await drive([{ route: GET_CONNECTION, status: 429, retryAfter: 1, times: 1 }], () => getConnection(client({ retry: { budget: 3_000 } })));
    expectRecovered(outcome, 2);
    expect(outcome.elapsed).toBeGreaterThanOrEqual(950);
    expect(outcome.elapsed).toBeLessThan(3_000);
  });

  it('a Retry-After beyond maxRetryAfter ends the retries at once, with retryAfter on the error', async () => {
    const outcome = await drive([{ route: GET_CONNECTION, status: 429, retryAfter: 30 }], () => getConnection(client({ retry: { maxRetryAfter: 200 } })));
    expectError(outcome, NangoRateLimitError, 1);
    expect((outcome.error as NangoRateLimitError).retryAfter).toBe(30_000);
    expect(outcome.elapsed).toBeLessThan(500);
  });

  it('a Retry-After beyond the remaining budget is not waited for', async () => {
    const outcome = await drive([{ route: GET_CONNECTION, status: 429, retryAfter: 2 }], () => getConnection(client({ retry: { budget: 500 } })));
    expectError(outcome, NangoRateLimitError, 1);
    expect(outcome.elapsed).toBeLessThan(500);
  });

  it('an exhausted rate-limit window gives NangoRateLimitError with the rate-limit figures', async () => {
    running.fake.faults.exhaustRateLimit();
    const outcome = await drive([], () => getConnection(client({ retry: { maxRetryAfter: 100 } })));
    expectError(outcome, NangoRateLimitError, 1);
    const error = outcome.error as NangoRateLimitError;
    expect(error.rateLimit?.remaining).toBe(0);
    expect(error.retryAfter).toBeGreaterThan(0);
  });
});

describe('statuses that are never retried', () => {
  const cases = [
    [400, NangoBadRequestError],
    [401, NangoAuthenticationError],
    [403, NangoPermissionDeniedError],
    [404, NangoNotFoundError],
    [422, NangoUnprocessableEntityError],
  ] as const;
  for (const [status, type] of cases) {
    it(`${status} gives ${type.name} after one attempt`, async () => {
      const outcome = await drive([{ route: GET_CONNECTION, status }], () => getConnection(client()));
      expectError(outcome, type, 1);
      expect((outcome.error as { status: number }).status).toBe(status);
    });
  }

  it('409 is retried and recovers', async () => {
    const outcome = await drive([{ route: GET_CONNECTION, status: 409, times: 1 }], () => getConnection(client()));
    expectRecovered(outcome, 2);
  });

  it('408 is retried and recovers', async () => {
    const outcome = await drive([{ route: GET_CONNECTION, status: 408, times: 1 }], () => getConnection(client()));
    expectRecovered(outcome, 2);
  });

  it('a persistent 409 gives NangoConflictError', async () => {
    const outcome = await drive([{ route: GET_CONNECTION, status: 409 }], () => getConnection(client()));
    expectError(outcome, NangoConflictError, 3);
  });
});

describe('424 refresh exhaustion', () => {
  it('a connection whose refresh fails gives NangoFailedDependencyError without retries', async () => {
    running.fake.connections.failRefresh(CONNECTION, INTEGRATION);
    const nango = client();
    const outcome = await drive([], () => nango.connections.get({ connectionId: CONNECTION, providerConfigKey: INTEGRATION, forceRefresh: true }));
    expectError(outcome, NangoFailedDependencyError, 1);
    expect((outcome.error as NangoFailedDependencyError).status).toBe(424);
  });

  it('after the refresh recovers, the same call succeeds', async () => {
    running.fake.connections.failRefresh(CONNECTION, INTEGRATION);
    const nango = client();
    await expect(nango.connections.get({ connectionId: CONNECTION, providerConfigKey: INTEGRATION, forceRefresh: true })).rejects.toBeInstanceOf(NangoFailedDependencyError);
    running.fake.connections.recoverRefresh(CONNECTION, INTEGRATION);
    const outcome = await drive([], () => nango.connections.get({ connectionId: CONNECTION, providerConfigKey: INTEGRATION, forceRefresh: true }));
    expectRecovered(outcome, 1);
  });
});

describe('connection resets', () => {
  it('a reset before the response, once, is retried and recovers', async () => {
    const outcome = await drive([{ route: GET_CONNECTION, reset: 'before', times: 1 }], () => getConnection(client()));
    expectRecovered(outcome, 2);
  });

  it('a reset before the response on every attempt gives NangoConnectionError', async () => {
    const outcome = await drive([{ route: GET_CONNECTION, reset: 'before' }], () => getConnection(client()));
    expectError(outcome, NangoConnectionError, 3);
    expect(outcome.error).not.toBeInstanceOf(NangoTimeoutError);
  });

  it('a reset in the middle of the body, once, ends in the data or a connection error', async () => {
    const outcome = await drive([{ route: GET_CONNECTION, reset: 'mid-body', times: 1 }], () => getConnection(client()));
    if (outcome.error === undefined) expectRecovered(outcome, 2);
    else expectError(outcome, NangoConnectionError, 1);
  });

  it('a reset in the middle of the body on every attempt gives NangoConnectionError', async () => {
    const outcome = await drive([{ route: GET_CONNECTION, reset: 'mid-body' }], () => getConnection(client()));
    expect(outcome.error).toBeInstanceOf(NangoConnectionError);
    expect(outcome.attempts).toBeGreaterThanOrEqual(1);
    expect(outcome.attempts).toBeLessThanOrEqual(3);
  });
});

describe('timeouts and slow bodies', () => {
  it('one slow response beyond the timeout is retried and recovers', async () => {
    const outcome = await drive([{ route: GET_CONNECTION, latencyMs: 400, times: 1 }], () => getConnection(client({ timeout: 150 })), 450);
    expectRecovered(outcome, 2);
    expect(outcome.elapsed).toBeLessThan(1_000);
  });

  it('slow responses on every attempt give NangoTimeoutError after three timeouts', async () => {
    const outcome = await drive([{ route: GET_CONNECTION, latencyMs: 300 }], () => getConnection(client({ timeout: 100 })), 350);
    expectError(outcome, NangoTimeoutError, 3);
    expect(outcome.elapsed).toBeGreaterThanOrEqual(290);
    expect(outcome.elapsed).toBeLessThan(1_500);
  });

  it('a slow body within the timeout is read whole', async () => {
    const outcome = await drive([{ route: GET_CONNECTION, slowBodyMs: 20, times: 1 }], () => getConnection(client({ timeout: 1_000 })));
    expectRecovered(outcome, 1);
  });

  it('a body slower than the timeout gives a typed timeout or connection error', async () => {
    const outcome = await drive([{ route: GET_CONNECTION, slowBodyMs: 150 }], () => getConnection(client({ timeout: 200, maxRetries: 0 })));
    expect(outcome.error).toBeInstanceOf(NangoConnectionError);
    expect(outcome.attempts).toBe(1);
    expect(outcome.elapsed).toBeLessThan(1_000);
  });
});

describe('bodies that are not what they claim', () => {
  it('a truncated JSON body gives a typed NangoError, not a SyntaxError', async () => {
    const outcome = await drive([{ route: GET_CONNECTION, truncate: true, times: 1 }], () => getConnection(client({ maxRetries: 0 })));
    expect(outcome.error).toBeInstanceOf(NangoError);
    expect(outcome.attempts).toBe(1);
  });

  it('malformed JSON on a 200 gives a typed NangoError', async () => {
    const outcome = await drive([{ route: GET_CONNECTION, malformedJson: true }], () => getConnection(client({ maxRetries: 0 })));
    expect(outcome.error).toBeInstanceOf(NangoError);
    expect(outcome.attempts).toBe(1);
  });

  it('malformed JSON on a 500 still gives NangoInternalServerError, retried', async () => {
    const outcome = await drive([{ route: GET_CONNECTION, status: 500, malformedJson: true }], () => getConnection(client()));
    expectError(outcome, NangoInternalServerError, 3);
  });

  it('an HTML 502 page from a gateway gives NangoInternalServerError, retried', async () => {
    const outcome = await drive([{ route: GET_CONNECTION, html: true, status: 502 }], () => getConnection(client()));
    expectError(outcome, NangoInternalServerError, 3);
    expect((outcome.error as NangoInternalServerError).status).toBe(502);
  });

  it('an HTML 503 page once is retried and recovers', async () => {
    const outcome = await drive([{ route: GET_CONNECTION, html: true, status: 503, times: 1 }], () => getConnection(client()));
    expectRecovered(outcome, 2);
  });

  it('an HTML 403 page gives NangoPermissionDeniedError without retries', async () => {
    const outcome = await drive([{ route: GET_CONNECTION, html: true, status: 403 }], () => getConnection(client()));
    expectError(outcome, NangoPermissionDeniedError, 1);
  });
});

describe('aborts', () => {
  it('a signal aborted before the call sends nothing', async () => {
    const outcome = await drive([], () => getConnection(client(), { signal: AbortSignal.abort() }));
    expectError(outcome, NangoAbortError, 0);
  });

  it('an abort during the backoff wait ends the call at once', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const outcome = await drive([{ route: GET_CONNECTION, status: 503, retryAfter: 1 }], () =>
      getConnection(client({ retry: { budget: 5_000 } }), { signal: controller.signal }),
    );
    expectError(outcome, NangoAbortError, 1);
    expect(outcome.elapsed).toBeLessThan(600);
  });

  it('an abort while waiting for a slow response ends the call at once', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const outcome = await drive([{ route: GET_CONNECTION, latencyMs: 400 }], () => getConnection(client(), { signal: controller.signal }), 450);
    expectError(outcome, NangoAbortError, 1);
    expect(outcome.elapsed).toBeLessThan(350);
  });

  it('an abort while a slow body streams in ends the call', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 60);
    const outcome = await drive([{ route: GET_CONNECTION, slowBodyMs: 100 }], () => getConnection(client(), { signal: controller.signal }));
    expect(outcome.error).toBeInstanceOf(NangoAbortError);
    expect(outcome.elapsed).toBeLessThan(400);
  });
});

describe('pagination under faults', () => {
  const list = (nango: Nango) => nango.records.list({ model: MODEL, connectionId: CONNECTION, providerConfigKey: INTEGRATION, limit: 100 });

  it('a 503 on the second page is retried and every record arrives exactly once', async () => {
    const nango = client();
    const outcome = await drive([{ route: 'records.list', status: 503, nth: 2 }], async () => {
      const ids: string[] = [];
      for await (const record of list(nango)) ids.push(String((record as Record<string, unknown>)['id']));
      return ids;
    });
    expect(outcome.error).toBeUndefined();
    expect(outcome.value).toHaveLength(RECORDS);
    expect(new Set(outcome.value).size).toBe(RECORDS);
    expect(outcome.attempts).toBe(Math.ceil(RECORDS / 100) + 1);
  });

  it('resets on every page after the first end the iteration with NangoConnectionError after the first page', async () => {
    const nango = client();
    const ids: string[] = [];
    const count = requestCounter(running);
    let error: unknown;
    try {
      for await (const record of list(nango)) {
        ids.push(String((record as Record<string, unknown>)['id']));
        if (ids.length === 1) running.fake.faults.add({ route: 'records.list', reset: 'before' });
      }
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NangoConnectionError);
    expect(ids).toHaveLength(100);
    expect(count()).toBe(4);
  });
});
