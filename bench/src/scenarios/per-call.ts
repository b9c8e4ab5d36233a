/**
 * Per-call cost of `connections.get` (about 2 KB) and a 100-record `records.list` page, sequential and 64 in flight,
 * for every client against one loopback server. Each (client, call, mode) runs in `rounds` fresh processes,
 * interleaved so that drift on a shared machine hits every client alike; figures are medians.
 */
import { clientLabels, type ClientName } from '../clients/types.js';
import { startFixtureServer } from '../servers/fixture-server.js';
import { firstErrorLine, runWorker } from '../spawn.js';
import { median, ratioText, round } from '../stats.js';
import { check, notMeasured, type Cell, type Section, type TargetCheck } from '../report/types.js';
import type { PerCallInput, PerCallResult } from '../workers/per-call.js';

export interface PerCallOptions {
  readonly rounds: number;
  readonly calls: { readonly connection: number; readonly records: number };
  readonly log: (line: string) => void;
}

const clients: ClientName[] = ['fetch', 'fetch-timeout', 'openapi-fetch', 'undici', 'official', 'ours-core', 'ours-core-no-timeout', 'ours-node'];
const cases = [
  { op: 'connection', inFlight: 1, label: 'connections.get, sequential' },
  { op: 'connection', inFlight: 64, label: 'connections.get, 64 in flight' },
  { op: 'records', inFlight: 1, label: 'records page (100), sequential' },
  { op: 'records', inFlight: 64, label: 'records page (100), 64 in flight' },
] as const;

export async function perCall(options: PerCallOptions): Promise<Section> {
  const server = await startFixtureServer({ total: 100, pageSize: 100 });
  const samples = new Map<string, { cpu: number[]; wall: number[] }>();
  const failures = new Map<string, string>();
  try {
    for (let round = 0; round < options.rounds; round += 1) {
      for (const c of cases) {
        for (const client of clients) {
          if (failures.has(`${c.label}|${client}`)) continue;
          const calls = options.calls[c.op];
          const input: PerCallInput = { url: server.url, client, op: c.op, inFlight: c.inFlight, calls, warmup: Math.ceil(calls / 5) };
          try {
            const { result } = await runWorker<PerCallResult>('per-call.ts', input);
            const key = `${c.label}|${client}`;
            const entry = samples.get(key) ?? { cpu: [], wall: [] };
            entry.cpu.push(result.cpuUsPerCall);
            entry.wall.push(result.wallUsPerCall);
            samples.set(key, entry);
          } catch (error) {
            failures.set(`${c.label}|${client}`, firstErrorLine(error));
            options.log(`  ${client} failed: ${(error as Error).message.slice(0, 300)}`);
          }
        }
      }
      options.log(`  per-call round ${round + 1}/${options.rounds} done`);
    }
  } finally {
    await server.close();
  }

  const rows: Cell[][] = [];
  const targets: TargetCheck[] = [];
  const notes: string[] = [];
  for (const c of cases) {
    const base = samples.get(`${c.label}|fetch`);
    const baseCpu = base ? median(base.cpu) : Number.NaN;
    const baseWall = base ? median(base.wall) : Number.NaN;
    for (const client of clients) {
      const s = samples.get(`${c.label}|${client}`);
      if (!s) {
        rows.push([c.label, clientLabels[client], null, null, null, null, `not measured: ${failures.get(`${c.label}|${client}`) ?? 'no samples'}`]);
        continue;
      }
      const cpu = median(s.cpu);
      const wall = median(s.wall);
      rows.push([c.label, clientLabels[client], round(cpu, 1), round(cpu / baseCpu), round(wall, 1), round(wall / baseWall), s.cpu.length]);
    }
    const timed = samples.get(`${c.label}|fetch-timeout`);
    const unsignalled = samples.get(`${c.label}|ours-core-no-timeout`);
    if (timed && unsignalled) {
      notes.push(
        `${c.label}: a per-call timeout alone (raw fetch + AbortController + timer) costs ${ratioText(median(timed.cpu) / baseCpu)} of raw fetch; ` +
          `@nango-sdk/core with \`timeout: Infinity\` (no signal handed to fetch) ${ratioText(median(unsignalled.cpu) / baseCpu)}.`,
      );
    }
    const ours = samples.get(`${c.label}|ours-core`);
    const what = `${c.label}: @nango-sdk/core CPU per call vs raw fetch`;
    if (ours) {
      const r = median(ours.cpu) / baseCpu;
      targets.push(check(what, r, 1.1, ratioText(r), '≤ 1.10×'));
    } else targets.push(notMeasured(what, '≤ 1.10×', failures.get(`${c.label}|ours-core`) ?? 'no samples'));
  }
  return {
    id: 'per-call',
    title: 'Per call: connections.get and a 100-record page',
    description:
      `A loopback node:http server answers GET /connections/{id} with a fixed ${'~2 KB'} ConnectionFull and GET /records with a fixed 100-record page. ` +
      `Each client makes ${options.calls.connection} connection calls / ${options.calls.records} page calls after a warm-up of a fifth of that, ` +
      `in a fresh process per (client, call, mode), ${options.rounds} rounds interleaved; medians. CPU is the client process's user+system time ` +
      '(process.cpuUsage), so the server does not count. Ratios are against raw fetch measured in the same run.',
    columns: ['call', 'client', 'CPU µs/call', 'CPU vs fetch', 'wall µs/call', 'wall vs fetch', 'processes'],
    rows,
    targets,
    notes,
  };
}
