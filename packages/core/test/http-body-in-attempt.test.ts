import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Nango } from '../src/client.js';
import { NangoConnectionError, NangoTimeoutError } from '../src/errors.js';
import type { ClientOptions } from '../src/options.js';

type Handler = (req: IncomingMessage, res: ServerResponse, index: number) => void;

const SECRET = 'sk-http-body-canary';
const BODY = JSON.stringify({ name: 'github', display_name: 'GitHub', auth_mode: 'OAUTH2' });

let server: Server;
let host: string;
let handlers: Handler[] = [];
let hits = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const index = hits++;
    const handler = handlers[Math.min(index, handlers.length - 1)];
    handler?.(req, res, index);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  hits = 0;
  handlers = [];
});

const ok: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BODY) });
  res.end(BODY);
};

/** Sends the headers and part of the announced body, then drops the connection. */
const resetMidBody: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BODY) });
  res.write(BODY.slice(0, 20));
  setTimeout(() => res.socket?.destroy(), 10);
};

/** Sends the headers at once and the body after `ms`. */
function slowBody(ms: number): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write(BODY.slice(0, 10));
    setTimeout(() => res.end(BODY.slice(10)), ms);
  };
}

function nango(options: Partial<ClientOptions> = {}): Nango {
  return new Nango({ secretKey: SECRET, host, logLevel: 'off', retry: { initialDelay: 1, maxDelay: 5 }, ...options });
}

const provider = { params: { path: { provider: 'github' } } } as const;

async function failure(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => undefined,
    (reason: unknown) => reason,
  );
}

describe('nango.http reads the body inside the attempt', () => {
  it('a connection reset half-way through the body of a GET is retried and recovers', async () => {
    handlers = [resetMidBody, ok];
    const result = await nango().http.GET('/providers/{provider}', provider);
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual(JSON.parse(BODY));
    expect(result.response.status).toBe(200);
    expect(result.response.url).toBe(`${host}/providers/github`);
    expect(hits).toBe(2);
  });

  it('a reset on every attempt rejects with NangoConnectionError after 1 + maxRetries attempts', async () => {
    handlers = [resetMidBody];
    const error = await failure(nango({ maxRetries: 2 }).http.GET('/providers/{provider}', provider));
    expect(error).toBeInstanceOf(NangoConnectionError);
    expect((error as Error).message).toMatch(/GET .*\/providers\/github/);
    expect(JSON.stringify(error) + String((error as Error).stack)).not.toContain(SECRET);
    expect(hits).toBe(3);
  });

  it('a reset mid-body of a POST is not retried and rejects with NangoConnectionError', async () => {
    handlers = [resetMidBody, ok];
    const error = await failure(nango({ maxRetries: 2 }).http.POST('/environments', { body: { name: 'staging' } }));
    expect(error).toBeInstanceOf(NangoConnectionError);
    expect(hits).toBe(1);
  });

  it('the per-attempt timeout covers a body that is slower than it', async () => {
    handlers = [slowBody(600)];
    const started = Date.now();
    const error = await failure(nango({ timeout: 200, maxRetries: 0 }).http.GET('/providers/{provider}', provider));
    expect(error).toBeInstanceOf(NangoTimeoutError);
    expect(Date.now() - started).toBeLessThan(550);
    expect(hits).toBe(1);
  });
});

describe('nango.http results', () => {
  it('a JSON success gives { data }', async () => {
    handlers = [ok];
    const result = await nango().http.GET('/providers/{provider}', provider);
    expect(result.data).toEqual(JSON.parse(BODY));
    expect(result.error).toBeUndefined();
    expect(result.response.headers.get('content-type')).toBe('application/json');
  });

  it('an error status gives { error } without throwing', async () => {
    const envelope = JSON.stringify({ error: { code: 'unknown_provider', message: 'No such provider' } });
    handlers = [
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
    handlers = [
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
    handlers = [slowBody(400)];
    const result = await nango({ timeout: 200, maxRetries: 0 }).http.GET('/providers/{provider}', { ...provider, parseAs: 'stream' });
    expect(result.data).toBeInstanceOf(ReadableStream);
    const text = await new Response(result.data as ReadableStream<Uint8Array>).text();
    expect(JSON.parse(text)).toEqual(JSON.parse(BODY));
    expect(hits).toBe(1);
  });
});
