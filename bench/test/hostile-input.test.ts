/**
 * Property-based checks (10,000 cases each) that no identifier, whatever it contains, reaches beyond its own slot of
 * the request: path segments, query values and headers. A fetch that records the request stands in for the network.
 */
import fc from 'fast-check';
import { Nango, NangoValidationError } from '@nango-sdk/core';
import { describe, expect, it } from 'vitest';
import { recordingFetch } from './support/recording-fetch.js';
import { propertyOptions } from './support/short-report.js';

const HOST = 'https://api.example.test';
const RUNS = 10_000;

/** Strings made of the pieces that break naive URL and header building, plus plain random text and 10 kB strings. */
const piece = fc.constantFrom('/', '..', '.', '%2F', '%2f', '%2e%2e', '%', '%00', '?', '#', '&', '=', '+', ' ', '\r', '\n', '\r\n', '\t', '\\', '//', ';', ':', '@', 'é', 'ß', '日本', '😀', '\u2028', '\u0000', '\u007f', 'a', 'Z', '9', '-', '_', '~');
const hostile = fc.oneof(
  { weight: 5, arbitrary: fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join('')) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.tuple(piece, fc.nat({ max: 100 })).map(([p, n]) => `${p}${'x'.repeat(10_240 + n)}${p}`) },
);

function client(fetchImpl: (input: Request | URL | string, init?: RequestInit) => Promise<Response>): Nango {
  return new Nango({ secretKey: 'sk-hostile-input-test', host: HOST, fetch: fetchImpl, maxRetries: 0, logLevel: 'off' });
}

/** The header names a plain call sends; no identifier may add or remove one. */
async function baselineHeaderNames(): Promise<string[]> {
  const rec = recordingFetch({ records: [], next_cursor: null });
  await client(rec.fetch).records.list({ model: 'M', connectionId: 'c', providerConfigKey: 'p' });
  return [...rec.calls[0]!.headers.keys()].sort();
}

/** Values that no encoding keeps in place as a path segment: they must be refused. */
function isDotSegment(value: string): boolean {
  return value === '.' || value === '..';
}

/** Whether a header value can travel unchanged; anything else may be refused before sending. */
function headerSafe(value: string): boolean {
  return /^[\x21-\x7e\x80-\xff]([\x20-\x7e\x80-\xff]*[\x21-\x7e\x80-\xff])?$/.test(value);
}

describe('hostile identifiers', () => {
  it('a path parameter stays one segment: connections.get keeps /connections/{id} and its single query key', async () => {
    const rec = recordingFetch({});
    const nango = client(rec.fetch);
    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (connectionId, providerConfigKey) => {
        rec.reset();
        if (isDotSegment(connectionId)) {
          // URL parsing would drop or climb such a segment: the only safe answer is a refusal before sending.
          await expect(nango.connections.get({ connectionId, providerConfigKey })).rejects.toBeInstanceOf(NangoValidationError);
          expect(rec.calls).toHaveLength(0);
          return;
        }
        await nango.connections.get({ connectionId, providerConfigKey });
        expect(rec.calls).toHaveLength(1);
        const { url, method } = rec.calls[0]!;
        expect(method).toBe('GET');
        expect(url.origin).toBe(HOST);
        expect(url.hash).toBe('');
        const segments = url.pathname.split('/');
        expect(segments).toHaveLength(3);
        expect(segments[1]).toBe('connections');
        expect(decodeURIComponent(segments[2]!)).toBe(connectionId);
        expect([...url.searchParams.keys()]).toEqual(['provider_config_key']);
        expect(url.searchParams.get('provider_config_key')).toBe(providerConfigKey);
      }),
      propertyOptions(RUNS),
    );
  });

  it('two path parameters stay two segments: syncs.createVariant keeps /sync/{name}/variant/{variant}', async () => {
    const rec = recordingFetch({ id: 'x', name: 'n', variant: 'v' });
    const nango = client(rec.fetch);
    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (name, variant) => {
        rec.reset();
        if (isDotSegment(name) || isDotSegment(variant)) {
          const call = nango.syncs.createVariant({ name, variant, body: { provider_config_key: 'p', connection_id: 'c' } });
          await expect(call).rejects.toBeInstanceOf(NangoValidationError);
          expect(rec.calls).toHaveLength(0);
          return;
        }
        await nango.syncs.createVariant({ name, variant, body: { provider_config_key: 'p', connection_id: 'c' } });
        const { url } = rec.calls[0]!;
        expect(url.origin).toBe(HOST);
        const segments = url.pathname.split('/');
        expect(segments).toHaveLength(5);
        expect([segments[1], segments[3]]).toEqual(['sync', 'variant']);
        expect(decodeURIComponent(segments[2]!)).toBe(name);
        expect(decodeURIComponent(segments[4]!)).toBe(variant);
        expect(url.search).toBe('');
      }),
      propertyOptions(RUNS),
    );
  });

  it('header parameters travel unchanged or are refused before any fetch; CR/LF are always refused', async () => {
    const expectedNames = await baselineHeaderNames();
    const rec = recordingFetch({ records: [], next_cursor: null });
    const nango = client(rec.fetch);
    await fc.assert(
      fc.asyncProperty(hostile, hostile, hostile, async (connectionId, providerConfigKey, model) => {
        rec.reset();
        let refused: unknown;
        try {
          await nango.records.list({ model, connectionId, providerConfigKey });
        } catch (error) {
          refused = error;
        }
        if (refused !== undefined) {
          expect(refused).toBeInstanceOf(NangoValidationError);
          expect(rec.calls).toHaveLength(0);
          expect(headerSafe(connectionId) && headerSafe(providerConfigKey)).toBe(false);
          return;
        }
        expect(/[\r\n]/.test(connectionId + providerConfigKey)).toBe(false);
        const { url, headers } = rec.calls[0]!;
        expect(url.origin).toBe(HOST);
        expect(url.pathname).toBe('/records');
        expect([...url.searchParams.keys()]).toEqual(['model']);
        expect(url.searchParams.get('model')).toBe(model);
        expect([...headers.keys()].sort()).toEqual(expectedNames);
        expect(headers.get('connection-id')).toBe(connectionId);
        expect(headers.get('provider-config-key')).toBe(providerConfigKey);
      }),
      propertyOptions(RUNS),
    );
  });

  it('proxy paths never leave /proxy/ and keep the origin', async () => {
    const rec = recordingFetch({});
    const nango = client(rec.fetch);
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/')), async (path) => {
        rec.reset();
        try {
          await nango.proxy.get(path, { connectionId: 'c', providerConfigKey: 'p' });
        } catch (error) {
          expect(error).toBeInstanceOf(NangoValidationError);
          expect(rec.calls).toHaveLength(0);
          return;
        }
        expect(rec.calls).toHaveLength(1);
        const { url, headers } = rec.calls[0]!;
        expect(url.origin).toBe(HOST);
        expect(url.pathname.startsWith('/proxy/')).toBe(true);
        expect(headers.get('connection-id')).toBe('c');
        expect(headers.get('provider-config-key')).toBe('p');
      }),
      propertyOptions(RUNS),
    );
  });

  it('proxy headers with CR or LF are refused with NangoValidationError before any fetch', async () => {
    const rec = recordingFetch({});
    const nango = client(rec.fetch);
    const withBreak = fc.tuple(hostile, fc.constantFrom('\r', '\n', '\r\n'), hostile).map(([a, br, b]) => `${a}${br}${b}`);
    await fc.assert(
      fc.asyncProperty(withBreak, fc.boolean(), async (value, asName) => {
        rec.reset();
        const headers = asName ? { [value]: 'v' } : { 'X-Custom': value };
        await expect(nango.proxy.get('/user', { connectionId: 'c', providerConfigKey: 'p', headers })).rejects.toBeInstanceOf(NangoValidationError);
        await expect(nango.connections.get({ connectionId: 'c', providerConfigKey: 'p' }, { headers })).rejects.toBeInstanceOf(NangoValidationError);
        expect(rec.calls).toHaveLength(0);
      }),
      propertyOptions(RUNS),
    );
  });

  it('query values cannot add keys: integrations.get include[] and connections.list tags stay in their own keys', async () => {
    const rec = recordingFetch({ connections: [] });
    const nango = client(rec.fetch);
    await fc.assert(
      fc.asyncProperty(hostile, hostile, hostile, async (search, tagKey, tagValue) => {
        rec.reset();
        await nango.connections.list({ search, tags: { [tagKey]: tagValue } });
        const { url } = rec.calls[0]!;
        expect(url.origin).toBe(HOST);
        expect(url.pathname).toBe('/connections');
        const entries = [...url.searchParams.entries()];
        expect(entries).toContainEqual(['search', search]);
        expect(entries).toContainEqual([`tags[${tagKey}]`, tagValue]);
        expect(entries).toHaveLength(2);
      }),
      propertyOptions(RUNS),
    );
  });
});
