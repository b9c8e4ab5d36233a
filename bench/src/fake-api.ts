/**
 * How the benchmarks reach the fake Nango of `@nango-sdk/testing`: start it on loopback (with a rate limit high
 * enough for load runs) and seed one integration, one connection and records with its fixture builders.
 */
import type { RunningFakeNango } from '@nango-sdk/testing';
import { BENCH_CONNECTION_ID, BENCH_INTEGRATION, BENCH_MODEL, BENCH_SECRET_KEY } from './fixtures/connection.js';

export type RunningFake = RunningFakeNango;

export async function startFake(secretKey = BENCH_SECRET_KEY): Promise<RunningFake> {
  const { startFakeNango } = await import('@nango-sdk/testing');
  // The fake's default of 1,000 requests per minute would turn a throughput run into a 429 run.
  return startFakeNango({ port: 0, host: '127.0.0.1', secretKey, rateLimit: 1_000_000_000 });
}

/** Creates the benchmark integration and connection, then `count` records. */
export function seedFake(running: RunningFake, count: number): void {
  const { fake } = running;
  fake.integrations.add({ uniqueKey: BENCH_INTEGRATION, provider: 'github' });
  fake.connections.add({
    providerConfigKey: BENCH_INTEGRATION,
    connectionId: BENCH_CONNECTION_ID,
    metadata: { workspace: 'analytical-engines', region: 'eu-west-1' },
    tags: { end_user_id: 'user-42' },
  });
  if (count === 0) return;
  const records = Array.from({ length: count }, (_, i) => ({ id: `issue-${i}`, number: i, title: `Issue number ${i}`, state: 'open', labels: ['bug'] }));
  fake.records.add({ connectionId: BENCH_CONNECTION_ID, providerConfigKey: BENCH_INTEGRATION, model: BENCH_MODEL, records });
}
