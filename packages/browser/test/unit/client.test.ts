import { describe, expect, it } from 'vitest';
import { NangoAuthenticationError, NangoConnectionError } from '@nango-sdk/core';
import { AuthError, InvalidSessionTokenError, NangoBrowser, auth, createNangoBrowser, type FetchFn } from '../../src/index.js';

const TOKEN = 'nango_connect_session_def456';

describe('NangoBrowser', () => {
  it('refuses secret-key options and secret-looking tokens at runtime', () => {
    for (const key of ['secretKey', 'apiKey', 'publicKey']) {
      expect(() => new NangoBrowser({ [key]: 'anything' } as never)).toThrow(InvalidSessionTokenError);
    }
    expect(() => createNangoBrowser({ connectSessionToken: '8c3f4a51-4b2e-4f0e-9a7d-2b1c3e4d5f60' })).toThrow(/looks like a Nango secret key/);
    const nango = new NangoBrowser();
    expect(() => nango.setSessionToken('sk_live_123')).toThrow(InvalidSessionTokenError);
  });

  it('rejects a bad host with invalid_host_url', () => {
    expect(() => new NangoBrowser({ host: 'not a url' })).toThrow(AuthError);
    expect(() => new NangoBrowser({ host: 'ftp://nango.example' })).toThrow(expect.objectContaining({ type: 'invalid_host_url' }));
    expect(new NangoBrowser({ host: 'https://nango.example///' }).host).toBe('https://nango.example');
    expect(new NangoBrowser().host).toBe('https://api.nango.dev');
  });

  it('asks for a token before any flow or call', async () => {
    const nango = new NangoBrowser();
    await expect(nango.auth('github', { credentials: { apiKey: 'k' } })).rejects.toMatchObject({ type: 'missing_connect_session_token' });
    await expect(nango.getSession()).rejects.toMatchObject({ type: 'missing_connect_session_token' });
    await expect(nango.deleteSession()).rejects.toBeInstanceOf(AuthError);
    await expect(auth('github', { sessionToken: 'sk_test_x', credentials: { apiKey: 'k' } })).rejects.toBeInstanceOf(InvalidSessionTokenError);
  });

  it('makes session-token calls with only Authorization and Accept, and typed errors from core', async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const fetch: FetchFn = async (url, init) => {
      calls.push({ url, init });
      if (url.endsWith('/integrations')) return new Response(JSON.stringify({ error: { code: 'unknown_connect_session_token', message: 'Unknown' } }), { status: 401 });
      if (init.method === 'DELETE') return new Response(null, { status: 204 });
      return new Response(JSON.stringify({ data: [] }), { status: 200 });
    };
    const nango = new NangoBrowser({ host: 'https://h.example', connectSessionToken: TOKEN, fetch });
    await expect(nango.listProviders({ search: 'git hub' })).resolves.toEqual({ data: [] });
    await expect(nango.getSession()).resolves.toEqual({ data: [] });
    await expect(nango.deleteSession()).resolves.toBeUndefined();
    const error = await nango.listIntegrations().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NangoAuthenticationError);
    expect(error).toMatchObject({ status: 401, code: 'unknown_connect_session_token' });
    expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual([
      'GET https://h.example/providers?search=git+hub',
      'GET https://h.example/connect/session',
      'DELETE https://h.example/connect/session',
      'GET https://h.example/integrations',
    ]);
    for (const call of calls) expect(call.init.headers).toEqual({ Authorization: `Bearer ${TOKEN}`, Accept: 'application/json' });
  });

  it('reports an unreachable API as NangoConnectionError', async () => {
    const nango = new NangoBrowser({ connectSessionToken: TOKEN, fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    await expect(nango.getSession()).rejects.toBeInstanceOf(NangoConnectionError);
  });
});
