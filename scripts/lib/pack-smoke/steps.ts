/**
 * Runs the steps of the pack smoke test and reports each one as PASS or FAIL.
 * Inputs: commands to run. Outputs: PASS/FAIL lines on stdout and the number of failures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const TIMEOUT = '/usr/bin/timeout';

export interface CommandResult {
  readonly ok: boolean;
  readonly output: string;
}

/** Runs a command synchronously; never throws. */
export function run(command: string, args: readonly string[], options: { cwd: string; timeoutMs?: number; env?: NodeJS.ProcessEnv }): CommandResult {
  const timeoutMs = options.timeoutMs ?? 300_000;
  // GNU timeout signals the whole process group, so runtimes started through npx do not outlive a timeout.
  const wrapped: [string, string[]] = existsSync(TIMEOUT)
    ? [TIMEOUT, ['-k', '5', String(Math.ceil(timeoutMs / 1000)), command, ...args]]
    : [command, [...args]];
  const result = spawnSync(wrapped[0], wrapped[1], {
    cwd: options.cwd,
    encoding: 'utf8',
    timeout: timeoutMs + 10_000,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: options.env ?? process.env,
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}`;
  const timedOut = result.status === 124 || result.status === 137 ? `\ntimed out after ${timeoutMs / 1000} s` : '';
  return { ok: result.status === 0 && result.error === undefined, output: output + timedOut };
}

export class Steps {
  failures = 0;

  /** Prints `PASS name` or `FAIL name` followed by the indented tail of the output. */
  report(name: string, result: CommandResult, showOutput = false): boolean {
    if (!result.ok) this.failures += 1;
    console.log(`${result.ok ? 'PASS' : 'FAIL'} ${name}`);
    if (!result.ok || showOutput) {
      const lines = result.output.trimEnd().split('\n').filter((line) => line.trim() !== '');
      for (const line of lines.slice(-30)) console.log(`    ${line}`);
    }
    return result.ok;
  }
}
