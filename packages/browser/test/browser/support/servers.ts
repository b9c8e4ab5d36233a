/**
 * Loopback servers of the browser tests: a front for the fake Nango that answers CORS exactly as Nango's
 * public API does (origin `*`, only the request headers Nango allows), and a second origin that serves a
 * page imitating Nango's messages plus the CDN build.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FOREIGN_PAGE } from './pages.js';

/** Request headers Nango's CORS policy allows (§1.3 of the API notes). */
export const CORS_ALLOWED_HEADERS = [
  'Authorization', 'Content-Type', 'Accept', 'Origin', 'X-Requested-With', 'Nango-Activity-Log-Id', 'Nango-Is-Dry-Run',
  'Nango-Is-Sync', 'Provider-Config-Key', 'Connection-Id', 'Sentry-Trace', 'Baggage',
];

/** One CORS preflight: the path and the request headers the page asked to send. */
export interface Preflight {
  path: string;
  requestedHeaders: string[];
}

export interface LoopbackServer {
  url: string;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<LoopbackServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function body(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length > 0 ? Buffer.concat(chunks) : undefined;
}

/** Forwards every request to `target`, adding Nango's CORS answers; records the preflights in `preflights`. */
export function startCorsFront(target: string, preflights: Preflight[]): Promise<LoopbackServer> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const path = req.url ?? '/';
      if (req.method === 'OPTIONS') {
        const requested = String(req.headers['access-control-request-headers'] ?? '');
        preflights.push({ path, requestedHeaders: requested ? requested.split(',').map((h) => h.trim().toLowerCase()) : [] });
        res.writeHead(204, {
          'access-control-allow-origin': '*',
          'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
          'access-control-allow-headers': CORS_ALLOWED_HEADERS.join(', '),
        });
        res.end();
        return;
      }
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string' && name !== 'host') headers.set(name, value);
      const raw = req.method === 'GET' || req.method === 'HEAD' ? undefined : await body(req);
      const payload = raw ? new Uint8Array(raw) : undefined;
      const upstream = await fetch(`${target}${path}`, { method: req.method ?? 'GET', headers, ...(payload ? { body: payload } : {}), redirect: 'manual' });
      const out: Record<string, string> = { 'access-control-allow-origin': '*' };
      upstream.headers.forEach((value, name) => {
        if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(name)) out[name] = value;
      });
      res.writeHead(upstream.status, out);
      res.end(Buffer.from(await upstream.arrayBuffer()));
    })().catch(() => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
  });
  return listen(server);
}

/** A second origin: `/foreign` imitates Nango's messages; `/cdn.js` serves the package's CDN build. */
export function startForeignOrigin(cdnFile: URL): Promise<LoopbackServer> {
  const server = createServer((req, res) => {
    void (async () => {
      if (req.url === '/cdn.js') {
        const file = await readFile(cdnFile, 'utf8').catch(() => undefined);
        if (file === undefined) {
          res.writeHead(404, { 'access-control-allow-origin': '*', 'content-type': 'text/plain' });
          res.end('dist/cdn.js is missing: run `pnpm --filter @nango-sdk/browser build` first');
          return;
        }
        res.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': 'text/javascript' });
        res.end(file);
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(FOREIGN_PAGE);
    })();
  });
  return listen(server);
}
