/**
 * Cold start: `node -e "import('<package>')"` against `node -e 0`, each a fresh process, interleaved; medians.
 * Wall time is measured around the process; CPU is what the process reports at exit (process.cpuUsage).
 */
import { median, round } from '../stats.js';
import { timeProcess } from '../measure-process.js';
import { check, notMeasured, type Cell, type Section, type TargetCheck } from '../report/types.js';

const subjects = ['@nango-sdk/core', '@nango-sdk/node', '@nango-sdk/browser', '@nango-sdk/testing', 'openapi-fetch', 'undici', '@nangohq/node'] as const;

export function coldImport(options: { rounds: number; log: (line: string) => void }): Section {
  const runs = new Map<string, { wall: number[]; cpu: number[]; error?: string }>();
  const all = ['(node -e 0)', ...subjects];
  for (let i = 0; i < options.rounds; i += 1) {
    for (const subject of all) {
      const entry = runs.get(subject) ?? { wall: [], cpu: [] };
      runs.set(subject, entry);
      if (entry.error) continue;
      const code = subject === '(node -e 0)' ? '0' : `import(${JSON.stringify(subject)}).catch((e) => { console.error(e.message); process.exitCode = 1 })`;
      const t = timeProcess(process.execPath, ['-e', code]);
      if (t.status !== 0) {
        entry.error = t.output.trim().split('\n')[0] ?? 'failed';
        continue;
      }
      entry.wall.push(t.wallMs);
      entry.cpu.push(t.cpuMs);
    }
  }
  options.log('  cold import done');
  const base = runs.get('(node -e 0)')!;
  const baseWall = median(base.wall);
  const baseCpu = median(base.cpu);
  const rows: Cell[][] = [];
  const targets: TargetCheck[] = [];
  for (const subject of all) {
    const r = runs.get(subject)!;
    if (r.error || r.wall.length === 0) {
      rows.push([subject, null, null, null, null, `not measured: ${r.error ?? ''}`]);
      continue;
    }
    const wall = median(r.wall);
    const cpu = median(r.cpu);
    rows.push([subject, round(wall, 1), round(wall - baseWall, 1), round(cpu, 1), round(cpu - baseCpu, 1), r.wall.length]);
  }
  const node = runs.get('@nango-sdk/node')!;
  if (node.wall.length > 0) {
    const delta = median(node.wall) - baseWall;
    targets.push(check('cold import of @nango-sdk/node over node -e 0 (wall)', delta, 15, `+${round(delta, 1)} ms`, '≤ +15 ms'));
  } else targets.push(notMeasured('cold import of @nango-sdk/node over node -e 0 (wall)', '≤ +15 ms', node.error ?? 'no samples'));
  return {
    id: 'cold-import',
    title: 'Cold import',
    description:
      `Each row is \`node -e "import('<package>')"\` in a fresh process, resolved from bench/; the baseline is \`node -e 0\`. ` +
      `${options.rounds} processes per row, interleaved; medians. Wall is measured around the process; CPU is the process's own process.cpuUsage() at exit.`,
    columns: ['import', 'wall ms', 'wall over node -e 0', 'CPU ms', 'CPU over node -e 0', 'processes'],
    rows,
    targets,
    notes: [],
  };
}
