import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  makeAPIError,
  NangoAPIError,
  NangoAuthenticationError,
  NangoBadRequestError,
  NangoConflictError,
  NangoFailedDependencyError,
  NangoInternalServerError,
  NangoNotFoundError,
  NangoPermissionDeniedError,
  NangoRateLimitError,
  NangoUnprocessableEntityError,
} from '../src/errors.js';
import type { Logger } from '../src/logger.js';
import { createClientCore } from '../src/internal/client-core.js';
import { redactUrl, redactValue } from '../src/internal/redact.js';
import { SECRET } from './fixtures/core.js';
import { fakeFetch, json } from './fixtures/fake-fetch.js';
import { getConnection, triggerAction } from './fixtures/operations.js';

const CANARIES = {
  access_token: 'canary-access-1111',
  refresh_token: 'canary-refresh-2222',
  token: 'canary-token-3333',
  secret: 'canary-secret-4444',
  password: 'canary-password-5555',
  api_key: 'canary-apikey-6666',
  apiKey: 'canary-apikey-7777',
  client_secret: 'canary-clientsecret-8888',
  secret_key: 'canary-secretkey-9999',
  webhook_signing_key: 'canary-signing-aaaa',
  private_key: 'canary-private-bbbb',
  oauth_token_secret: 'canary-oauth1-cccc',
  connect_session_token: 'canary-session-dddd',
};
const ALL = [SECRET, ...Object.values(CANARIES)];

function leaks(text: string): string[] {
  return ALL.filter((canary) => text.includes(canary));
}

const body = {
  error: {
    code: 'invalid_credentials',
    message: `refresh failed for Bearer ${SECRET}`,
    payload: { credentials: { type: 'OAUTH2', ...CANARIES, raw: { nested: [{ ...CANARIES }] } }, connection_id: 'c1' },
  },
};

describe('error factory', () => {
  it.each([
    [400, NangoBadRequestError],
    [401, NangoAuthenticationError],
    [403, NangoPermissionDeniedError],
    [404, NangoNotFoundError],
    [409, NangoConflictError],
    [422, NangoUnprocessableEntityError],
    [424, NangoFailedDependencyError],
    [429, NangoRateLimitError],
    [500, NangoInternalServerError],
    [503, NangoInternalServerError],
    [418, NangoAPIError],
  ])('status %i gives %o', (status, type) => {
    const error = makeAPIError(status, { error: { code: 'x' } }, new Headers());
    expect(error).toBeInstanceOf(type);
    expect(error).toBeInstanceOf(NangoAPIError);
    expect(error.status).toBe(status);
    expect(error.name).toBe(type.name);
  });

  it('keeps the legacy { message } body', () => {
    expect(makeAPIError(400, { message: 'Missing sync name' }, new Headers()).message).toBe('400: Missing sync name');
  });

  it('keeps non-secret payload data', () => {
    const error = makeAPIError(424, body, new Headers());
    expect((error.payload as { connection_id: string }).connection_id).toBe('c1');
    expect((error.payload as { credentials: { type: string } }).credentials.type).toBe('OAUTH2');
  });
});

describe('no secret in errors', () => {
  it('message, toJSON, inspect, JSON.stringify and own properties are clean', () => {
    const headers = new Headers({ authorization: `Bearer ${SECRET}`, 'set-cookie': `s=${CANARIES.token}`, 'x-api-key': CANARIES.api_key });
    const error = makeAPIError(424, body, headers);
    const views = [error.message, JSON.stringify(error), JSON.stringify(error.toJSON()), inspect(error, { depth: 10 }), String(error), String(error.stack)];
    for (const view of views) expect(leaks(view)).toEqual([]);
    expect(leaks(JSON.stringify(error.payload))).toEqual([]);
    expect(leaks(JSON.stringify([...error.headers.entries()]))).toEqual([]);
  });

  it('redacts an upstream text body', () => {
    const error = makeAPIError(502, `<p>upstream said Bearer ${SECRET}</p>`, new Headers());
    expect(leaks(inspect(error))).toEqual([]);
  });

  it('errors thrown by the client carry no secret key', async () => {
    const fetch = fakeFetch(() => json(body, 424));
    const core = createClientCore({ secretKey: SECRET, host: 'https://api.test', fetch, logLevel: 'off' });
    const error = await core.invoker.call(getConnection, { connectionId: 'c', providerConfigKey: 'k' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NangoFailedDependencyError);
    expect(leaks(inspect(error, { depth: 10 }) + JSON.stringify(error))).toEqual([]);
  });
});

describe('no secret in connection errors', () => {
  it('keeps the code of a network failure but not its raw cause', async () => {
    const failure = Object.assign(new TypeError(`fetch failed Bearer ${SECRET}`), { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED', secret: SECRET }) });
    const fetch = fakeFetch(() => {
      throw failure;
    });
    const core = createClientCore({ secretKey: SECRET, host: 'https://api.test', fetch, logLevel: 'off', maxRetries: 0 });
    const error = (await core.invoker.call(getConnection, { connectionId: 'c', providerConfigKey: 'k' }).catch((e: unknown) => e)) as Error;
    expect(error.message).toContain('ECONNREFUSED');
    expect((error.cause as { code?: string }).code).toBe('ECONNREFUSED');
    expect(error.cause).not.toBe(failure);
    expect(leaks(inspect(error, { depth: 10, showHidden: true }) + inspect(error.cause, { depth: 10, showHidden: true }) + error.message)).toEqual([]);
  });
});

describe('no secret in logs', () => {
  it('every log line at debug level is clean', async () => {
    const lines: string[] = [];
    const record = (level: string) => (message: string, details?: Record<string, unknown>) => {
      lines.push(`${level} ${message} ${JSON.stringify(details)}`);
    };
    const logger: Logger = { error: record('error'), warn: record('warn'), info: record('info'), debug: record('debug') };
    const fetch = fakeFetch(
      () => json(body, 503),
      () => {
        throw new TypeError(`connect failed Bearer ${SECRET}`);
      },
      () => json(body, 424),
    );
    const core = createClientCore(
      { secretKey: SECRET, host: 'https://api.test', fetch, logger, logLevel: 'debug', retry: { random: () => 0 } },
      { sleep: async () => undefined },
    );
    await core.invoker.call(getConnection, { connectionId: 'c', providerConfigKey: 'k' }).catch(() => undefined);
    await core.invoker.call(triggerAction, { connectionId: 'c', providerConfigKey: 'k', body: { action_name: 'a', input: { ...CANARIES } } }).catch(() => undefined);
    await core.transport.fetch(`https://api.test/x?connect_session_token=${CANARIES.connect_session_token}`).catch(() => undefined);
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.some((line) => line.includes('[REDACTED]'))).toBe(true);
    for (const line of lines) expect(leaks(line)).toEqual([]);
  });

  it('logs nothing below the level; NANGO_LOG sets the level', async () => {
    const lines: string[] = [];
    const logger: Logger = { error: (m) => lines.push(m), warn: (m) => lines.push(m), info: (m) => lines.push(m), debug: (m) => lines.push(m) };
    const fetch = fakeFetch(() => json({}));
    const quiet = createClientCore({ secretKey: SECRET, host: 'https://api.test', fetch, logger, logLevel: 'off' });
    await quiet.invoker.call(getConnection, { connectionId: 'c', providerConfigKey: 'k' });
    expect(lines).toEqual([]);
    process.env['NANGO_LOG'] = 'debug';
    try {
      const loud = createClientCore({ secretKey: SECRET, host: 'https://api.test', fetch, logger });
      await loud.invoker.call(getConnection, { connectionId: 'c', providerConfigKey: 'k' });
      expect(lines.length).toBeGreaterThan(0);
    } finally {
      delete process.env['NANGO_LOG'];
    }
  });
});

describe('redaction helpers', () => {
  it('redacts sensitive names in any case and nesting', () => {
    expect(redactValue({ AccessToken: 'a', nested: { 'X-Api-Key': 'b', list: [{ jwtToken: 'c' }] }, unique_key: 'keep', provider_config_key: 'keep' })).toEqual({
      AccessToken: '[REDACTED]',
      nested: { 'X-Api-Key': '[REDACTED]', list: [{ jwtToken: '[REDACTED]' }] },
      unique_key: 'keep',
      provider_config_key: 'keep',
    });
  });

  it('redacts token query values', () => {
    expect(redactUrl('https://h/x?connect_session_token=abc&page=2')).toBe('https://h/x?connect_session_token=[REDACTED]&page=2');
  });

  it('survives cycles', () => {
    const a: Record<string, unknown> = { token: 'x' };
    a['self'] = a;
    expect(redactValue(a)).toEqual({ token: '[REDACTED]', self: '[Truncated]' });
  });
});
