import { describe, expect, it, vi } from 'vitest';
import { NangoAPIError, NangoBadRequestError, NangoInternalServerError, NangoNotFoundError } from '../src/errors.js';
import { makeCore } from './fixtures/core.js';
import { fakeFetch, json } from './fixtures/fake-fetch.js';
import { deleteConnectSession, getConnection, triggerAction } from './fixtures/operations.js';

const req = { connectionId: 'c1', providerConfigKey: 'github' };

describe('responses', () => {
  it('parses JSON and exposes status, headers and rate limit with withResponse()', async () => {
    const fetch = fakeFetch(() => json({ id: 'c1' }, 200, { 'x-ratelimit-remaining': '5' }));
    const { invoker } = makeCore({ fetch });
    const promise = invoker.call<{ id: string }>(getConnection, req);
    const result = await promise.withResponse();
    expect(result.data).toEqual({ id: 'c1' });
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toBe('application/json');
    expect(result.rateLimit).toEqual({ remaining: 5 });
    expect(result.response).toBeInstanceOf(Response);
    expect(await promise).toEqual({ id: 'c1' });
    expect(fetch.seen).toHaveLength(1);
  });

  it('keeps rateLimit an own enumerable property, parsed once and only when read', async () => {
    const fetch = fakeFetch(() => json({ id: 'c1' }, 200, { 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '7', 'x-ratelimit-reset': '1900000000' }));
    const { invoker } = makeCore({ fetch });
    const result = await invoker.call<{ id: string }>(getConnection, req).withResponse();
    const get = vi.spyOn(result.headers, 'get');
    expect(Object.keys(result)).toContain('rateLimit');
    expect(get).not.toHaveBeenCalled();
    const first = result.rateLimit;
    expect(first).toEqual({ limit: 100, remaining: 7, reset: 1_900_000_000 });
    const reads = get.mock.calls.length;
    expect(reads).toBeGreaterThan(0);
    expect(result.rateLimit).toBe(first);
    expect(get.mock.calls.length).toBe(reads);
    expect({ ...result }.rateLimit).toBe(first);
    expect(JSON.parse(JSON.stringify({ rateLimit: result.rateLimit, status: result.status }))).toEqual({
      rateLimit: { limit: 100, remaining: 7, reset: 1_900_000_000 },
      status: 200,
    });
  });

  it('gives each result its own rateLimit, undefined without the headers', async () => {
    const fetch = fakeFetch(
      () => json({ n: 1 }, 200, { 'x-ratelimit-remaining': '3' }),
      () => json({ n: 2 }),
    );
    const { invoker } = makeCore({ fetch });
    const one = await invoker.call(getConnection, req).withResponse();
    const two = await invoker.call(getConnection, req).withResponse();
    const copy = { ...two };
    expect(Object.prototype.hasOwnProperty.call(copy, 'rateLimit')).toBe(true);
    expect(copy.rateLimit).toBeUndefined();
    expect(one.rateLimit).toEqual({ remaining: 3 });
    expect(two.rateLimit).toBeUndefined();
  });

  it('resolves 204 to undefined', async () => {
    const fetch = fakeFetch(() => new Response(null, { status: 204 }));
    const { invoker } = makeCore({ fetch, connectSessionToken: 'tok' });
    await expect(invoker.call(deleteConnectSession, undefined)).resolves.toBeUndefined();
  });

  it('gives 202 with its Location header', async () => {
    const fetch = fakeFetch(() => json({ id: 'act_1', statusUrl: '/action/act_1' }, 202, { location: '/action/act_1' }));
    const { invoker } = makeCore({ fetch });
    const result = await invoker.call(triggerAction, { ...req, async: true, body: { action_name: 'a' } }).withResponse();
    expect(result.status).toBe(202);
    expect(result.headers.get('location')).toBe('/action/act_1');
    expect(result.data).toEqual({ id: 'act_1', statusUrl: '/action/act_1' });
  });

  it('resolves an empty 200 body to undefined', async () => {
    const fetch = fakeFetch(() => new Response('', { status: 200 }));
    const { invoker } = makeCore({ fetch });
    await expect(invoker.call(getConnection, req)).resolves.toBeUndefined();
  });

  it('turns the error envelope into a typed error', async () => {
    const fetch = fakeFetch(() =>
      json({ error: { code: 'invalid_query_params', message: 'bad', errors: [{ code: 'invalid_type', message: 'Expected string', path: ['provider_config_key'] }] } }, 400),
    );
    const { invoker } = makeCore({ fetch });
    const error = (await invoker.call(getConnection, req).catch((e: unknown) => e)) as NangoBadRequestError;
    expect(error).toBeInstanceOf(NangoBadRequestError);
    expect(error).toBeInstanceOf(NangoAPIError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('invalid_query_params');
    expect(error.message).toBe('400 invalid_query_params: bad');
    expect(error.errors).toEqual([{ code: 'invalid_type', message: 'Expected string', path: ['provider_config_key'] }]);
  });

  it('gives a typed error for an HTML gateway page', async () => {
    const fetch = fakeFetch(() => new Response('<html><body>502 Bad Gateway</body></html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    const { invoker } = makeCore({ fetch, maxRetries: 0 });
    const error = (await invoker.call(getConnection, req).catch((e: unknown) => e)) as NangoInternalServerError;
    expect(error).toBeInstanceOf(NangoInternalServerError);
    expect(error.status).toBe(502);
    expect(error.code).toBeUndefined();
    expect(error.payload).toContain('Bad Gateway');
  });

  it('gives a typed error for an empty error body', async () => {
    const fetch = fakeFetch(() => new Response(null, { status: 404 }));
    const { invoker } = makeCore({ fetch });
    const error = (await invoker.call(getConnection, req).catch((e: unknown) => e)) as NangoNotFoundError;
    expect(error).toBeInstanceOf(NangoNotFoundError);
    expect(error.message).toBe('404: request failed with status 404');
  });

  it('an unawaited failing call does not raise an unhandled rejection', async () => {
    const fetch = fakeFetch(() => json({ error: { code: 'x' } }, 400));
    const { invoker } = makeCore({ fetch });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => {
      unhandled.push(reason);
    };
    process.on('unhandledRejection', onUnhandled);
    invoker.call(getConnection, req);
    await new Promise((resolve) => setTimeout(resolve, 20));
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
    expect(fetch.seen).toHaveLength(1);
  });
});
