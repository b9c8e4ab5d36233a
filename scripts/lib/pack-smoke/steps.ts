/**
 * Runs the steps of the pack smoke test and reports each one as PASS or FAIL.
 * Inputs: commands to run. Outputs: PASS/FAIL lines on stdout and the number of failures.
 */
import { spawnSync } from 'node:child_process';

export interface CommandResult {
  readonly ok: boolean;
  readonly output: string;
}

/** Runs a command synchronously; never throws. */
export function run(command: string, args: readonly string[], options: { cwd: string; timeoutMs?: number; env?: NodeJS.ProcessEnv }): CommandResult {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 300_000,
    env: options.env ?? process.env,
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}`;
  return { ok: result.status === 0 && result.error === undefined, output };
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
