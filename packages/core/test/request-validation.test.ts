import { describe, expect, it } from 'vitest';
import { Nango } from '../src/client.js';
import { NangoValidationError } from '../src/errors.js';
import { fakeFetch, json } from './fixtures/fake-fetch.js';

const HOST = 'https://api.test';

function client(fetch: ReturnType<typeof fakeFetch>): Nango {
  return new Nango({ secretKey: 'sk-request-validation', host: HOST, fetch, maxRetries: 0, logLevel: 'off' });
}

async function refusal(call: Promise<unknown>): Promise<NangoValidationError> {
  const error = await call.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(NangoValidationError);
  return error as NangoValidationError;
}

describe('path parameters that would not stay in their segment', () => {
  it.each(['.', '..', ''])('connections.get refuses connectionId %j before any fetch', async (connectionId) => {
    const fetch = fakeFetch(() => json({}));
    const error = await refusal(client(fetch).connections.get({ connectionId, providerConfigKey: 'github' }));
    expect(error.field).toBe('connectionId');
    expect(fetch.seen).toHaveLength(0);
  });

  it('syncs.createVariant refuses a ".." variant even when the other segment is valid', async () => {
    const fetch = fakeFetch(() => json({}));
    const call = client(fetch).syncs.createVariant({ name: '/', variant: '..', body: { provider_config_key: 'p', connection_id: 'c' } });
    expect((await refusal(call)).field).toBe('variant');
    expect(fetch.seen).toHaveLength(0);
  });

  it('values that only look like encoded dots are sent escaped, in their own segment', async () => {
    const fetch = fakeFetch(() => json({}));
    const nango = client(fetch);
    for (const connectionId of ['%2e', '.%2E', '%2e%2e', '...']) {
      await nango.connections.get({ connectionId, providerConfigKey: 'github' });
    }
    expect(fetch.seen.map((seen) => seen.url.pathname)).toEqual([
      '/connections/%252e',
      '/connections/.%252E',
      '/connections/%252e%252e',
      '/connections/...',
    ]);
  });

  it.each(['.', '..', ''])('nango.http refuses path parameter %j before any fetch', async (connectionId) => {
    const fetch = fakeFetch(() => json({}));
    const call = client(fetch).http.GET('/connections/{connectionId}', {
      params: { path: { connectionId }, query: { provider_config_key: 'github' } },
    });
    expect((await refusal(call)).field).toBe('connectionId');
    expect(fetch.seen).toHaveLength(0);
  });
});

describe('header values that cannot travel unchanged', () => {
  it.each([
    ['connectionId', 'Ā'],
    ['connectionId', '日本'],
    ['providerConfigKey', 'a\r\nX-Injected: 1'],
    ['providerConfigKey', 'a\0b'],
    ['connectionId', '\u0001'],
    ['connectionId', ' padded '],
  ])('records.list refuses %s = %j with a NangoValidationError naming the field', async (field, value) => {
    const fetch = fakeFetch(() => json({ records: [], next_cursor: null }));
    const request = { model: 'Issue', connectionId: 'c1', providerConfigKey: 'github', [field]: value };
    const error = await refusal(client(fetch).records.list(request));
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
    expect(error.message).not.toContain(value);
    expect(fetch.seen).toHaveLength(0);
  });

  it('Latin-1 values travel unchanged', async () => {
    const fetch = fakeFetch(() => json({ records: [], next_cursor: null }));
    await client(fetch).records.list({ model: 'Issue', connectionId: 'café', providerConfigKey: 'a b' });
    const headers = fetch.seen[0]?.headers;
    expect(headers?.get('connection-id')).toBe('café');
    expect(headers?.get('provider-config-key')).toBe('a b');
  });

  it('per-call, default and proxy headers are checked the same way', async () => {
    const fetch = fakeFetch(() => json({}));
    const nango = client(fetch);
    const request = { connectionId: 'c1', providerConfigKey: 'github' };
    expect((await refusal(nango.connections.get(request, { headers: { 'x-team': '日本' } }))).field).toBe('x-team');
    expect((await refusal(nango.connections.get(request, { headers: { 'bad name': 'v' } }))).field).toBe('headers');
    const withDefaults = new Nango({ secretKey: 'sk-x', host: HOST, fetch, logLevel: 'off', defaultHeaders: { 'x-team': 'Ā' } });
    expect((await refusal(withDefaults.connections.get(request))).field).toBe('x-team');
    expect((await refusal(nango.proxy.get('/user', { ...request, headers: { 'x-upstream': 'Ā' } }))).field).toBe('x-upstream');
    expect(fetch.seen).toHaveLength(0);
  });
});
