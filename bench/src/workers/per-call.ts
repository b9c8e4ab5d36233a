/** Child process: times `calls` calls of one client (sequential or `inFlight` at a time) after a warm-up. */
import { createClient } from '../clients/index.js';
import type { ClientName } from '../clients/types.js';
import { report, workerInput } from '../spawn.js';

export interface PerCallInput {
  readonly url: string;
  readonly client: ClientName;
  readonly op: 'connection' | 'records';
  readonly inFlight: number;
  readonly calls: number;
  readonly warmup: number;
}

export interface PerCallResult {
  readonly cpuUsPerCall: number;
  readonly wallUsPerCall: number;
}

const input = workerInput<PerCallInput>();
const client = await createClient(input.client, input.url);
const call = input.op === 'connection' ? () => client.getConnection() : () => client.listRecords();

async function batch(n: number): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(input.inFlight, n) }, async () => {
    while (next < n) {
      next += 1;
      await call();
    }
  });
  await Promise.all(lanes);
}

const first = (await call()) as Record<string, unknown>;
const ok = input.op === 'connection' ? first['connection_id'] === 'bench-connection' : Array.isArray(first['records']) && (first['records'] as unknown[]).length === 100;
if (!ok) throw new Error(`${input.client} returned an unexpected body`);
await batch(input.warmup);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
await batch(input.calls);
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
report({ cpuUsPerCall: (cpu.user + cpu.system) / input.calls, wallUsPerCall: (wall * 1000) / input.calls } satisfies PerCallResult);
process.exit(0);
