import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { NangoValidationError } from '../src/errors.js';
import { createClientCore, normalizeHost } from '../src/internal/client-core.js';
import { SECRET } from './fixtures/core.js';
import { fakeFetch, json } from './fixtures/fake-fetch.js';

interface MiniPaths {
  '/connections/{connectionId}': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query: { provider_config_key: string }; header?: never; path: { connectionId: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: { [name: string]: unknown }; content: { 'application/json': { id: string } } };
        404: { headers: { [name: string]: unknown }; content: { 'application/json': { error: { code: string } } } };
      };
    };
  };
}

describe('host', () => {
  it('defaults, strips trailing slashes and keeps a base path', () => {
    expect(normalizeHost(undefined)).toBe('https://api.nango.dev');
    expect(normalizeHost('http://localhost:3003/')).toBe('http://localhost:3003');
    expect(normalizeHost('https://proxy.example.com/nango//')).toBe('https://proxy.example.com/nango');
  });

  it.each(['not a url', 'ftp://x', 'https://x/?a=1', ''])('refuses %j', (host) => {
    expect(() => normalizeHost(host)).toThrow(NangoValidationError);
  });
});

describe('client core', () => {
  it('needs a credential', () => {
    expect(() => createClientCore({})).toThrow(NangoValidationError);
    expect(() => createClientCore({ secretKey: '  ' })).toThrow(NangoValidationError);
  });

  it('does not expose the secret through enumeration or inspection', () => {
    const core = createClientCore({ secretKey: SECRET, fetch: fakeFetch(() => json({})) });
    expect(inspect(core, { depth: 10, showHidden: true })).not.toContain(SECRET);
    expect(JSON.stringify(Object.keys(core))).not.toContain(SECRET);
  });

  it('nango.http shares the transport and never throws on HTTP errors', async () => {
    const fetch = fakeFetch(
      () => json({ error: { code: 'x' } }, 503),
      () => json({ error: { code: 'unknown_connection' } }, 404),
      () => json({ id: 'c1' }),
    );
    const core = createClientCore<MiniPaths>({ secretKey: SECRET, host: 'https://api.test', fetch, logLevel: 'off', retry: { random: () => 0 } });
    const failed = await core.http.GET('/connections/{connectionId}', { params: { path: { connectionId: 'a b' }, query: { provider_config_key: 'k' } } });
    expect(failed.error).toEqual({ error: { code: 'unknown_connection' } });
    expect(failed.response.status).toBe(404);
    expect(fetch.seen).toHaveLength(2);
    expect(fetch.seen[0]?.headers.get('authorization')).toBe(`Bearer ${SECRET}`);
    expect(fetch.seen[0]?.url.pathname).toBe('/connections/a%20b');
    const ok = await core.http.GET('/connections/{connectionId}', { params: { path: { connectionId: 'c1' }, query: { provider_config_key: 'k' } } });
    expect(ok.data?.id).toBe('c1');
  });

  it('nango.http honours the caller signal', async () => {
    const fetch = fakeFetch(() => json({ id: 'c1' }));
    const core = createClientCore<MiniPaths>({ secretKey: SECRET, host: 'https://api.test', fetch, logLevel: 'off' });
    await expect(
      core.http.GET('/connections/{connectionId}', { params: { path: { connectionId: 'c' }, query: { provider_config_key: 'k' } }, signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: 'NangoAbortError' });
    expect(fetch.seen).toHaveLength(0);
  });
});
