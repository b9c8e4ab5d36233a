import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A stand-in for a provider API: answers `GET /repos/demo/issues` and echoes what it received. */
export interface Upstream {
  readonly url: string;
  readonly seen: { path: string; authorization: string | undefined }[];
  close(): Promise<void>;
}

export async function startUpstream(): Promise<Upstream> {
  const seen: Upstream['seen'] = [];
  const server: Server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', authorization: req.headers.authorization });
    res.writeHead(200, { 'content-type': 'application/json', 'x-upstream': 'demo' });
    res.end(JSON.stringify([{ number: 1, title: 'Proxy works' }, { number: 2, title: 'Through Nango' }]));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
