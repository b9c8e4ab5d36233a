/**
 * Bounded load on the fake's HTTP face: a fixed arrival rate (open loop: requests are sent on schedule whether or not
 * earlier ones finished) for a fixed time, mixing reads (connections.get), record pages and writes (metadata set and
 * update). Reports errors, latency percentiles and the fake process's RSS at start, middle and end.
 */
import { BENCH_CONNECTION_ID, BENCH_INTEGRATION, BENCH_MODEL, BENCH_SECRET_KEY } from '../fixtures/connection.js';
import { createPool, type LoadRequest } from '../load-client.js';
import { startServerProcess } from '../server-process.js';
import { percentile, round } from '../stats.js';
import { check, notMeasured, type Cell, type Section, type TargetCheck } from '../report/types.js';

const auth = { authorization: `Bearer ${BENCH_SECRET_KEY}` };
const json = { ...auth, 'content-type': 'application/json' };
const recordHeaders = { ...auth, 'connection-id': BENCH_CONNECTION_ID, 'provider-config-key': BENCH_INTEGRATION };

function requestFor(i: number): { kind: string; request: LoadRequest } {
  const slot = i % 10;
  if (slot < 4) return { kind: 'read', request: { method: 'GET', path: `/connections/${BENCH_CONNECTION_ID}?provider_config_key=${BENCH_INTEGRATION}`, headers: auth } };
  if (slot < 7) return { kind: 'records', request: { method: 'GET', path: `/records?model=${BENCH_MODEL}&limit=100`, headers: recordHeaders } };
  const body = JSON.stringify({ connection_id: BENCH_CONNECTION_ID, provider_config_key: BENCH_INTEGRATION, metadata: { counter: i, note: `write ${i}` } });
  return { kind: 'write', request: { method: slot === 7 ? 'POST' : 'PATCH', path: '/connections/metadata', headers: json, body } };
}

export async function loadTest(options: { seconds: number; rate: number; log: (line: string) => void }): Promise<Section> {
  const targets: TargetCheck[] = [];
  const rows: Cell[][] = [];
  const rssRows: Cell[][] = [];
  const notes: string[] = [];
  let server;
  try {
    server = await startServerProcess({ kind: 'fake', records: 1000 });
  } catch (error) {
    const message = (error as Error).message.slice(0, 300);
    targets.push(notMeasured('errors under load', '0', message));
    return { id: 'load', title: `The fake under load`, description: 'Not measured: the fake did not start.', columns: ['note'], rows: [[message]], targets, notes };
  }
  const pool = createPool(server.url, 64);
  const latencies = new Map<string, number[]>();
  const errors: string[] = [];
  const rss: { at: number; mb: number }[] = [];
  const interval = 1000 / options.rate;
  const total = Math.round(options.seconds * options.rate);
  const inFlight = new Set<Promise<void>>();
  const t0 = performance.now();
  rss.push({ at: 0, mb: (await server.readCpu()).rss / 1024 / 1024 });
  let nextRss = 1000;
  for (let i = 0; i < total; i += 1) {
    const due = t0 + i * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const { kind, request } = requestFor(i);
    const started = performance.now();
    const p = pool
      .request({ method: request.method, path: request.path, headers: request.headers, body: request.body ?? null })
      .then(async (res) => {
        await res.body.dump();
        if (res.statusCode >= 400) errors.push(`${request.method} ${request.path.split('?')[0]} → ${res.statusCode}`);
        const list = latencies.get(kind) ?? [];
        list.push(performance.now() - started);
        latencies.set(kind, list);
      })
      .catch((error: Error) => void errors.push(`${request.method} ${request.path.split('?')[0]} → ${error.message}`))
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
    const elapsed = performance.now() - t0;
    if (elapsed >= nextRss) {
      nextRss += 1000;
      server.readCpu().then(({ rss: r }) => rss.push({ at: elapsed, mb: r / 1024 / 1024 }), () => undefined);
    }
  }
  await Promise.all(inFlight);
  const elapsedS = (performance.now() - t0) / 1000;
  rss.push({ at: elapsedS * 1000, mb: (await server.readCpu()).rss / 1024 / 1024 });
  await pool.close();
  await server.stop();
  options.log(`  load done: ${total} requests in ${elapsedS.toFixed(1)} s, ${errors.length} errors`);

  const all: number[] = [];
  for (const [kind, list] of [...latencies.entries()].sort()) {
    const sorted = [...list].sort((a, b) => a - b);
    all.push(...list);
    rows.push([kind, list.length, round(percentile(sorted, 50)), round(percentile(sorted, 95)), round(percentile(sorted, 99)), round(sorted[sorted.length - 1] ?? Number.NaN)]);
  }
  const sortedAll = all.sort((a, b) => a - b);
  rows.push(['all', all.length, round(percentile(sortedAll, 50)), round(percentile(sortedAll, 95)), round(percentile(sortedAll, 99)), round(sortedAll[sortedAll.length - 1] ?? Number.NaN)]);
  rss.sort((a, b) => a.at - b.at);
  const start = rss[0]!.mb;
  const middle = rss[Math.floor(rss.length / 2)]!.mb;
  const end = rss[rss.length - 1]!.mb;
  rssRows.push([round(start, 1), round(middle, 1), round(end, 1)]);
  targets.push(check('errors under load', errors.length, 0, String(errors.length), '0'));
  const growth = (end - middle) / middle;
  targets.push(check('RSS from middle to end of the run', growth, 0.1, `${round(middle, 1)} → ${round(end, 1)} MB (${(growth * 100).toFixed(1)}%)`, '≤ +10% (flat)'));
  if (errors.length > 0) notes.push(`First errors: ${[...new Set(errors)].slice(0, 5).join('; ')}`);
  notes.push(`RSS of the fake process (MB): start ${round(start, 1)}, middle ${round(middle, 1)}, end ${round(end, 1)}; sampled every second (${rss.length} samples).`);
  return {
    id: 'load',
    title: 'The fake under load',
    description:
      `\`pnpm bench --load\`: startFakeNango in its own process, seeded with one connection and 1,000 records; ${options.rate} requests/s for ${options.seconds} s ` +
      `(${total} requests, open loop from an undici Pool of 64 connections): 40% GET /connections/{id}, 30% GET /records (100), 30% metadata writes ` +
      '(POST and PATCH /connections/metadata). Latency in ms from send to the end of the body.',
    columns: ['kind', 'requests', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'],
    rows,
    targets,
    notes,
  };
}
