/**
 * Consumer type-check: `tsc --noEmit -p consumers/<client>` for an application making the same five calls, with and
 * without `--skipLibCheck`, against the same application typed by hand over fetch (`no-sdk`).
 */
import { join } from 'node:path';
import { benchDir, repoRoot } from '../spawn.js';
import { median, round } from '../stats.js';
import { timeProcess } from '../measure-process.js';
import type { Cell, Section } from '../report/types.js';

const consumers = [
  { dir: 'no-sdk', label: 'no SDK (fetch + hand-written types)' },
  { dir: 'official', label: '@nangohq/node 0.71.10 (official)' },
  { dir: 'ours', label: '@nango-sdk/node (ours)' },
] as const;

/** `TS7016 in @nangohq/types/dist/agent/toolSearch.d.ts: Could not find …`, short enough for a table cell. */
function describeError(line: string): string {
  const match = /^(.*?)\(\d+,\d+\): error (TS\d+): (.*)$/.exec(line.trim());
  if (!match) return line.slice(0, 160);
  const file = match[1]!.replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '');
  return `${match[2]} in ${file}: ${match[3]!.slice(0, 100)}`;
}

export function consumerTypecheck(options: { rounds: number; log: (line: string) => void }): Section {
  const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  const runs = new Map<string, { wall: number[]; cpu: number[]; errors: number; firstError: string }>();
  for (let i = 0; i < options.rounds; i += 1) {
    for (const skip of [true, false]) {
      for (const c of consumers) {
        const key = `${c.dir}|${skip}`;
        const t = timeProcess(process.execPath, [tsc, '--noEmit', '-p', join(benchDir, 'consumers', c.dir), '--skipLibCheck', String(skip)]);
        const errors = t.output.split('\n').filter((l) => /error TS\d+/.test(l));
        const entry = runs.get(key) ?? { wall: [], cpu: [], errors: 0, firstError: '' };
        entry.wall.push(t.wallMs);
        entry.cpu.push(t.cpuMs);
        entry.errors = errors.length;
        entry.firstError = describeError(errors[0] ?? '');
        runs.set(key, entry);
      }
    }
    options.log(`  type-check round ${i + 1}/${options.rounds} done`);
  }
  const rows: Cell[][] = [];
  for (const skip of [true, false]) {
    const base = runs.get(`no-sdk|${skip}`)!;
    const baseCpu = median(base.cpu);
    const baseWall = median(base.wall);
    for (const c of consumers) {
      const r = runs.get(`${c.dir}|${skip}`)!;
      const cpu = median(r.cpu);
      const wall = median(r.wall);
      rows.push([
        c.label,
        skip ? 'yes' : 'no',
        round(cpu, 0),
        round(cpu / baseCpu),
        round(wall, 0),
        round(wall / baseWall),
        r.errors,
        r.errors > 0 ? r.firstError : '',
      ]);
    }
  }
  return {
    id: 'consumer-typecheck',
    title: 'Consumer type-check of five calls',
    description:
      'Each fixture in bench/consumers/ makes the same five calls (get a connection, list records, trigger an action, create a connect session, proxy a GET) ' +
      'and is checked with `tsc --noEmit` (strict, NodeNext) with `--skipLibCheck true` and `false`; the baseline is the same application typed by hand over fetch. ' +
      `${options.rounds} processes per row, interleaved; medians. A fixture with type errors is still timed; its errors are listed.`,
    columns: ['consumer', 'skipLibCheck', 'CPU ms', 'CPU vs no SDK', 'wall ms', 'wall vs no SDK', 'type errors', 'first error'],
    rows,
    targets: [],
    notes: [],
  };
}
