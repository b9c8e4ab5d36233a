import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Nango, NangoAbortError, NangoTimeoutError } from '../src/index.js';
import { startRecordingServer, type RecordingServer } from './helpers/recording-server.js';

let server: RecordingServer;
let nango: Nango;
const connection = { id: 1, connection_id: 'conn-42', provider_config_key: 'github', provider: 'github', created: '2026-01-01T00:00:00Z', metadata: {}, tags: { user: 'u1' }, errors: [] };

beforeAll(async () => {
  server = await startRecordingServer();
  nango = new Nango({ secretKey: 'sk_wait', host: server.url, env: {} });
});
afterAll(() => server.close());

describe('connections.waitFor', () => {
  it('polls with integrationId and tags until the connection appears', async () => {
    let polls = 0;
    server.setHandler(() => ({ body: { connections: ++polls < 3 ? [] : [connection] } }));
    const start = server.requests.length;
    const started = Date.now();
    const found = await nango.connections.waitFor({ integrationId: 'github', tags: { user: 'u1' }, interval: 20 });
    expect(found.connection_id).toBe('conn-42');
    expect(polls).toBe(3);
    const first = server.requests[start];
    expect(first?.path).toBe('/connections');
    expect(first?.query.get('integrationId')).toBe('github');
    expect(first?.query.get('tags[user]')).toBe('u1');
    expect(first?.query.has('endUserId')).toBe(false);
    // Backoff: 20 ms then 30 ms between the three polls.
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('throws NangoTimeoutError when nothing appears in time', async () => {
    server.setHandler(() => ({ body: { connections: [] } }));
    const error = await nango.connections.waitFor({ integrationId: 'github', timeout: 120, interval: 20 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NangoTimeoutError);
    expect((error as Error).message).toContain('github');
  });

  it('throws NangoAbortError when the signal aborts', async () => {
    server.setHandler(() => ({ body: { connections: [] } }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await nango.connections
      .waitFor({ integrationId: 'github', tags: { user: 'u2' }, signal: controller.signal, interval: 20 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NangoAbortError);
  });
});
