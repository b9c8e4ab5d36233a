import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createFakeNango, replyHandlerOf, type FakeNango } from '../fake/create-fake.js';
import type { FakeNangoOptions } from '../fake/options.js';
import type { Pipeline } from '../server/pipeline.js';
import { TextReply, type Reply } from '../server/reply.js';
import { apiError } from '../server/respond.js';
import { fromNodeRequest } from './node-incoming.js';
import { attachOAuthWebsocket } from './oauth-websocket.js';
import { loadProviderCatalog } from './providers.js';
import { toWebRequest, writeWebResponse } from './web-request.js';

export interface StartFakeNangoOptions extends FakeNangoOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Interface to bind (default `127.0.0.1`). */
  host?: string;
  /** Use an existing fake instead of creating one. */
  fake?: FakeNango;
  /** Answer the OAuth websocket, as Nango does (default true); `false` refuses upgrades, so clients fall back to `postMessage`. */
  websocket?: boolean;
}

export interface RunningFakeNango {
  /** Base URL, e.g. `http://127.0.0.1:53123`. */
  url: string;
  fake: FakeNango;
  close(): Promise<void>;
}

/** Starts the fake as a real HTTP server (`node:http`) on loopback. */
export async function startFakeNango(options: StartFakeNangoOptions = {}): Promise<RunningFakeNango> {
  const { port = 0, host = '127.0.0.1', fake: given, websocket: answerWebsocket = true, ...fakeOptions } = options;
  const fake = given ?? createFakeNango({ providers: loadProviderCatalog().catalog, ...fakeOptions });
  const sockets = new Set<import('node:net').Socket>();
  const reply = replyHandlerOf(fake);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void answer(fake, reply, req, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const websocket = answerWebsocket ? attachOAuthWebsocket(server, fake.state) : { close: () => undefined };
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  fake.baseUrl = url;
  return {
    url,
    fake,
    close: () =>
      new Promise<void>((resolve, reject) => {
        websocket.close();
        server.close((error) => (error ? reject(error) : resolve()));
        for (const socket of sockets) socket.destroy();
      }),
  };
}

/** Answers one Node request: straight through the pipeline for fakes made here, through `fake.handle` otherwise. */
async function answer(fake: FakeNango, reply: Pipeline['reply'] | undefined, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let out: Reply;
  try {
    if (reply) {
      out = await reply(fromNodeRequest(req, fake.baseUrl));
    } else {
      out = await fake.handle(toWebRequest(req, fake.baseUrl));
    }
  } catch (error) {
    // Methods the Fetch API forbids (TRACE, CONNECT) and unparsable targets match no route.
    out = error instanceof TypeError ? apiError(404, 'not_found', `Route ${req.method ?? ''} ${req.url ?? ''} not found`) : apiError(500, 'server_error', 'An unexpected error occurred');
  }
  if (out instanceof TextReply) writeTextReply(res, out);
  else await writeWebResponse(res, out);
}

/** Head and body leave in one write: a flat header list (no per-header object work) and `end` with the whole text. */
function writeTextReply(res: ServerResponse, reply: TextReply): void {
  const length = reply.text === null ? undefined : String(reply.byteLength ?? Buffer.byteLength(reply.text));
  const headers: string[] = [];
  const given = reply.headers;
  let placed = length === undefined;
  for (const name in given) {
    if (name === 'content-length' && length !== undefined) {
      headers.push(name, length);
      placed = true;
    } else headers.push(name, given[name]!);
  }
  if (!placed) headers.push('content-length', length!);
  res.writeHead(reply.status, headers);
  res.end(reply.text ?? undefined);
}
