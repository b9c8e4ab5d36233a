/**
 * Child process (run with --expose-gc): iterates every record of the collection with one client and reports CPU, wall
 * time, and heapUsed after a full GC at page 10 and at the end.
 */
import { createClient } from '../clients/index.js';
import type { ClientName } from '../clients/types.js';
import { report, workerInput } from '../spawn.js';

export interface IterateInput {
  readonly url: string;
  readonly client: ClientName;
  readonly pageSize: number;
  readonly total: number;
}

export interface IterateResult {
  readonly count: number;
  readonly cpuMs: number;
  readonly wallMs: number;
  readonly heapAtPage10: number;
  readonly heapAtEnd: number;
  readonly gcMs: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const input = workerInput<IterateInput>();
const client = await createClient(input.client, input.url);
const mark = input.pageSize * 10;
let heapAtPage10 = Number.NaN;
let gcMs = 0;
function collect(): number {
  const t = performance.now();
  gc!();
  gcMs += performance.now() - t;
  return process.memoryUsage().heapUsed;
}
// A first full pass warms up the JIT and the connection pool; the second pass is measured.
await client.iterateRecords(() => undefined);
collect();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const count = await client.iterateRecords((n) => {
  if (n === mark) heapAtPage10 = collect();
});
const heapAtEnd = collect();
const wallMs = performance.now() - t0 - gcMs;
const cpu = process.cpuUsage(cpu0);
if (count !== input.total) throw new Error(`${input.client} saw ${count} records, expected ${input.total}`);
report({ count, cpuMs: (cpu.user + cpu.system) / 1000 - gcMs, wallMs, heapAtPage10, heapAtEnd, gcMs } satisfies IterateResult);
process.exit(0);
