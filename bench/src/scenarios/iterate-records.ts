/**
 * 100,000 records (pages of 1,000, `next_cursor` until null) through each client's iteration:
 * ours with `for await (const r of nango.records.list(...))`, the baseline a hand-written raw fetch cursor loop.
 * Heap is read after a forced GC at page 10 and at the end: it must not grow with the number of pages.
 */
import { clientLabels, type ClientName } from '../clients/types.js';
import { startFixtureServer } from '../servers/fixture-server.js';
import { firstErrorLine, runWorker } from '../spawn.js';
import { median, ratioText, round } from '../stats.js';
import { check, notMeasured, type Cell, type Section, type TargetCheck } from '../report/types.js';
import type { IterateInput, IterateResult } from '../workers/iterate.js';

export interface IterateOptions {
  readonly rounds: number;
  readonly total: number;
  readonly log: (line: string) => void;
}

const clients: ClientName[] = ['fetch', 'openapi-fetch', 'undici', 'official', 'ours-core', 'ours-node'];
const MB = 1024 * 1024;
/** Allowed heap difference between page 10 and the end: noise, not a page's worth per page. */
const HEAP_SLACK = 2 * MB;

export async function iterateRecords(options: IterateOptions): Promise<Section> {
  const pageSize = 1000;
  const server = await startFixtureServer({ total: options.total, pageSize });
  const samples = new Map<ClientName, IterateResult[]>();
  const failures = new Map<ClientName, string>();
  try {
    for (let round = 0; round < options.rounds; round += 1) {
      for (const client of clients) {
        if (failures.has(client)) continue;
        const input: IterateInput = { url: server.url, client, pageSize, total: options.total };
        try {
          const { result } = await runWorker<IterateResult>('iterate.ts', input, ['--expose-gc']);
          samples.set(client, [...(samples.get(client) ?? []), result]);
        } catch (error) {
          failures.set(client, firstErrorLine(error));
        }
      }
      options.log(`  iteration round ${round + 1}/${options.rounds} done`);
    }
  } finally {
    await server.close();
  }
  const base = samples.get('fetch') ?? [];
  const baseCpu = median(base.map((s) => s.cpuMs));
  const baseWall = median(base.map((s) => s.wallMs));
  const rows: Cell[][] = [];
  const targets: TargetCheck[] = [];
  for (const client of clients) {
    const s = samples.get(client);
    if (!s) {
      rows.push([clientLabels[client], null, null, null, null, null, null, `not measured: ${failures.get(client) ?? ''}`]);
      continue;
    }
    const cpu = median(s.map((x) => x.cpuMs));
    const wall = median(s.map((x) => x.wallMs));
    const h10 = median(s.map((x) => x.heapAtPage10));
    const hEnd = median(s.map((x) => x.heapAtEnd));
    rows.push([clientLabels[client], round(cpu, 0), round(cpu / baseCpu), round(wall, 0), round(wall / baseWall), round(h10 / MB), round(hEnd / MB), s.length]);
    if (client === 'ours-core') {
      targets.push(check('100k records, @nango-sdk/core iterator CPU vs raw fetch cursor loop', cpu / baseCpu, 1.05, ratioText(cpu / baseCpu), '≤ 1.05×'));
      const growth = Math.max(...s.map((x) => x.heapAtEnd - x.heapAtPage10));
      targets.push(check('heap growth from page 10 to page 100 (worst process)', growth, HEAP_SLACK, `${round(growth / MB)} MB`, `≤ ${HEAP_SLACK / MB} MB (flat)`));
    }
  }
  if (!samples.has('ours-core')) {
    targets.push(notMeasured('100k records, @nango-sdk/core iterator CPU vs raw fetch cursor loop', '≤ 1.05×', failures.get('ours-core') ?? 'no samples'));
    targets.push(notMeasured('heap growth from page 10 to page 100', `≤ ${HEAP_SLACK / MB} MB (flat)`, failures.get('ours-core') ?? 'no samples'));
  }
  return {
    id: 'iterate-records',
    title: `Iterating ${options.total.toLocaleString('en-US')} records`,
    description:
      `The loopback server serves ${options.total.toLocaleString('en-US')} records in pages of ${pageSize} with an opaque next_cursor until null. ` +
      'Raw fetch, openapi-fetch, undici and the official client use a hand-written cursor loop; ours uses `for await (const r of nango.records.list(...))`. ' +
      `One fresh process per client and round (--expose-gc); each process iterates once to warm up and once measured; ${options.rounds} rounds; medians. CPU and wall exclude the forced GCs. Heap = heapUsed after a full GC.`,
    columns: ['client', 'CPU ms', 'CPU vs fetch', 'wall ms', 'wall vs fetch', 'heap MB at page 10', 'heap MB at end', 'processes'],
    rows,
    targets,
    notes: [],
  };
}
