/**
 * Canary scan: unique values stand in for the secret key, OAuth tokens, a connect session token and a webhook
 * signing key. Every kind of failure is driven with logging at debug level into a capturing logger, and every error
 * message, stack, toJSON(), util.inspect() and log line is scanned for the canaries.
 */
import { inspect } from 'node:util';
import { Nango, NangoError, signWebhookBody, verifyWebhook } from '@nango-sdk/core';
import { Nango as NodeNango } from '@nango-sdk/node';
import { afterEach, describe, expect, it } from 'vitest';
import { canaries, capturingLogger, leaks, renderings } from './support/canaries.js';

type Responder = (request: Request) => Response | Promise<Response>;

const tokenBody = {
  credentials: {
    type: 'OAUTH2',
    access_token: canaries.accessToken,
    refresh_token: canaries.refreshToken,
    raw: { access_token: canaries.accessToken, refresh_token: canaries.refreshToken, client_secret: canaries.clientSecret },
  },
};

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

let captured = capturingLogger();
afterEach(() => {
  captured = capturingLogger();
});

function client(respond: Responder, extra: Record<string, unknown> = {}): Nango {
  return new Nango({
    secretKey: canaries.secretKey,
    host: 'https://api.example.test',
    fetch: async (input: Request | URL | string, init?: RequestInit) => respond(input instanceof Request ? input : new Request(input, init)),
    maxRetries: 1,
    retry: { initialDelay: 1, maxDelay: 2, budget: 50 },
    timeout: 200,
    logger: captured.logger,
    logLevel: 'debug',
    ...extra,
  } as ConstructorParameters<typeof Nango>[0]);
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

function expectNoLeak(error: unknown): void {
  expect(error).toBeInstanceOf(NangoError);
  expect(leaks([...renderings(error), ...captured.lines])).toEqual([]);
  expect(captured.lines.length).toBeGreaterThan(0);
}

const get = (nango: Nango) => nango.connections.get({ connectionId: 'c1', providerConfigKey: 'github' });

describe('secrets never leak through errors or logs', () => {
  const statuses = [400, 401, 403, 404, 409, 422, 424, 429, 500, 502, 503, 504];
  for (const status of statuses) {
    it(`HTTP ${status} whose body carries tokens and echoes the Authorization header`, async () => {
      const error = await failure(
        get(
          client((req) =>
            json(
              status,
              {
                error: {
                  code: 'canary_case',
                  message: `rejected ${req.headers.get('authorization') ?? ''}`,
                  payload: { ...tokenBody, upstream: { status, headers: { authorization: req.headers.get('authorization') }, body: tokenBody } },
                  errors: [{ code: 'invalid', path: ['credentials', 'access_token'], message: 'bad token', access_token: canaries.accessToken }],
                },
              },
              { 'retry-after': '0' },
            ),
          ),
        ),
      );
      expectNoLeak(error);
    });
  }

  it('an HTML error page from a gateway that echoes the bearer token', async () => {
    const error = await failure(
      get(client((req) => new Response(`<html><body>502 Bad Gateway for ${req.headers.get('authorization')}</body></html>`, { status: 502, headers: { 'content-type': 'text/html' } }))),
    );
    expectNoLeak(error);
  });

  it('a timeout', async () => {
    const error = await failure(
      get(
        client(
          (req) =>
            new Promise<Response>((_, reject) => {
              req.signal.addEventListener('abort', () => reject(new DOMException(`aborted ${canaries.secretKey}`, 'AbortError')));
            }),
          { timeout: 20, maxRetries: 0 },
        ),
      ),
    );
    expectNoLeak(error);
  });

  it('an abort by the caller', async () => {
    const controller = new AbortController();
    const nango = client(
      (req) =>
        new Promise<Response>((_, reject) => {
          req.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          setTimeout(() => controller.abort(new Error(`caller gave up ${canaries.secretKey}`)), 5);
        }),
    );
    const error = await failure(nango.connections.get({ connectionId: 'c1', providerConfigKey: 'github' }, { signal: controller.signal }));
    expectNoLeak(error);
  });

  it('a connection error whose cause quotes the request headers', async () => {
    const error = await failure(
      get(
        client(() => {
          throw new TypeError('fetch failed', { cause: new Error(`connect ECONNREFUSED; sent Authorization: Bearer ${canaries.secretKey}`) });
        }),
      ),
    );
    expectNoLeak(error);
  });

  it('a request body with credentials that the server rejects', async () => {
    const nango = client(() => json(400, { error: { code: 'invalid_body', message: 'rejected' } }));
    const error = await failure(
      nango.connections.create({
        body: {
          provider_config_key: 'github',
          connection_id: 'c1',
          credentials: { type: 'OAUTH2', access_token: canaries.accessToken, refresh_token: canaries.refreshToken },
        },
      } as Parameters<Nango['connections']['create']>[0]),
    );
    expectNoLeak(error);
  });

  it('a successful call returning credentials, logged at debug', async () => {
    const nango = client(() => json(200, { connection_id: 'c1', ...tokenBody }));
    const connection = (await get(nango)) as { credentials: { access_token: string } };
    expect(connection.credentials.access_token).toBe(canaries.accessToken);
    expect(captured.lines.length).toBeGreaterThan(0);
    expect(leaks(captured.lines)).toEqual([]);
  });

  it('a secret key given as a function', async () => {
    const nango = client(() => json(401, { error: { code: 'unknown_account' } }), { secretKey: async () => canaries.secretKey });
    expectNoLeak(await failure(get(nango)));
  });

  it('a connect session token that the server rejects', async () => {
    const nango = client(() => json(401, { error: { code: 'invalid_connect_session_token' } }), { secretKey: undefined, connectSessionToken: canaries.sessionToken });
    expectNoLeak(await failure(nango.connectSessions.get()));
  });

  it('validation errors: a missing field and a header with a line break', async () => {
    const nango = client(() => json(200, {}));
    const missing = await failure(nango.connections.get({ connectionId: 'c1' } as Parameters<Nango['connections']['get']>[0]));
    const header = await failure(
      nango.connections.get({ connectionId: 'c1', providerConfigKey: 'github' }, { headers: { 'x-api-key': `${canaries.apiKey}\r\nInjected: 1` } }),
    );
    const proxy = await failure(nango.proxy.get('/user', { connectionId: 'c1', providerConfigKey: 'github', headers: { authorization: `Bearer ${canaries.accessToken}\n` } }));
    for (const error of [missing, header, proxy]) {
      expect(error).toBeInstanceOf(NangoError);
      expect(leaks(renderings(error))).toEqual([]);
    }
  });

  it('a secret key that cannot travel in a header', async () => {
    const nango = client(() => json(200, {}), { secretKey: `${canaries.secretKey}\n` });
    const error = await failure(get(nango));
    expect(error).toBeInstanceOf(NangoError);
    expect(leaks(renderings(error))).toEqual([]);
  });

  it('webhook verification failures', async () => {
    const body = JSON.stringify({ type: 'auth', connectionId: 'c1', ...tokenBody });
    const good = await signWebhookBody(body, canaries.signingKey);
    const attempts = [
      () => verifyWebhook(body, { 'x-nango-hmac-sha256': good.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) }, { signingKeys: canaries.signingKey }),
      () => verifyWebhook(body, {}, { signingKeys: [canaries.signingKey] }),
      () => verifyWebhook(`${body} `, { 'x-nango-hmac-sha256': good }, { signingKeys: canaries.signingKey }),
      () => verifyWebhook(body, { 'x-nango-hmac-sha256': 'zz' }, { signingKeys: canaries.signingKey }),
      () => verifyWebhook(JSON.parse(body) as string, { 'x-nango-hmac-sha256': good }, { signingKeys: canaries.signingKey }),
    ];
    for (const attempt of attempts) {
      const error = await failure(attempt());
      expect(error).toBeInstanceOf(NangoError);
      expect(leaks(renderings(error))).toEqual([]);
    }
  });

  it('the client itself does not reveal its credentials when inspected or serialised', () => {
    const nango = client(() => json(200, {}), { connectSessionToken: canaries.sessionToken });
    expect(leaks([inspect(nango, { depth: 6 }), String(nango), JSON.stringify(nango) ?? ''])).toEqual([]);
  });

  it('the Node client: webhook failures, API errors and inspection', async () => {
    const nango = new NodeNango({
      secretKey: canaries.secretKey,
      webhookSigningKey: canaries.signingKey,
      previousWebhookSigningKey: `${canaries.signingKey}-previous`,
      host: 'https://api.example.test',
      fetch: async () => json(401, { error: { code: 'unknown_account', message: 'no', payload: tokenBody } }),
      maxRetries: 0,
      logger: captured.logger,
      logLevel: 'debug',
    });
    const body = JSON.stringify({ type: 'auth', ...tokenBody });
    const webhookErrors = [
      await failure(nango.webhooks.verify({ body, headers: { 'x-nango-hmac-sha256': 'a'.repeat(64) } })),
      await failure(nango.webhooks.verify(new Request('http://localhost/hook', { method: 'POST', body, headers: { 'x-nango-hmac-sha256': 'nothex' } }))),
      await failure(nango.webhooks.verify({ body: Buffer.from(body), headers: {} })),
    ];
    const apiError = await failure(nango.connections.get({ connectionId: 'c1', providerConfigKey: 'github' }));
    for (const error of [...webhookErrors, apiError]) {
      expect(error).toBeInstanceOf(NangoError);
      expect(leaks(renderings(error))).toEqual([]);
    }
    expect(leaks(captured.lines)).toEqual([]);
    expect(leaks([inspect(nango, { depth: 6 }), JSON.stringify(nango) ?? '', inspect(nango.webhooks, { depth: 6 })])).toEqual([]);
  });
});
