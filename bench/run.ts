/**
 * `pnpm bench [--quick|--full] [--load] [--only id,id]`: runs the benchmark scenarios, writes
 * bench/results/latest.json and regenerates BENCHMARKS.md at the repository root.
 *
 * Default and `--quick`: few rounds and calls (a few minutes, for CI); results go to results/quick.raw.json only, so a CI
 * run never rewrites the committed figures. `--full`: the rounds behind BENCHMARKS.md (results/latest.json).
 * `--load` adds the 60-second load on the fake (`--load-seconds N` to change it). `--only` runs the named scenarios and
 * keeps the other sections of the previous results, each marked with when it was measured. `--render` only rewrites
 * BENCHMARKS.md from results/latest.json.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { renderMarkdown } from './src/report/markdown.js';
import type { BenchResults, Section } from './src/report/types.js';
import { bundleSize } from './src/scenarios/bundle-size.js';
import { coldImport } from './src/scenarios/cold-import.js';
import { consumerTypecheck } from './src/scenarios/consumer-typecheck.js';
import { fakeThroughput } from './src/scenarios/fake-throughput.js';
import { generateTime } from './src/scenarios/generate-time.js';
import { installFootprint } from './src/scenarios/install-footprint.js';
import { iterateRecords } from './src/scenarios/iterate-records.js';
import { loadTest } from './src/scenarios/load.js';
import { perCall } from './src/scenarios/per-call.js';
import { benchDir, repoRoot } from './src/spawn.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    full: { type: 'boolean', default: false },
    load: { type: 'boolean', default: false },
    'load-seconds': { type: 'string', default: '60' },
    only: { type: 'string' },
    render: { type: 'boolean', default: false },
  },
});

const mode: 'quick' | 'full' = values.full ? 'full' : 'quick';
const full = mode === 'full';
const log = (line: string): void => void process.stdout.write(`${line}\n`);

type Scenario = { id: string; run: () => Promise<Section> | Section };
const scenarios: Scenario[] = [
  { id: 'per-call', run: () => perCall({ rounds: full ? 5 : 3, calls: full ? { connection: 10_000, records: 2_500 } : { connection: 300, records: 100 }, log }) },
  { id: 'iterate-records', run: () => iterateRecords({ rounds: 3, total: full ? 100_000 : 30_000, log }) },
  { id: 'cold-import', run: () => coldImport({ rounds: full ? 15 : 5, log }) },
  { id: 'install-footprint', run: () => installFootprint({ log }) },
  { id: 'consumer-typecheck', run: () => consumerTypecheck({ rounds: full ? 3 : 1, log }) },
  { id: 'bundle-size', run: () => bundleSize({ log }) },
  { id: 'fake-throughput', run: () => fakeThroughput({ rounds: 3, requests: full ? 5000 : 1000, log }) },
  { id: 'generate', run: () => generateTime({ rounds: full ? 3 : 1, log }) },
  { id: 'load', run: () => loadTest({ seconds: Number(values['load-seconds']), rate: 200, log }) },
];

const only = values.only?.split(',').map((s) => s.trim());
const selected = scenarios.filter((s) => (only ? only.includes(s.id) : s.id !== 'load' || values.load));
if (only) for (const id of only) if (!scenarios.some((s) => s.id === id)) throw new Error(`unknown scenario ${id}; known: ${scenarios.map((s) => s.id).join(', ')}`);

const resultsDir = join(benchDir, 'results');
const latestPath = join(resultsDir, full || values.render ? 'latest.json' : 'quick.raw.json');
const previous: BenchResults | undefined = existsSync(latestPath) ? (JSON.parse(readFileSync(latestPath, 'utf8')) as BenchResults) : undefined;

if (values.render) {
  if (!previous) throw new Error(`${latestPath} does not exist yet: run pnpm bench first`);
  writeFileSync(join(repoRoot, 'BENCHMARKS.md'), renderMarkdown(previous));
  log('rewrote BENCHMARKS.md from results/latest.json');
  process.exit(0);
}

const startedAt = new Date().toISOString();
const fresh = new Map<string, Section>();
for (const scenario of selected) {
  log(`▶ ${scenario.id}`);
  const t0 = performance.now();
  const section = await scenario.run();
  fresh.set(scenario.id, { ...section, measuredAt: startedAt, mode });
  log(`  ${scenario.id}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  for (const t of section.targets) log(`  ${t.status.padEnd(12)} ${t.what}: ${t.figure} (target ${t.target})${t.note ? ` — ${t.note}` : ''}`);
}

// Keep sections of earlier runs that this run did not measure, in the scenario order.
const sections = scenarios
  .map((s) => fresh.get(s.id) ?? previous?.sections.find((p) => p.id === s.id))
  .filter((s): s is Section => s !== undefined);

const cpu = cpus();
const args = process.argv.slice(2).join(' ');
const results: BenchResults = {
  generatedAt: startedAt,
  command: `pnpm bench${args ? ` ${args}` : ''}`,
  mode,
  machine: {
    node: process.versions.node,
    platform: `${platform()} ${release()}`,
    cpus: cpu.length,
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
  },
  sections,
};
mkdirSync(resultsDir, { recursive: true });
writeFileSync(latestPath, `${JSON.stringify(results, null, 2)}\n`);
if (full) {
  writeFileSync(join(repoRoot, 'BENCHMARKS.md'), renderMarkdown(results));
  log(`wrote ${latestPath} and BENCHMARKS.md`);
} else log(`wrote ${latestPath} (quick mode leaves BENCHMARKS.md alone; use --full to regenerate it)`);
