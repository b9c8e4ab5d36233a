/**
 * Throughput of the fake's HTTP face against a bare node:http server that returns the very same response (status,
 * headers and body, captured from the fake; only the date differs), for
 * GET /connections/{id} and a 100-record GET /records page. Each server runs in its own fresh process per round
 * (interleaved); the load comes from this process with 16 requests in flight. Figures: requests per second (wall) and
 * the server process's CPU per request; the capacity ratio compares CPU per request.
 */
import { BENCH_CONNECTION_ID, BENCH_INTEGRATION, BENCH_MODEL, BENCH_SECRET_KEY } from '../fixtures/connection.js';
import { createPool, hammer, send, type LoadRequest } from '../load-client.js';
import { startServerProcess } from '../server-process.js';
import { median, ratioText, round } from '../stats.js';
import { check, notMeasured, type Cell, type Section, type TargetCheck } from '../report/types.js';
import type { Served, ServerInput } from '../workers/throughput-server.js';

const auth = { authorization: `Bearer ${BENCH_SECRET_KEY}` };
const routes: Record<'connection' | 'records', { label: string; request: LoadRequest }> = {
  connection: {
    label: 'GET /connections/{id}',
    request: { method: 'GET', path: `/connections/${BENCH_CONNECTION_ID}?provider_config_key=${BENCH_INTEGRATION}`, headers: auth },
  },
  records: {
    label: 'GET /records (100 records)',
    request: { method: 'GET', path: `/records?model=${BENCH_MODEL}&limit=100`, headers: { ...auth, 'connection-id': BENCH_CONNECTION_ID, 'provider-config-key': BENCH_INTEGRATION } },
  },
};

export async function fakeThroughput(options: { rounds: number; requests: number; log: (line: string) => void }): Promise<Section> {
  const concurrency = 16;
  const samples = new Map<string, { rps: number[]; cpu: number[] }>();
  let bodies: { connection: Served; records: Served } | undefined;
  let failure: string | undefined;
  try {
    for (let round = 0; round < options.rounds; round += 1) {
      const order: ('fake' | 'bare')[] = round % 2 === 0 ? ['fake', 'bare'] : ['bare', 'fake'];
      if (!bodies) order.sort((a) => (a === 'fake' ? -1 : 1));
      for (const kind of order) {
        const input: ServerInput = { kind, records: 100, ...(kind === 'bare' ? { bodies: bodies! } : {}) };
        const server = await startServerProcess(input);
        const pool = createPool(server.url, concurrency);
        try {
          if (!bodies) {
            const c = await send(pool, routes.connection.request);
            const r = await send(pool, routes.records.request);
            if (c.status !== 200 || r.status !== 200) throw new Error(`the seeded fake answered ${c.status}/${r.status}: ${c.body.slice(0, 200)} ${r.body.slice(0, 200)}`);
            bodies = { connection: { body: c.body, headers: c.headers }, records: { body: r.body, headers: r.headers } };
          }
          for (const [id, route] of Object.entries(routes)) {
            await hammer(pool, route.request, Math.ceil(options.requests / 5), concurrency);
            server.startCpu();
            const wall = await hammer(pool, route.request, options.requests, concurrency);
            const { cpuUs } = await server.readCpu();
            const key = `${id}|${kind}`;
            const entry = samples.get(key) ?? { rps: [], cpu: [] };
            entry.rps.push((options.requests * 1000) / wall);
            entry.cpu.push(cpuUs / options.requests);
            samples.set(key, entry);
          }
        } finally {
          await pool.close();
          await server.stop();
        }
      }
      options.log(`  throughput round ${round + 1}/${options.rounds} done`);
    }
  } catch (error) {
    failure = (error as Error).message.slice(0, 300);
  }
  const rows: Cell[][] = [];
  const targets: TargetCheck[] = [];
  for (const [id, route] of Object.entries(routes)) {
    const bare = samples.get(`${id}|bare`);
    const fake = samples.get(`${id}|fake`);
    if (!bare || !fake) {
      rows.push([route.label, null, null, null, null, null, null, `not measured: ${failure ?? 'no samples'}`]);
      targets.push(notMeasured(`fake throughput, ${route.label}, vs bare node:http`, '≥ 0.70×', failure ?? 'no samples'));
      continue;
    }
    const bareRps = median(bare.rps);
    const fakeRps = median(fake.rps);
    const bareCpu = median(bare.cpu);
    const fakeCpu = median(fake.cpu);
    const capacity = bareCpu / fakeCpu;
    const bytes = bodies ? Buffer.byteLength(id === 'connection' ? bodies.connection.body : bodies.records.body) : null;
    rows.push([route.label, bytes, round(bareRps, 0), round(fakeRps, 0), round(fakeRps / bareRps), round(bareCpu, 1), round(fakeCpu, 1), round(capacity)]);
    targets.push(check(`fake throughput, ${route.label}: capacity (server CPU per request) vs bare node:http`, capacity, 0.7, ratioText(capacity), '≥ 0.70×', true));
    targets.push(check(`fake throughput, ${route.label}: requests/s (wall) vs bare node:http`, fakeRps / bareRps, 0.7, ratioText(fakeRps / bareRps), '≥ 0.70×', true));
  }
  return {
    id: 'fake-throughput',
    title: "The fake's HTTP throughput",
    description:
      "startFakeNango (seeded with one connection and 100 records) against a bare node:http server that returns the exact response the fake returned (its headers and body, precomputed). " +
      `Each server runs in a fresh process per round (${options.rounds} rounds, interleaved); ${options.requests} measured requests per route after a warm-up, ` +
      `${concurrency} in flight from an undici Pool in the parent process. Capacity = bare CPU per request ÷ fake CPU per request (server process only).`,
    columns: ['route', 'body bytes', 'bare req/s', 'fake req/s', 'req/s ratio', 'bare CPU µs/req', 'fake CPU µs/req', 'capacity ratio'],
    rows,
    targets,
    notes: [],
  };
}
