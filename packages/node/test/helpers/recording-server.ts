import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the loopback server saw it. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  readonly body: Buffer;
  json(): unknown;
}

/** What a handler answers; `body` objects are sent as JSON. */
export interface CannedResponse {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

export type Handler = (request: RecordedRequest) => CannedResponse | Promise<CannedResponse>;

/** A loopback HTTP server that records every request and answers with a handler. */
export interface RecordingServer {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Sockets opened by clients so far. */
  connections(): number;
  setHandler(handler: Handler): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, canned: CannedResponse): void {
  const status = canned.status ?? 200;
  const headers = { ...(canned.headers ?? {}) };
  let payload: string | Buffer | undefined;
  if (canned.body === undefined) payload = undefined;
  else if (typeof canned.body === 'string' || Buffer.isBuffer(canned.body)) payload = canned.body;
  else {
    payload = JSON.stringify(canned.body);
    headers['content-type'] ??= 'application/json';
  }
  res.writeHead(status, headers);
  res.end(payload);
}

/** Starts a recording server on 127.0.0.1 with a random port. */
export async function startRecordingServer(handler: Handler = () => ({ body: {} })): Promise<RecordingServer> {
  let current = handler;
  let sockets = 0;
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
        json: () => JSON.parse(body.toString('utf8')) as unknown,
      };
      requests.push(recorded);
      try {
        send(res, await current(recorded));
      } catch (error) {
        send(res, { status: 500, body: { error: { code: 'test_handler_failed', message: String(error) } } });
      }
    })();
  });
  server.on('connection', () => sockets++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    connections: () => sockets,
    setHandler: (next) => {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
