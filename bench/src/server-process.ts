/** Starts a server worker in its own process and talks to it over IPC. */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { benchDir } from './spawn.js';
import type { ServerInput, ServerMessage } from './workers/throughput-server.js';

export interface ServerProcess {
  readonly url: string;
  /** Resets the server's CPU counter. */
  startCpu(): void;
  /** CPU time since `startCpu` (µs) and current RSS (bytes). */
  readCpu(): Promise<{ cpuUs: number; rss: number }>;
  stop(): Promise<void>;
}

export function startServerProcess(input: ServerInput): Promise<ServerProcess> {
  const child: ChildProcess = fork(join(benchDir, 'src', 'workers', 'throughput-server.ts'), [JSON.stringify(input)], {
    cwd: benchDir,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null): void => reject(new Error(`server worker exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' ')}`));
    child.once('exit', onExit);
    child.once('message', (m: ServerMessage) => {
      if (m.type === 'error') {
        reject(new Error(m.message));
        return;
      }
      if (m.type !== 'ready') return;
      child.off('exit', onExit);
      resolve({
        url: m.url,
        startCpu: () => void child.send({ type: 'start' }),
        readCpu: () =>
          new Promise((res) => {
            child.once('message', (r: ServerMessage) => res(r.type === 'cpu' ? { cpuUs: r.cpuUs, rss: r.rss } : { cpuUs: Number.NaN, rss: Number.NaN }));
            child.send({ type: 'stop' });
          }),
        stop: () =>
          new Promise((res) => {
            child.once('exit', () => res());
            child.send({ type: 'exit' });
          }),
      });
    });
  });
}
