/** Runs a command to completion and measures its wall time and (for Node processes) its own CPU time. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { benchDir } from './spawn.js';

export const cpuReportPreload = join(benchDir, 'src', 'workers', 'cpu-report.cjs');

export interface ProcessTiming {
  readonly wallMs: number;
  /** CPU of the Node process(es) that reported it (summed), in ms; NaN when none did. */
  readonly cpuMs: number;
  readonly status: number | null;
  readonly output: string;
}

export function timeProcess(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): ProcessTiming {
  const env = { ...process.env, ...options.env, NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --require ${cpuReportPreload}`.trim() };
  const t0 = performance.now();
  const result = spawnSync(command, args, { cwd: options.cwd ?? benchDir, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - t0;
  const stderr = result.stderr ?? '';
  const cpu = [...stderr.matchAll(/__CPU_US__=(\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  const reported = /__CPU_US__=/.test(stderr);
  return {
    wallMs,
    cpuMs: reported ? cpu / 1000 : Number.NaN,
    status: result.status,
    output: `${result.stdout ?? ''}${stderr.replace(/\n?__CPU_US__=\d+\n?/g, '')}`,
  };
}
