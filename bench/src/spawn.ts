/** Runs a worker script in a fresh Node process (through tsx) and returns the JSON it prints last. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const benchDir = join(import.meta.dirname, '..');
export const repoRoot = join(benchDir, '..');

export interface WorkerRun<T> {
  readonly result: T;
  /** Wall time of the whole child process, in ms. */
  readonly processMs: number;
}

export function runWorker<T>(script: string, input: unknown, nodeFlags: readonly string[] = []): Promise<WorkerRun<T>> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', join(benchDir, 'src', 'workers', script), JSON.stringify(input)], {
      cwd: benchDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const processMs = performance.now() - started;
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) {
        reject(new Error(`${script} exited with ${code}: ${(err || out).trim().slice(-2000)}`));
        return;
      }
      try {
        resolve({ result: JSON.parse(last) as T, processMs });
      } catch {
        reject(new Error(`${script} printed no JSON result: ${out.slice(-500)} ${err.slice(-500)}`));
      }
    });
  });
}

/** Prints the worker's result as the last line of stdout. */
export function report(result: unknown): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** The JSON input a worker was started with. */
export function workerInput<T>(): T {
  const raw = process.argv[2];
  if (!raw) throw new Error('worker started without input');
  return JSON.parse(raw) as T;
}

/** The most telling line of a failed worker's output (its error message), for tables. */
export function firstErrorLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n').find((l) => /\b[A-Za-z]*Error\b[:\s[]/.test(l)) ?? text.split('\n')[0] ?? 'failed';
  return line.trim().slice(0, 200);
}
