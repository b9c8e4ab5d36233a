import { afterEach, describe, expect, it, vi } from 'vitest';
import { NangoAbortError, NangoAuthenticationError, NangoInternalServerError, NangoTimeoutError } from '../src/errors.js';
import { waitForActionResult } from '../src/wait-for-result.js';
import { makeCore } from './fixtures/core.js';
import { fakeFetch, json } from './fixtures/fake-fetch.js';
import { getActionResult } from './fixtures/operations.js';

const notYet = () => json({ error: { code: 'not_found' } }, 404);

afterEach(() => {
  vi.useRealTimers();
});

describe('waitForResult', () => {
  it('polls with growing delays until the output is there', async () => {
    vi.useFakeTimers();
    const fetch = fakeFetch(notYet, notYet, notYet, () => json({ result: 42 }));
    const { invoker } = makeCore({ fetch });
    const promise = waitForActionResult<{ result: number }>(invoker, getActionResult, 'act_1', { interval: 100 });
    await vi.advanceTimersByTimeAsync(99);
    expect(fetch.seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch.seen).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(150);
    expect(fetch.seen).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(225);
    await expect(promise).resolves.toEqual({ result: 42 });
    expect(fetch.seen).toHaveLength(4);
    expect(fetch.seen[0]?.url.pathname).toBe('/action/act_1');
  });

  it('accepts the trigger result object', async () => {
    const fetch = fakeFetch(() => json({ ok: true }));
    const { invoker } = makeCore({ fetch });
    await expect(waitForActionResult(invoker, getActionResult, { id: 'act_2' })).resolves.toEqual({ ok: true });
    expect(fetch.seen[0]?.url.pathname).toBe('/action/act_2');
  });

  it('throws the typed error when the action failed (500), without retrying it', async () => {
    const fetch = fakeFetch(() => json({ error: { code: 'action_script_failure', message: 'boom', payload: { step: 2 } } }, 500));
    const { invoker } = makeCore({ fetch });
    const error = (await waitForActionResult(invoker, getActionResult, 'a').catch((e: unknown) => e)) as NangoInternalServerError;
    expect(error).toBeInstanceOf(NangoInternalServerError);
    expect(error.code).toBe('action_script_failure');
    expect(error.payload).toEqual({ step: 2 });
    expect(fetch.seen).toHaveLength(1);
  });

  it('throws other errors at once', async () => {
    const fetch = fakeFetch(() => json({ error: { code: 'unknown_account' } }, 401));
    const { invoker } = makeCore({ fetch });
    await expect(waitForActionResult(invoker, getActionResult, 'a')).rejects.toBeInstanceOf(NangoAuthenticationError);
  });

  it('times out', async () => {
    vi.useFakeTimers();
    const fetch = fakeFetch(notYet);
    const { invoker } = makeCore({ fetch });
    const promise = waitForActionResult(invoker, getActionResult, 'a', { timeout: 1000, interval: 300 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(2000);
    const error = await promise;
    expect(error).toBeInstanceOf(NangoTimeoutError);
    expect(fetch.seen.length).toBeGreaterThanOrEqual(2);
    expect(fetch.seen.length).toBeLessThanOrEqual(4);
  });

  it('stops when aborted', async () => {
    vi.useFakeTimers();
    const fetch = fakeFetch(notYet);
    const { invoker } = makeCore({ fetch });
    const controller = new AbortController();
    const promise = waitForActionResult(invoker, getActionResult, 'a', { signal: controller.signal, interval: 1000 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    expect(await promise).toBeInstanceOf(NangoAbortError);
    expect(fetch.seen).toHaveLength(1);
  });

  it('keeps polling through a dropped connection', async () => {
    const fetch = fakeFetch(
      () => {
        throw new TypeError('socket hang up');
      },
      () => json({ done: 1 }),
    );
    const { invoker } = makeCore({ fetch });
    await expect(waitForActionResult(invoker, getActionResult, 'a', { interval: 1 })).resolves.toEqual({ done: 1 });
  });
});
