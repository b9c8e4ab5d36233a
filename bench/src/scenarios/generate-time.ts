/**
 * Code generation time: `pnpm generate --out <temp dir>` (the whole generator, written to a temporary folder so the
 * working tree is untouched), against `pnpm exec node -e 0` (the cost of pnpm and Node starting) in the same run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../spawn.js';
import { median, round } from '../stats.js';
import { timeProcess } from '../measure-process.js';
import type { Cell, Section } from '../report/types.js';

export function generateTime(options: { rounds: number; log: (line: string) => void }): Section {
  const gen = { wall: [] as number[], cpu: [] as number[], line: '', error: '' };
  const base = { wall: [] as number[], cpu: [] as number[] };
  for (let i = 0; i < options.rounds; i += 1) {
    const b = timeProcess('pnpm', ['exec', 'node', '-e', '0'], { cwd: repoRoot });
    base.wall.push(b.wallMs);
    base.cpu.push(b.cpuMs);
    const out = mkdtempSync(join(tmpdir(), 'nango-generate-'));
    try {
      const t = timeProcess('pnpm', ['generate', '--out', out], { cwd: repoRoot });
      if (t.status !== 0) gen.error = t.output.trim().split('\n').slice(-2).join(' ').slice(0, 200);
      else {
        gen.wall.push(t.wallMs);
        gen.cpu.push(t.cpuMs);
        gen.line = t.output.split('\n').find((l) => l.startsWith('Generated')) ?? '';
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  options.log('  generate done');
  const rows: Cell[][] = [
    ['pnpm exec node -e 0 (baseline)', round(median(base.wall), 0), round(median(base.cpu), 0), base.wall.length, ''],
    gen.wall.length > 0
      ? ['pnpm generate --out <tmp>', round(median(gen.wall), 0), round(median(gen.cpu), 0), gen.wall.length, gen.line]
      : ['pnpm generate --out <tmp>', null, null, 0, `not measured: ${gen.error}`],
  ];
  return {
    id: 'generate',
    title: '`pnpm generate` time',
    description:
      'The whole generator (spec → core types, operation table, resources, testing spec, docs) written to a temporary folder. ' +
      `CPU is summed over every Node process of the command (pnpm, tsx and the generator). ${options.rounds} runs; medians.`,
    columns: ['command', 'wall ms', 'CPU ms', 'runs', 'output'],
    rows,
    targets: [],
    notes: [],
  };
}
