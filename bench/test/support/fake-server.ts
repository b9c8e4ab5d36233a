/** One seeded fake Nango on loopback for a test file, plus helpers to count the requests it saw. */
import { startFakeNango, type RunningFakeNango } from '@nango-sdk/testing';

export const SECRET_KEY = 'sk-adversarial-suite-0000';
export const INTEGRATION = 'github';
export const CONNECTION = 'conn-1';
export const MODEL = 'Issue';
export const RECORDS = 250;

export async function startSeededFake(): Promise<RunningFakeNango> {
  const running = await startFakeNango({ secretKey: SECRET_KEY, rateLimit: 1_000_000 });
  const { fake } = running;
  fake.integrations.add({ uniqueKey: INTEGRATION, provider: 'github' });
  fake.connections.add({ providerConfigKey: INTEGRATION, connectionId: CONNECTION, metadata: { plan: 'pro' } });
  fake.records.add({
    providerConfigKey: INTEGRATION,
    connectionId: CONNECTION,
    model: MODEL,
    records: Array.from({ length: RECORDS }, (_, i) => ({ id: `r-${i}`, n: i })),
  });
  return running;
}

/** Counts the requests the fake logs from now on (faulted ones included). */
export function requestCounter(running: RunningFakeNango): () => number {
  const start = running.fake.requests.length;
  return () => running.fake.requests.length - start;
}
