import { describe, expect, it } from 'vitest';
import { AuthError, NangoBrowser, auth, type FetchFn } from '../../src/index.js';

const TOKEN = 'nango_connect_session_abc123';

interface Recorded {
  url: string;
  init: RequestInit;
}

function recorder(respond: (call: Recorded) => Response | Promise<Response>): { calls: Recorded[]; fetch: FetchFn } {
  const calls: Recorded[] = [];
  return {
    calls,
    fetch: async (url, init) => {
      const call = { url, init };
      calls.push(call);
      return respond(call);
    },
  };
}

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('headless auth', () => {
  it('POSTs the credentials as JSON with the token in the query and returns a typed result', async () => {
    const api = recorder(() => json(200, { providerConfigKey: 'stripe', connectionId: 'c 1' }));
    const nango = new NangoBrowser({ host: 'https://nango.example.com/', connectSessionToken: TOKEN, fetch: api.fetch });
    const result = await nango.auth('stripe', { connectionId: 'c 1', credentials: { apiKey: 'sk_provider' }, params: { region: 'eu', skip: undefined } });
    expect(result).toEqual({ providerConfigKey: 'stripe', connectionId: 'c 1' });
    expect(api.calls).toHaveLength(1);
    const [call] = api.calls;
    expect(call?.url).toBe(`https://nango.example.com/api-auth/api-key/stripe?connect_session_token=${TOKEN}&connection_id=c+1&params%5Bregion%5D=eu`);
    expect(call?.init.method).toBe('POST');
    expect(call?.init.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(JSON.parse(String(call?.init.body))).toEqual({ apiKey: 'sk_provider' });
  });

  it('leaves the type discriminator out of the body', async () => {
    const api = recorder(() => json(200, { provider_config_key: 'aws', connection_id: 'x', is_pending: true }));
    const result = await auth('aws', { sessionToken: TOKEN, host: 'https://h.example', fetch: api.fetch, credentials: { type: 'AWS_SIGV4', role_arn: 'arn:aws:iam::1:role/r', region: 'eu-west-1' } });
    expect(result).toEqual({ providerConfigKey: 'aws', connectionId: 'x', isPending: true });
    expect(api.calls[0]?.url).toMatch(/^https:\/\/h\.example\/auth\/aws-sigv4\/aws\?/);
    expect(JSON.parse(String(api.calls[0]?.init.body))).toEqual({ role_arn: 'arn:aws:iam::1:role/r', region: 'eu-west-1' });
  });

  it('encodes the integration id in the path', async () => {
    const api = recorder(() => json(200, { providerConfigKey: 'a/b', connectionId: 'c' }));
    await auth('a/b', { sessionToken: TOKEN, host: 'https://h.example', fetch: api.fetch, credentials: { username: 'u', password: 'p' } });
    expect(api.calls[0]?.url).toMatch(/^https:\/\/h\.example\/api-auth\/basic\/a%2Fb\?/);
  });

  it('rejects with the server error code, message and status', async () => {
    const api = recorder(() => json(400, { error: { code: 'invalid_credentials', message: 'The API key was refused' } }));
    const error = await auth('stripe', { sessionToken: TOKEN, host: 'https://h.example', fetch: api.fetch, credentials: { apiKey: 'bad' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ type: 'invalid_credentials', message: 'The API key was refused', status: 400 });
  });

  it('rejects with unknown_error on a non-JSON failure and network_error when fetch fails', async () => {
    const broken = recorder(() => new Response('<html>bad gateway</html>', { status: 502 }));
    await expect(auth('x', { sessionToken: TOKEN, fetch: broken.fetch, credentials: { apiKey: 'k' } })).rejects.toMatchObject({ type: 'unknown_error', status: 502 });
    const offline = recorder(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(auth('x', { sessionToken: TOKEN, fetch: offline.fetch, credentials: { apiKey: 'k' } })).rejects.toMatchObject({ type: 'network_error' });
  });

  it('ends with timeout or aborted instead of hanging', async () => {
    const hanging = recorder(
      ({ init }) =>
        new Promise<Response>((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    await expect(auth('x', { sessionToken: TOKEN, fetch: hanging.fetch, credentials: { apiKey: 'k' }, timeout: 30 })).rejects.toMatchObject({ type: 'timeout' });
    const controller = new AbortController();
    const flow = auth('x', { sessionToken: TOKEN, fetch: hanging.fetch, credentials: { apiKey: 'k' }, signal: controller.signal });
    controller.abort();
    await expect(flow).rejects.toMatchObject({ type: 'aborted' });
    await expect(auth('x', { sessionToken: TOKEN, fetch: hanging.fetch, credentials: { apiKey: 'k' }, signal: controller.signal })).rejects.toMatchObject({ type: 'aborted' });
  });

  it('never puts the session token in an error', async () => {
    const api = recorder(() => json(401, { error: { code: 'unknown_connect_session_token' } }));
    const error = await auth('x', { sessionToken: TOKEN, fetch: api.fetch, credentials: { apiKey: 'k' } }).catch((e: unknown) => e);
    expect(JSON.stringify(error) + String(error) + (error as Error).stack).not.toContain(TOKEN);
  });
});
