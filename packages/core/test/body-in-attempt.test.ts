import { describe, expect, it } from 'vitest';
import { Nango } from '../src/client.js';
import { NangoConnectionError, NangoError, NangoResponseParseError, NangoTimeoutError } from '../src/errors.js';
import type { ClientOptions } from '../src/options.js';
import { failure, jsonAnswer, resetMidBody, useScriptedServer } from './fixtures/scripted-server.js';

const SECRET = 'sk-body-in-attempt-canary';
const BODY = JSON.stringify({ id: 1, connection_id: 'c1', credentials: { access_token: 'tok-canary' } });

const server = useScriptedServer();
const ok = jsonAnswer(BODY);
const resetMidBodyAnswer = resetMidBody(BODY);

function nango(options: Partial<ClientOptions> = {}): Nango {
  return new Nango({ secretKey: SECRET, host: server.host, logLevel: 'off', retry: { initialDelay: 1, maxDelay: 5 }, ...options });
}

const request = { connectionId: 'c1', providerConfigKey: 'github' };

describe('the body is read inside the attempt', () => {
  it('a connection reset half-way through the body is retried and recovers', async () => {
    server.handlers = [resetMidBodyAnswer, ok];
    await expect(nango().connections.get(request)).resolves.toMatchObject({ id: 1 });
    expect(server.hits).toBe(2);
  });

  it('a reset on every attempt gives NangoConnectionError after 1 + maxRetries attempts', async () => {
    server.handlers = [resetMidBodyAnswer];
    const error = await failure(nango({ maxRetries: 2 }).connections.get(request));
    expect(error).toBeInstanceOf(NangoConnectionError);
    expect((error as Error).message).toMatch(/GET .*\/connections\/c1/);
    expect(server.hits).toBe(3);
  });

  it('the per-attempt timeout covers a body that is slower than it', async () => {
    server.handlers = [
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.flushHeaders();
        setTimeout(() => res.end(BODY), 600);
      },
    ];
    const started = Date.now();
    const error = await failure(nango({ timeout: 200, maxRetries: 0 }).connections.get(request));
    expect(error).toBeInstanceOf(NangoTimeoutError);
    expect(Date.now() - started).toBeLessThan(550);
    expect(server.hits).toBe(1);
  });
});

describe('success bodies that announce JSON but do not parse', () => {
  it.each([
    ['truncated', BODY.slice(0, 30)],
    ['malformed', '{"id": 1,, "access_token": "tok-canary"'],
  ])('a %s JSON body throws NangoResponseParseError, not retried, without the body', async (_kind, text) => {
    server.handlers = [
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'set-cookie': 'session=cookie-canary' });
        res.end(text);
      },
    ];
    const error = await failure(nango({ maxRetries: 2 }).connections.get(request));
    expect(error).toBeInstanceOf(NangoResponseParseError);
    expect(error).toBeInstanceOf(NangoError);
    const parseError = error as NangoResponseParseError;
    expect(parseError.status).toBe(200);
    expect(parseError.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(parseError.headers.get('set-cookie')).toBe('[REDACTED]');
    const serialised = JSON.stringify(parseError.toJSON()) + parseError.message + String(parseError.stack);
    expect(serialised).not.toContain('tok-canary');
    expect(serialised).not.toContain('cookie-canary');
    expect(server.hits).toBe(1);
  });

  it('a body that is not announced as JSON is still returned as text', async () => {
    server.handlers = [
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('plain words');
      },
    ];
    await expect(nango().connections.get(request)).resolves.toBe('plain words');
  });
});
