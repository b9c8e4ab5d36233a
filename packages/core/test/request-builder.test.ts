import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NangoValidationError } from '../src/errors.js';
import { encodePathSegment } from '../src/internal/encode.js';
import { buildRequest } from '../src/internal/request-builder.js';
import { makeCore } from './fixtures/core.js';
import { fakeFetch, json } from './fixtures/fake-fetch.js';
import type { OperationDef } from '../src/generated/contract.js';
import { operations } from '../src/generated/operations.js';
import { getConnection, listConnections, listFunctions, listRecords, syncStatus, triggerAction } from './fixtures/operations.js';

const HOST = 'https://api.test';

describe('path parameters', () => {
  it('keeps any value inside its segment (property)', () => {
    const tricky = fc.constantFrom('..', '.', '../', '/', '%2F', '?', '#', ' ', 'é', '😀', '%', '\\', '..%2F', '%2e%2e');
    const value = fc.oneof(fc.string({ unit: 'grapheme', minLength: 1 }), fc.array(tricky, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(value, (connectionId) => {
        if (connectionId === '.' || connectionId === '..') {
          expect(() => buildRequest(HOST, getConnection, { connectionId, providerConfigKey: 'k' })).toThrow(NangoValidationError);
          return;
        }
        const built = buildRequest(HOST, getConnection, { connectionId, providerConfigKey: 'k' });
        const url = new URL(built.url);
        expect(url.origin).toBe(HOST);
        const segments = url.pathname.split('/');
        expect(segments).toHaveLength(3);
        expect(segments[1]).toBe('connections');
        expect(decodeURIComponent(segments[2] as string)).toBe(connectionId);
        expect(url.hash).toBe('');
        expect([...url.searchParams.keys()]).toEqual(['provider_config_key']);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses dot segments, which URL parsers resolve even when percent-encoded', () => {
    expect(new URL('https://api.test/connections/%2E%2E').pathname).toBe('/');
    expect(() => encodePathSegment('..', 'connectionId')).toThrow(NangoValidationError);
    expect(() => encodePathSegment('.')).toThrow(NangoValidationError);
    expect(encodePathSegment('...')).toBe('...');
    expect(() => buildRequest(HOST, getConnection, { connectionId: '..', providerConfigKey: 'k' })).toThrow(/connectionId/);
  });

  it('encodes the usual suspects', () => {
    const cases: Record<string, string> = { '../': '..%2F', '/': '%2F', '%2F': '%252F', '?': '%3F', '#': '%23', 'a b': 'a%20b', 'é': '%C3%A9' };
    for (const [input, expected] of Object.entries(cases)) {
      expect(buildRequest(HOST, getConnection, { connectionId: input, providerConfigKey: 'k' }).url).toBe(
        `${HOST}/connections/${expected}?provider_config_key=k`,
      );
    }
  });

  it('refuses an empty path parameter', () => {
    expect(() => buildRequest(HOST, getConnection, { connectionId: '', providerConfigKey: 'k' })).toThrow(NangoValidationError);
  });
});

describe('query', () => {
  it('writes booleans as true/false and skips undefined', () => {
    const built = buildRequest(HOST, getConnection, { connectionId: 'c', providerConfigKey: 'k', forceRefresh: true, refreshToken: false });
    expect(built.url).toBe(`${HOST}/connections/c?provider_config_key=k&force_refresh=true&refresh_token=false`);
    const without = buildRequest(HOST, getConnection, { connectionId: 'c', providerConfigKey: 'k', forceRefresh: undefined });
    expect(without.url).toBe(`${HOST}/connections/c?provider_config_key=k`);
  });

  it('never sends unknown keys', () => {
    const built = buildRequest(HOST, getConnection, { connectionId: 'c', providerConfigKey: 'k', extra: 'x', provider_config_key: 'y' } as object);
    expect(built.url).toBe(`${HOST}/connections/c?provider_config_key=k`);
  });

  it('writes form arrays as repeated keys', () => {
    const built = buildRequest(HOST, listRecords, { model: 'M', connectionId: 'c', providerConfigKey: 'k', ids: ['a', 'b c', 'd&e'] });
    expect(new URL(built.url).searchParams.getAll('ids')).toEqual(['a', 'b c', 'd&e']);
    expect(built.url).toContain('ids=a&ids=b%20c&ids=d%26e');
  });

  it('writes comma lists as one value', () => {
    const built = buildRequest(HOST, syncStatus, { syncs: ['s1', 's2'], providerConfigKey: 'k' });
    expect(built.url).toBe(`${HOST}/sync/status?syncs=s1,s2&provider_config_key=k`);
  });

  it('writes tags as deepObject', () => {
    const built = buildRequest(HOST, listConnections, { tags: { team: 'core', 'end user': 'a&b', skip: undefined }, limit: 10 });
    expect(built.url).toBe(`${HOST}/connections?tags[team]=core&tags[end%20user]=a%26b&limit=10`);
  });

  it('round-trips arbitrary query strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 4 }), (model, ids) => {
        fc.pre(model !== '');
        const built = buildRequest(HOST, listRecords, { model, ids, connectionId: 'c', providerConfigKey: 'k' });
        const url = new URL(built.url);
        expect(url.searchParams.get('model')).toBe(model);
        expect(url.searchParams.getAll('ids')).toEqual(ids);
      }),
      { numRuns: 300 },
    );
  });
});

describe('headers and body', () => {
  it('puts header fields in headers and JSON-encodes the body', () => {
    const built = buildRequest(HOST, triggerAction, { connectionId: 'c', providerConfigKey: 'k', async: true, maxRetries: 3, body: { action_name: 'a' } });
    expect(built.method).toBe('POST');
    expect(Object.fromEntries(new Headers(built.headers))).toMatchObject({
      'connection-id': 'c',
      'provider-config-key': 'k',
      'x-async': 'true',
      'x-max-retries': '3',
      'content-type': 'application/json',
    });
    expect(built.body).toBe('{"action_name":"a"}');
  });

  it.each(['a\r\nb', 'a\nb', 'a\rb'])('refuses header value %j', (value) => {
    expect(() => buildRequest(HOST, triggerAction, { connectionId: value, providerConfigKey: 'k', body: {} })).toThrow(NangoValidationError);
  });
});

describe('required fields', () => {
  it('names the missing field and sends nothing', async () => {
    const fetch = fakeFetch(() => json({}));
    const { invoker } = makeCore({ fetch });
    const error = await invoker.call(getConnection, { connectionId: 'c' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NangoValidationError);
    expect((error as NangoValidationError).field).toBe('providerConfigKey');
    expect((error as Error).message).toContain('providerConfigKey');
    await expect(invoker.call(triggerAction, { connectionId: 'c', providerConfigKey: 'k' })).rejects.toMatchObject({ field: 'body' });
    await expect(invoker.call(listFunctions, undefined)).rejects.toMatchObject({ field: 'uniqueKey' });
    expect(fetch.seen).toHaveLength(0);
  });

  it('refuses a request that is not an object', () => {
    expect(() => buildRequest(HOST, getConnection, 'c' as unknown as object)).toThrow(NangoValidationError);
  });
});

describe('operation plans', () => {
  // The generated row, with a header field and a charset on the body's content type.
  const generated = operations['syncs.createVariant'];
  const variant: OperationDef = {
    ...generated,
    fields: [...generated.fields.filter((field) => field.in === 'path'), { name: 'connectionId', wire: 'Connection-Id', in: 'header', required: true, kind: 'string' }],
    bodyContentTypes: ['application/json; charset=utf-8'],
  };

  it('fills every placeholder of a row, and each call of a row with its own values', () => {
    const first = buildRequest(HOST, variant, { name: 'issues', variant: '{name}', connectionId: 'c1' });
    const second = buildRequest(HOST, variant, { name: 'a b', variant: 'v2', connectionId: 'c2' });
    expect(first.url).toBe(`${HOST}/sync/issues/variant/%7Bname%7D`);
    expect(first.headers).toEqual({ 'connection-id': 'c1', accept: 'application/json' });
    expect(first.method).toBe('POST');
    expect(second.url).toBe(`${HOST}/sync/a%20b/variant/v2`);
    expect(second.headers).toEqual({ 'connection-id': 'c2', accept: 'application/json' });
  });

  it('reads each table row on its own, even rows that share an id', () => {
    const renamed = { ...variant, httpMethod: 'put', path: '/other/{name}/{variant}', bodyContentTypes: undefined } as unknown as OperationDef;
    buildRequest(HOST, variant, { name: 'n', variant: 'v', connectionId: 'c' });
    const built = buildRequest(HOST, renamed, { name: 'n', variant: 'v', connectionId: 'c' });
    expect(built.method).toBe('PUT');
    expect(built.url).toBe(`${HOST}/other/n/v`);
  });

  it('uses the JSON content type the row lists for a body', () => {
    const withBody = { ...variant, fields: [...variant.fields, { name: 'body', wire: 'body', in: 'body', required: true, kind: 'object' }] } as unknown as OperationDef;
    const built = buildRequest(HOST, withBody, { name: 'n', variant: 'v', connectionId: 'c', body: { frequency: '1h' } });
    expect(built.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(built.body).toBe('{"frequency":"1h"}');
  });
});
