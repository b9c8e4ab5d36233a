/**
 * Child process with IPC: serves either the fake Nango (seeded) or a bare node:http server that returns given bodies,
 * and reports its own CPU time between `start` and `stop` messages.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seedFake, startFake } from '../fake-api.js';
import { workerInput } from '../spawn.js';

export interface ServerInput {
  readonly kind: 'fake' | 'bare';
  /** For `bare`: the exact bodies and content types to serve per route. */
  readonly bodies?: { readonly connection: Served; readonly records: Served };
  readonly records: number;
}

export interface Served {
  readonly body: string;
  /** The response's own headers (those node:http does not add itself), sent as they are. */
  readonly headers: readonly (readonly [string, string])[];
}

export type ServerMessage = { type: 'ready'; url: string } | { type: 'cpu'; cpuUs: number; rss: number } | { type: 'error'; message: string };

const input = workerInput<ServerInput>();
const send = (m: ServerMessage): void => void process.send!(m);

async function startBare(bodies: NonNullable<ServerInput['bodies']>): Promise<{ url: string; close: () => Promise<void> }> {
  // Header lists are flattened once, as a server that answers from a cache would.
  const head = (served: Served): string[] => [...served.headers.flat(), 'content-length', String(Buffer.byteLength(served.body))];
  const connection = { body: bodies.connection.body, head: head(bodies.connection) };
  const records = { body: bodies.records.body, head: head(bodies.records) };
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const served = path.startsWith('/connections/') ? connection : path === '/records' ? records : undefined;
    if (!served || !req.headers.authorization) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"error":{"code":"not_found"}}');
      return;
    }
    res.writeHead(200, served.head);
    res.end(served.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

try {
  let url: string;
  if (input.kind === 'fake') {
    const running = await startFake();
    seedFake(running, input.records);
    url = running.url;
  } else url = (await startBare(input.bodies!)).url;
  let cpu0 = process.cpuUsage();
  process.on('message', (m: { type: 'start' | 'stop' | 'rss' | 'exit' }) => {
    if (m.type === 'start') cpu0 = process.cpuUsage();
    else if (m.type === 'stop' || m.type === 'rss') {
      const d = process.cpuUsage(cpu0);
      send({ type: 'cpu', cpuUs: d.user + d.system, rss: process.memoryUsage().rss });
    } else if (m.type === 'exit') process.exit(0);
  });
  send({ type: 'ready', url });
} catch (error) {
  send({ type: 'error', message: (error as Error).message });
  process.exit(1);
}
