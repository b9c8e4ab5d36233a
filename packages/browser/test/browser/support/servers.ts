/**
 * Loopback server of the browser tests besides the fake Nango (which answers CORS itself): a second origin that
 * serves a page imitating Nango's messages plus the CDN build.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FOREIGN_PAGE } from './pages.js';

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
