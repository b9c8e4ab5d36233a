import { describe, expect, it } from 'vitest';
import { Nango } from '../src/client.js';
import { NangoConnectionError, NangoTimeoutError } from '../src/errors.js';
import type { ClientOptions } from '../src/options.js';
import { failure, jsonAnswer, resetMidBody, useScriptedServer, type Handler } from './fixtures/scripted-server.js';

const SECRET = 'sk-http-body-canary';
const BODY = JSON.stringify({ name: 'github', display_name: 'GitHub', auth_mode: 'OAUTH2' });

const server = useScriptedServer();
const ok = jsonAnswer(BODY);
const resetMidBodyAnswer = resetMidBody(BODY);

/** Sends the headers at once and the body after `ms`. */
function slowBody(ms: number): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write(BODY.slice(0, 10));
    setTimeout(() => res.end(BODY.slice(10)), ms);
  };
}

function nango(options: Partial<ClientOptions> = {}): Nango {
  return new Nango({ secretKey: SECRET, host: server.host, logLevel: 'off', retry: { initialDelay: 1, maxDelay: 5 }, ...options });
}

const provider = { params: { path: { provider: 'github' } } } as const;

describe('nango.http reads the body inside the attempt', () => {
  it('a connection reset half-way through the body of a GET is retried and recovers', async () => {
    server.handlers = [resetMidBodyAnswer, ok];
    const result = await nango().http.GET('/providers/{provider}', provider);
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual(JSON.parse(BODY));
    expect(result.response.status).toBe(200);
    expect(result.response.url).toBe(`${server.host}/providers/github`);
    expect(server.hits).toBe(2);
  });

  it('a reset on every attempt rejects with NangoConnectionError after 1 + maxRetries attempts', async () => {
    server.handlers = [resetMidBodyAnswer];
    const error = await failure(nango({ maxRetries: 2 }).http.GET('/providers/{provider}', provider));
    expect(error).toBeInstanceOf(NangoConnectionError);
    expect((error as Error).message).toMatch(/GET .*\/providers\/github/);
    expect(JSON.stringify(error) + String((error as Error).stack)).not.toContain(SECRET);
    expect(server.hits).toBe(3);
  });

  it('a reset mid-body of a POST is not retried and rejects with NangoConnectionError', async () => {
    server.handlers = [resetMidBodyAnswer, ok];
    const error = await failure(nango({ maxRetries: 2 }).http.POST('/environments', { body: { name: 'staging' } }));
    expect(error).toBeInstanceOf(NangoConnectionError);
    expect(server.hits).toBe(1);
  });

  it('the per-attempt timeout covers a body that is slower than it', async () => {
    server.handlers = [slowBody(600)];
    const started = Date.now();
    const error = await failure(nango({ timeout: 200, maxRetries: 0 }).http.GET('/providers/{provider}', provider));
    expect(error).toBeInstanceOf(NangoTimeoutError);
    expect(Date.now() - started).toBeLessThan(550);
    expect(server.hits).toBe(1);
  });
});

describe('nango.http results', () => {
  it('a JSON success gives { data }', async () => {
    server.handlers = [ok];
    const result = await nango().http.GET('/providers/{provider}', provider);
    expect(result.data).toEqual(JSON.parse(BODY));
    expect(result.error).toBeUndefined();
    expect(result.response.headers.get('content-type')).toBe('application/json');
  });

  it('an error status gives { error } without throwing', async () => {
    const envelope = JSON.stringify({ error: { code: 'unknown_provider', message: 'No such provider' } });
    server.handlers = [
      (_req, res) => {
        res.writeHead(404, 'Not Found', { 'content-type': 'application/json' });
        res.end(envelope);
      },
    ];
    const result = await nango().http.GET('/providers/{provider}', provider);
    expect(result.data).toBeUndefined();
    expect(result.error).toEqual(JSON.parse(envelope));
    expect(result.response.status).toBe(404);
    expect(result.response.statusText).toBe('Not Found');
  });

  it('a 204 gives { data: undefined }', async () => {
    server.handlers = [
      (_req, res) => {
        res.writeHead(204);
        res.end();
      },
    ];
    const result = await nango().http.DELETE('/integrations/{uniqueKey}', { params: { path: { uniqueKey: 'github' } } });
    expect(result.response.status).toBe(204);
    expect(result.data).toBeUndefined();
    expect(result.error).toBeUndefined();
  });
});

describe("nango.http with parseAs: 'stream'", () => {
  it('returns the body as a stream that may outlast the per-attempt timeout', async () => {
    server.handlers = [slowBody(400)];
    const result = await nango({ timeout: 200, maxRetries: 0 }).http.GET('/providers/{provider}', { ...provider, parseAs: 'stream' });
    expect(result.data).toBeInstanceOf(ReadableStream);
    const text = await new Response(result.data as ReadableStream<Uint8Array>).text();
    expect(JSON.parse(text)).toEqual(JSON.parse(BODY));
    expect(server.hits).toBe(1);
  });
});
