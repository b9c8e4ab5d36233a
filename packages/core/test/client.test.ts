import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { NangoInternalServerError, NangoValidationError } from '../src/errors.js';
import { operations } from '../src/generated/index.js';
import type { OperationDef } from '../src/generated/contract.js';
import { Nango } from '../src/index.js';
import { buildRequest } from '../src/internal/request-builder.js';
import { SECRET } from './fixtures/core.js';
import { fakeFetch, json } from './fixtures/fake-fetch.js';

const host = 'https://api.test';

function sample(field: OperationDef['fields'][number]): unknown {
  switch (field.kind) {
    case 'boolean':
      return true;
    case 'number':
    case 'integer':
      return 1;
    case 'array':
      return ['a', 'b'];
    case 'object':
      return field.style === 'deepObject' ? { k: 'v' } : { a: 1 };
    default:
      return `${field.name}-value`;
  }
}

describe('operation table', () => {
  it('every operation builds a request from its required fields alone', () => {
    const table = Object.values(operations as Readonly<Record<string, OperationDef>>);
    expect(table).toHaveLength(60);
    for (const operation of table) {
      const request = Object.fromEntries(operation.fields.filter((field) => field.required).map((field) => [field.name, sample(field)]));
      const built = buildRequest(host, operation, request);
      const url = new URL(built.url);
      expect(url.pathname, operation.id).not.toMatch(/[{}]/);
      expect(built.method).toBe(operation.httpMethod.toUpperCase());
      if (operation.fields.some((field) => field.required)) {
        expect(() => buildRequest(host, operation, {}), operation.id).toThrow(NangoValidationError);
      }
    }
  });
});

describe('Nango', () => {
  it('connections.get sends the documented request and resolves to the body', async () => {
    const fetch = fakeFetch(() => json({ connection_id: 'c1' }));
    const nango = new Nango({ secretKey: SECRET, host: `${host}/`, fetch, logLevel: 'off' });
    const connection = await nango.connections.get({ connectionId: 'c/1', providerConfigKey: 'github', forceRefresh: true, refreshToken: true });
    expect(connection).toEqual({ connection_id: 'c1' });
    const seen = fetch.seen[0];
    expect(seen?.url.href).toBe(`${host}/connections/c%2F1?provider_config_key=github&force_refresh=true&refresh_token=true`);
    expect(seen?.headers.get('authorization')).toBe(`Bearer ${SECRET}`);
  });

  it('records.list iterates every record across pages', async () => {
    const fetch = fakeFetch(
      () => json({ records: [{ id: '1' }, { id: '2' }], next_cursor: 'n1' }),
      () => json({ records: [{ id: '3' }], next_cursor: null }),
    );
    const nango = new Nango({ secretKey: SECRET, host, fetch, logLevel: 'off' });
    const seen: unknown[] = [];
    for await (const record of nango.records.list({ model: 'Issue', connectionId: 'c', providerConfigKey: 'k' })) seen.push(record);
    expect(seen).toEqual([{ id: '1' }, { id: '2' }, { id: '3' }]);
    expect(fetch.seen[1]?.url.searchParams.get('cursor')).toBe('n1');
  });

  it('async action: trigger then waitForResult', async () => {
    const fetch = fakeFetch(
      () => json({ id: 'act_9', statusUrl: '/action/act_9' }, 202, { location: '/action/act_9' }),
      () => json({ error: { code: 'not_found' } }, 404),
      () => json({ output: 'done' }),
    );
    const nango = new Nango({ secretKey: SECRET, host, fetch, logLevel: 'off' });
    const triggered = await nango.actions
      .trigger({ connectionId: 'c', providerConfigKey: 'k', async: true, maxRetries: 2, body: { action_name: 'sync-now' } })
      .withResponse();
    expect(triggered.status).toBe(202);
    expect(fetch.seen[0]?.headers.get('x-async')).toBe('true');
    expect(fetch.seen[0]?.headers.get('x-max-retries')).toBe('2');
    const result = await nango.actions.waitForResult<{ output: string }>('act_9', { interval: 1 });
    expect(result).toEqual({ output: 'done' });
    expect(fetch.seen[2]?.url.pathname).toBe('/action/act_9');
  });

  it('waitForResult throws the typed error of a failed action', async () => {
    const fetch = fakeFetch(() => json({ error: { code: 'action_failure', message: 'x' } }, 500));
    const nango = new Nango({ secretKey: SECRET, host, fetch, logLevel: 'off' });
    await expect(nango.actions.waitForResult('a')).rejects.toBeInstanceOf(NangoInternalServerError);
  });

  it('connectSessions.delete uses the session token and resolves 204 to undefined', async () => {
    const fetch = fakeFetch(() => new Response(null, { status: 204 }));
    const nango = new Nango({ connectSessionToken: 'nango_connect_session_x', host, fetch, logLevel: 'off' });
    await expect(nango.connectSessions.delete()).resolves.toBeUndefined();
    expect(fetch.seen[0]?.headers.get('authorization')).toBe('Bearer nango_connect_session_x');
  });

  it('withOptions derives a client with overridden settings', async () => {
    const first = fakeFetch(() => json({}));
    const second = fakeFetch(() => json({}));
    const nango = new Nango({ secretKey: SECRET, host, fetch: first, logLevel: 'off', defaultHeaders: { 'x-a': '1' } });
    const derived = nango.withOptions({ fetch: second, host: 'https://other.test' });
    await derived.providers.list();
    expect(first.seen).toHaveLength(0);
    expect(second.seen[0]?.url.origin).toBe('https://other.test');
    expect(second.seen[0]?.headers.get('x-a')).toBe('1');
    expect(second.seen[0]?.headers.get('authorization')).toBe(`Bearer ${SECRET}`);
  });

  it('http face and proxy share the transport', async () => {
    const fetch = fakeFetch(() => json({ error: { code: 'unknown_provider' } }, 404), () => json({ upstream: true }));
    const nango = new Nango({ secretKey: SECRET, host, fetch, logLevel: 'off' });
    const result = await nango.http.GET('/providers/{provider}', { params: { path: { provider: 'github' } } });
    expect(result.response.status).toBe(404);
    expect(result.data).toBeUndefined();
    const proxied = await nango.proxy.get('/user', { connectionId: 'c', providerConfigKey: 'k' });
    expect(proxied.data).toEqual({ upstream: true });
    expect(fetch.seen.every((seen) => seen.headers.get('authorization') === `Bearer ${SECRET}`)).toBe(true);
  });

  it('keeps secrets out of enumeration, JSON and inspection', () => {
    const nango = new Nango({ secretKey: SECRET, host, fetch: fakeFetch(() => json({})), logLevel: 'off' });
    expect(inspect(nango, { depth: 6, showHidden: true })).not.toContain(SECRET);
    expect(JSON.stringify(Object.keys(nango))).not.toContain(SECRET);
    expect(Object.keys(nango)).toContain('connections');
  });

  it('refuses an invalid host and a missing credential', () => {
    expect(() => new Nango({ secretKey: SECRET, host: 'nope' })).toThrow(NangoValidationError);
    expect(() => new Nango({})).toThrow(NangoValidationError);
  });
});
