/**
 * A loopback `node:http` server answering the two benchmark routes with fixed JSON:
 * `GET /connections/{id}` (about 2 KB) and `GET /records` (pages of `pageSize` records out of `total`).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connectionFullJson } from '../fixtures/connection.js';
import { indexOf, pageJson } from '../fixtures/records.js';

export interface FixtureServerOptions {
  /** Records in the whole collection. */
  readonly total: number;
  /** Records per page. */
  readonly pageSize: number;
}

export interface RunningServer {
  readonly url: string;
  /** Requests answered so far. */
  requests(): number;
  close(): Promise<void>;
}

export async function startFixtureServer(options: FixtureServerOptions): Promise<RunningServer> {
  const connection = connectionFullJson();
  const pages = new Map<number, string>();
  let requests = 0;
  const server: Server = createServer((req, res) => {
    requests += 1;
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!req.headers.authorization) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end('{"error":{"code":"missing_auth_header"}}');
      return;
    }
    let body: string | undefined;
    if (req.method === 'GET' && url.pathname.startsWith('/connections/')) body = connection;
    else if (req.method === 'GET' && (url.pathname === '/records' || url.pathname === '/records/')) {
      const cursor = url.searchParams.get('cursor');
      const start = cursor ? indexOf(cursor) : 0;
      body = pages.get(start);
      if (body === undefined) {
        body = pageJson(start, options.pageSize, options.total);
        pages.set(start, body);
      }
    }
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"error":{"code":"not_found"}}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
