import { afterEach, describe, expect, it } from 'vitest';

import type { FakeNango } from '../src/index.js';
import { call, conn, expectNoViolations, makeFake } from './support.js';

let fake: FakeNango;
afterEach(() => expectNoViolations(fake));

describe('metadata', () => {
  it('POST replaces and PATCH merges', async () => {
    fake = makeFake();
    fake.connections.add({ providerConfigKey: 'github', connectionId: 'c1', metadata: { a: 1, b: 2 } });
    const set = await call(fake, 'POST', '/connections/metadata', { body: { connection_id: 'c1', provider_config_key: 'github', metadata: { c: 3 } } });
    expect(set.status).toBe(201);
    expect(set.body).toEqual({ connection_id: 'c1', provider_config_key: 'github', metadata: { c: 3 } });
    expect(fake.connections.get('github', 'c1')?.metadata).toEqual({ c: 3 });
    const merge = await call(fake, 'PATCH', '/connections/metadata', { body: { connection_id: 'c1', provider_config_key: 'github', metadata: { d: 4 } } });
    expect(merge.status).toBe(200);
    expect(fake.connections.get('github', 'c1')?.metadata).toEqual({ c: 3, d: 4 });
  });

  it('is all-or-nothing for a list of connection ids', async () => {
    fake = makeFake();
    fake.connections.add({ providerConfigKey: 'github', connectionId: 'c1', metadata: { keep: true } });
    const res = await call(fake, 'POST', '/connections/metadata', { body: { connection_id: ['c1', 'missing'], provider_config_key: 'github', metadata: { x: 1 } } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('unknown_connection');
    expect(fake.connections.get('github', 'c1')?.metadata).toEqual({ keep: true });
  });
});

describe('records', () => {
  function seed(count: number): void {
    fake.connections.add({ providerConfigKey: 'github', connectionId: 'c1' });
    fake.records.add({ providerConfigKey: 'github', connectionId: 'c1', model: 'Issue', records: Array.from({ length: count }, (_, i) => ({ id: `r${i}`, n: i })) });
  }

  it('paginates with opaque, increasing cursors until next_cursor is null', async () => {
    fake = makeFake();
    seed(25);
    const seen: string[] = [];
    let cursor: string | null = null;
    const cursors: string[] = [];
    do {
      const q: string = `/records?model=Issue&limit=10${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await call(fake, 'GET', q, { headers: conn('c1') });
      expect(res.status).toBe(200);
      for (const r of res.body.records) {
        seen.push(r.id);
        cursors.push(r._nango_metadata.cursor);
        expect(r._nango_metadata.last_action).toBe('ADDED');
      }
      cursor = res.body.next_cursor;
    } while (cursor);
    expect(seen).toHaveLength(25);
    expect(new Set(cursors).size).toBe(25);
    expect(cursors.every((c) => !/^\d+$/.test(c))).toBe(true);
  });

  it('tracks updates and deletes, filters by action in any case, ids and modified_after', async () => {
    fake = makeFake();
    seed(3);
    fake.records.upsert({ providerConfigKey: 'github', connectionId: 'c1', model: 'Issue', records: [{ id: 'r1', n: 100 }] });
    fake.records.delete({ providerConfigKey: 'github', connectionId: 'c1', model: 'Issue', ids: ['r2'] });
    const all = await call(fake, 'GET', '/records?model=Issue', { headers: conn('c1') });
    expect(all.body.records.map((r: any) => [r.id, r._nango_metadata.last_action])).toEqual([
      ['r0', 'ADDED'],
      ['r1', 'UPDATED'],
      ['r2', 'DELETED'],
    ]);
    expect(all.body.records[2]._nango_metadata.deleted_at).not.toBeNull();
    const filtered = await call(fake, 'GET', '/records?model=Issue&filter=updated,DELETED', { headers: conn('c1') });
    expect(filtered.body.records.map((r: any) => r.id)).toEqual(['r1', 'r2']);
    const byIds = await call(fake, 'GET', '/records?model=Issue&ids=r0&ids=r2', { headers: conn('c1') });
    expect(byIds.body.records.map((r: any) => r.id)).toEqual(['r0', 'r2']);
    const future = new Date(fake.clock.now() + 60_000).toISOString();
    const none = await call(fake, 'GET', `/records?model=Issue&modified_after=${future}`, { headers: conn('c1') });
    expect(none.body.records).toEqual([]);
    const old = await call(fake, 'GET', '/records?model=Issue&modified_after=2000-01-01T00:00:00.000Z', { headers: conn('c1') });
    expect(old.status).toBe(400);
    expect(old.body.error.code).toBe('invalid_query_params');
  });

  it('keeps variants apart and rejects limits outside 1..10000', async () => {
    fake = makeFake();
    seed(2);
    fake.records.add({ providerConfigKey: 'github', connectionId: 'c1', model: 'Issue', variant: 'v2', records: [{ id: 'x' }] });
    const v2 = await call(fake, 'GET', '/records?model=Issue&variant=v2', { headers: conn('c1') });
    expect(v2.body.records.map((r: any) => r.id)).toEqual(['x']);
    for (const limit of [0, 10001]) {
      const res = await call(fake, 'GET', `/records?model=Issue&limit=${limit}`, { headers: conn('c1') });
      expect(res.status).toBe(400);
    }
  });

  it('prunes payloads up to a cursor', async () => {
    fake = makeFake();
    seed(5);
    const page = await call(fake, 'GET', '/records?model=Issue&limit=3', { headers: conn('c1') });
    const until = page.body.records[2]._nango_metadata.cursor;
    const pruned = await call(fake, 'PATCH', '/records/prune', { headers: conn('c1'), body: { model: 'Issue', until_cursor: until, limit: 2 } });
    expect(pruned.status).toBe(200);
    expect(pruned.body).toEqual({ count: 2, has_more: true });
    const rest = await call(fake, 'PATCH', '/records/prune', { headers: conn('c1'), body: { model: 'Issue', until_cursor: until } });
    expect(rest.body).toEqual({ count: 1, has_more: false });
    const after = await call(fake, 'GET', '/records?model=Issue', { headers: conn('c1') });
    expect(after.body.records[0]).toEqual({ id: 'r0', _nango_metadata: expect.objectContaining({ pruned_at: expect.any(String) }) });
    expect(after.body.records[3].n).toBe(3);
  });

  it('answers 400 unknown_connection for an unknown connection', async () => {
    fake = makeFake();
    const res = await call(fake, 'GET', '/records?model=Issue', { headers: conn('nope') });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('unknown_connection');
  });
});

describe('credentials', () => {
  it('force_refresh rotates the access token; failRefresh answers 424', async () => {
    fake = makeFake();
    const c = fake.connections.add({ providerConfigKey: 'github', connectionId: 'c1' });
    const before = c.credentials['access_token'];
    const plain = await call(fake, 'GET', '/connections/c1?provider_config_key=github');
    expect(plain.body.credentials.access_token).toBe(before);
    expect(plain.body.credentials.refresh_token).toBeUndefined();
    const refreshed = await call(fake, 'GET', '/connections/c1?provider_config_key=github&force_refresh=true&refresh_token=true');
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.credentials.access_token).not.toBe(before);
    expect(refreshed.body.credentials.refresh_token).toEqual(expect.any(String));
    fake.connections.failRefresh('c1');
    const failed = await call(fake, 'GET', '/connections/c1?provider_config_key=github&force_refresh=true');
    expect(failed.status).toBe(424);
    expect(failed.body.error.code).toBe('invalid_credentials');
    expect(fake.connections.get('github', 'c1')?.errors).toEqual([{ type: 'auth', log_id: expect.any(String) }]);
  });

  it('refreshes expired tokens on read', async () => {
    fake = makeFake();
    const c = fake.connections.add({ providerConfigKey: 'github', connectionId: 'c1' });
    const before = c.credentials['access_token'];
    fake.clock.advance(2 * 60 * 60 * 1000);
    const res = await call(fake, 'GET', '/connections/c1?provider_config_key=github');
    expect(res.body.credentials.access_token).not.toBe(before);
  });

  it('builds credentials for every auth mode of the built-in catalog', async () => {
    const { builtinProviders } = await import('../src/browser.js');
    const modes = Object.keys(builtinProviders).filter((p) => p !== 'github' && p !== 'openai');
    fake = makeFake({ providers: builtinProviders });
    for (const provider of modes) {
      fake.integrations.add({ uniqueKey: provider, provider });
      fake.connections.add({ providerConfigKey: provider, connectionId: 'x' });
      const res = await call(fake, 'GET', `/connections/x?provider_config_key=${provider}`);
      expect(res.status).toBe(200);
      if (provider === 'unauthenticated') expect(res.body.credentials).toEqual({});
      else expect(res.body.credentials.type).toBe(fake.state.authModeOf(provider));
    }
  });
});

describe('connect sessions', () => {
  it('issue nango_connect_session_ tokens that expire after 30 minutes', async () => {
    fake = makeFake();
    const created = await call(fake, 'POST', '/connect/sessions', { body: { allowed_integrations: ['github'], tags: { End_User_Id: 'u1' } } });
    expect(created.status).toBe(201);
    const token: string = created.body.data.token;
    expect(token).toMatch(/^nango_connect_session_[0-9a-f]{64}$/);
    const ok = await call(fake, 'GET', '/connect/session', { token });
    expect(ok.status).toBe(200);
    expect(ok.body.data.allowed_integrations).toEqual(['github']);
    const list = await call(fake, 'GET', '/integrations', { token });
    expect(list.body.data.map((i: any) => i.unique_key)).toEqual(['github']);
    fake.clock.advance(31 * 60 * 1000);
    const expired = await call(fake, 'GET', '/connect/session', { token });
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe('unknown_connect_session_token');
  });

  it('reconnect sessions need an existing connection', async () => {
    fake = makeFake();
    const missing = await call(fake, 'POST', '/connect/sessions/reconnect', { body: { connection_id: 'nope', integration_id: 'github' } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('unknown_connection');
    fake.connections.add({ providerConfigKey: 'github', connectionId: 'c1' });
    const ok = await call(fake, 'POST', '/connect/sessions/reconnect', { body: { connection_id: 'c1', integration_id: 'github' } });
    expect(ok.status).toBe(201);
    const del = await call(fake, 'DELETE', '/connect/session', { token: ok.body.data.token });
    expect(del.status).toBe(204);
    expect(del.text).toBe('');
  });
});

describe('tags, syncs and environments', () => {
  it('lowercases tag keys and filters connections by tags', async () => {
    fake = makeFake();
    fake.connections.add({ providerConfigKey: 'github', connectionId: 'a', tags: { Team: 'red' } });
    fake.connections.add({ providerConfigKey: 'github', connectionId: 'b', tags: { team: 'blue' } });
    const res = await call(fake, 'GET', '/connections?tags[team]=red');
    expect(res.body.connections.map((c: any) => [c.connection_id, c.tags])).toEqual([['a', { team: 'red' }]]);
  });

  it('syncs: status, pause, start, variants and frequency', async () => {
    fake = makeFake();
    fake.connections.add({ providerConfigKey: 'github', connectionId: 'c1' });
    fake.syncs.add({ providerConfigKey: 'github', name: 'issues', models: ['Issue'] });
    const paused = await call(fake, 'POST', '/sync/pause', { body: { provider_config_key: 'github', syncs: ['issues'], connection_id: 'c1' } });
    expect(paused.status).toBe(200);
    let status = await call(fake, 'GET', '/sync/status?provider_config_key=github&syncs=issues&connection_id=c1');
    expect(status.body.syncs[0].status).toBe('PAUSED');
    await call(fake, 'POST', '/sync/start', { body: { provider_config_key: 'github', syncs: ['issues'] } });
    const variant = await call(fake, 'POST', '/sync/issues/variant/v2', { body: { provider_config_key: 'github', connection_id: 'c1' } });
    expect(variant.body).toEqual({ id: expect.any(String), name: 'issues', variant: 'v2' });
    const dup = await call(fake, 'POST', '/sync/issues/variant/v2', { body: { provider_config_key: 'github', connection_id: 'c1' } });
    expect(dup.body.error.code).toBe('sync_variant_already_exists');
    status = await call(fake, 'GET', '/sync/status?provider_config_key=github&syncs=*');
    expect(status.body.syncs.map((s: any) => [s.variant, s.status])).toEqual([
      ['base', 'SUCCESS'],
      ['v2', 'SUCCESS'],
    ]);
    const freq = await call(fake, 'PUT', '/sync/update-connection-frequency', { body: { provider_config_key: 'github', connection_id: 'c1', sync_name: 'issues', frequency: 'every 5 minutes' } });
    expect(freq.body).toEqual({ frequency: 'every 5 minutes' });
    const tooFast = await call(fake, 'PUT', '/sync/update-connection-frequency', { body: { provider_config_key: 'github', connection_id: 'c1', sync_name: 'issues', frequency: '10s' } });
    expect(tooFast.status).toBe(400);
    const gone = await call(fake, 'DELETE', '/sync/issues/variant/v2', { body: { provider_config_key: 'github', connection_id: 'c1' } });
    expect(gone.body).toEqual({ success: true });
    const unknown = await call(fake, 'POST', '/sync/trigger', { body: { provider_config_key: 'github', syncs: ['nope'] } });
    expect(unknown.body.error.code).toBe('unknown_sync');
  });

  it('environments, API keys and variables', async () => {
    fake = makeFake();
    fake.environments.setVariable('TOKEN', 'abc');
    expect((await call(fake, 'GET', '/environment-variables')).body).toEqual([{ name: 'TOKEN', value: 'abc' }]);
    const env = await call(fake, 'POST', '/environments', { body: { name: 'staging' } });
    expect(env.body.data).toEqual({ id: expect.any(Number), name: 'staging' });
    const key = await call(fake, 'POST', '/environment/api-keys', { body: { environment_id: env.body.data.id, display_name: 'ci' } });
    expect(key.body.data.scopes).toEqual(['environment:*']);
    const viaNewKey = await call(fake, 'GET', '/integrations', { token: key.body.data.secret });
    expect(viaNewKey.body.data).toEqual([]);
    const delKey = await call(fake, 'DELETE', '/environment/api-keys', { body: { environment_id: env.body.data.id, key_id: key.body.data.id } });
    expect(delKey.body).toEqual({ success: true });
    expect((await call(fake, 'GET', '/integrations', { token: key.body.data.secret })).status).toBe(401);
    const del = await call(fake, 'DELETE', `/environments/${env.body.data.id}`);
    expect(del.status).toBe(204);
    expect((await call(fake, 'POST', '/environments', { body: { name: 'dev' } })).status).toBe(409);
  });

  it('integrations: create, rename, delete cascades to connections', async () => {
    fake = makeFake();
    const created = await call(fake, 'POST', '/integrations', { body: { unique_key: 'slack-1', provider: 'slack', display_name: 'Slack' } });
    expect(created.status).toBe(200);
    const dup = await call(fake, 'POST', '/integrations', { body: { unique_key: 'slack-1', provider: 'slack' } });
    expect(dup.body.error.code).toBe('invalid_body');
    const bad = await call(fake, 'POST', '/integrations', { body: { unique_key: 'x', provider: 'not-a-provider' } });
    expect(bad.body.error.errors[0].path).toEqual(['provider']);
    fake.connections.add({ providerConfigKey: 'slack-1', connectionId: 'c' });
    const renamed = await call(fake, 'PATCH', '/integrations/slack-1', { body: { unique_key: 'slack-2' } });
    expect(renamed.body.data.unique_key).toBe('slack-2');
    expect(fake.connections.get('slack-2', 'c')).toBeDefined();
    expect((await call(fake, 'DELETE', '/integrations/slack-2')).body).toEqual({ success: true });
    expect(fake.connections.list()).toEqual([]);
    expect((await call(fake, 'GET', '/integrations/slack-2')).status).toBe(404);
  });
});
