import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeNango, type RunningFakeNango } from '@nango-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileCheckpointStore, Nango, NangoTimeoutError, type CheckpointStore } from '../src/index.js';
import { Nango as CompatNango } from '../src/compat.js';

const SECRET = 'node-tests-secret-key';
const INTEGRATION = 'github';
const CONNECTION = 'sync-user';
const MODEL = 'GithubIssue';
const COUNT = 730;

let running: RunningFakeNango;
let nango: Nango;
let dir = '';

beforeAll(async () => {
  running = await startFakeNango({ port: 0, host: '127.0.0.1', secretKey: SECRET });
  running.fake.integrations.add({ uniqueKey: INTEGRATION, provider: 'github' });
  running.fake.connections.add({ providerConfigKey: INTEGRATION, connectionId: CONNECTION, tags: { team: 'core' } });
  nango = new Nango({ secretKey: SECRET, host: running.url, env: {} });
  dir = await mkdtemp(join(tmpdir(), 'nango-fake-'));
});
afterAll(async () => {
  await running.close();
  await rm(dir, { recursive: true, force: true });
});

class Crash extends Error {}

async function drain(store: CheckpointStore, delivered: string[], crashAfter?: number): Promise<void> {
  for await (const change of nango.records.sync({ connectionId: CONNECTION, providerConfigKey: INTEGRATION, model: MODEL, checkpoint: store, limit: 100 })) {
    if (crashAfter !== undefined && delivered.length === crashAfter) throw new Crash('killed mid-page');
    delivered.push(String(change.record['id']));
  }
}

describe('records.sync against the fake Nango', () => {
  it('crashes mid-page, restarts with the same file store, and delivers every record of the fake exactly once', async () => {
    running.fake.records.add({
      providerConfigKey: INTEGRATION,
      connectionId: CONNECTION,
      model: MODEL,
      records: Array.from({ length: COUNT }, (_, i) => ({ id: `issue-${i}`, title: `Issue ${i}` })),
    });
    const path = join(dir, 'checkpoints.json');
    const delivered: string[] = [];
    await expect(drain(new FileCheckpointStore(path), delivered, 351)).rejects.toBeInstanceOf(Crash);
    expect(delivered).toHaveLength(351);
    await drain(new FileCheckpointStore(path), delivered);

    const expected = running.fake.records
      .list({ providerConfigKey: INTEGRATION, connectionId: CONNECTION, model: MODEL, limit: 10_000 })
      .records.map((record) => String(record['id']));
    expect(expected).toHaveLength(COUNT);
    expect(new Set(delivered).size).toBe(delivered.length);
    expect(delivered).toEqual(expected);
  });

  it('picks up later changes (updates and deletes) on the next run', async () => {
    const path = join(dir, 'incremental.json');
    const first: string[] = [];
    await drain(new FileCheckpointStore(path), first);
    running.fake.records.upsert({ providerConfigKey: INTEGRATION, connectionId: CONNECTION, model: MODEL, records: [{ id: 'issue-3', title: 'edited' }] });
    running.fake.records.delete({ providerConfigKey: INTEGRATION, connectionId: CONNECTION, model: MODEL, ids: ['issue-4'] });
    const changes: [string, string][] = [];
    for await (const change of nango.records.sync({ connectionId: CONNECTION, providerConfigKey: INTEGRATION, model: MODEL, checkpoint: new FileCheckpointStore(path) })) {
      changes.push([String(change.record['id']), change.action]);
    }
    expect(changes).toEqual([
      ['issue-3', 'updated'],
      ['issue-4', 'deleted'],
    ]);
  });
});

describe('connections.waitFor against the fake Nango', () => {
  it('returns the connection once it is created with the tags', async () => {
    setTimeout(() => running.fake.connections.add({ providerConfigKey: INTEGRATION, connectionId: 'late-user', tags: { user: 'late' } }), 150);
    const connection = await nango.connections.waitFor({ integrationId: INTEGRATION, tags: { user: 'late' }, interval: 50, timeout: 5000 });
    expect(connection.connection_id).toBe('late-user');
  });

  it('times out when no connection carries the tags', async () => {
    await expect(nango.connections.waitFor({ integrationId: INTEGRATION, tags: { user: 'nobody' }, interval: 50, timeout: 300 })).rejects.toBeInstanceOf(
      NangoTimeoutError,
    );
  });
});

describe('getToken against the fake Nango', () => {
  it('returns the OAuth 2 access token of a github connection', async () => {
    const token = await nango.getToken({ connectionId: CONNECTION, providerConfigKey: INTEGRATION });
    expect(token.type).toBe('OAUTH2');
    const stored = running.fake.connections.get(INTEGRATION, CONNECTION)?.credentials;
    expect(token.type === 'OAUTH2' && token.accessToken).toBe(stored?.['access_token']);
  });
});

describe('compat layer against the fake Nango', () => {
  it('runs a typical @nangohq/node flow unchanged', async () => {
    const legacy = new CompatNango({ host: running.url, secretKey: SECRET });
    const { configs } = await legacy.listIntegrations();
    expect(configs.map((c: { unique_key: string }) => c.unique_key)).toContain(INTEGRATION);
    expect(typeof (await legacy.getToken(INTEGRATION, CONNECTION))).toBe('string');
    const set = await legacy.setMetadata(INTEGRATION, CONNECTION, { plan: 'pro' });
    expect(set.status).toBe(201);
    await legacy.updateMetadata(INTEGRATION, CONNECTION, { seats: 2 });
    expect(await legacy.getMetadata(INTEGRATION, CONNECTION)).toEqual({ plan: 'pro', seats: 2 });
    const page = await legacy.listRecords({ providerConfigKey: INTEGRATION, connectionId: CONNECTION, model: MODEL, limit: 10 });
    expect(page.records).toHaveLength(10);
    expect(typeof page.next_cursor).toBe('string');
    const { connections } = await legacy.listConnections({ integrationId: INTEGRATION, tags: { team: 'core' } });
    expect(connections.map((c: { connection_id: string }) => c.connection_id)).toEqual([CONNECTION]);
    const error = await legacy.getConnection(INTEGRATION, 'missing').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, response: { status: 404 } });
    const deleted = await legacy.deleteConnection(INTEGRATION, 'late-user');
    expect(deleted.status).toBe(200);
  });
});
