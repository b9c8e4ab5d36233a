import { Nango, NangoAuthenticationError, NangoBadRequestError, NangoConflictError, NangoFailedDependencyError, NangoNotFoundError, NangoRateLimitError } from '@nango-sdk/core';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { builtinProviders, createFakeNango, startFakeNango, type FakeNango, type RunningFakeNango } from '../src/index.js';
import { nangoHandlers } from '../src/msw.js';
import { routes } from '../src/server/routes.js';

const KEY = 'contract-key';
const MSW_BASE = 'https://contract.nango.test';

function seed(fake: FakeNango): void {
  fake.integrations.add({ uniqueKey: 'github', provider: 'github' });
  fake.integrations.add({ uniqueKey: 'openai', provider: 'openai' });
  fake.connections.add({ providerConfigKey: 'github', connectionId: 'c1', metadata: { a: 1 } });
  fake.connections.add({ providerConfigKey: 'openai', connectionId: 'k1' });
  fake.records.add({ providerConfigKey: 'github', connectionId: 'c1', model: 'Issue', records: Array.from({ length: 7 }, (_, i) => ({ id: String(i) })) });
  fake.syncs.add({ providerConfigKey: 'github', name: 'issues', models: ['Issue'] });
  fake.functions.add({ integrationId: 'github', name: 'issues', type: 'sync', returns: ['Issue'] });
  fake.actions.register('echo', (input) => ({ echoed: input }));
  fake.environments.setVariable('A', 'b');
}

let upstreamUrl = '';
const upstream = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ method: req.method, url: req.url, auth: req.headers['authorization'] ?? null }));
});

// The built-in catalog: every entry of it matches the spec's Provider schema (see strictness.test.ts for the official catalog).
const mswFake = createFakeNango({ secretKey: KEY, baseUrl: MSW_BASE, validateResponses: true, providers: builtinProviders });
const mswServer = setupServer(...nangoHandlers(mswFake));
let running: RunningFakeNango;

beforeAll(async () => {
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  running = await startFakeNango({ port: 0, host: '127.0.0.1', secretKey: KEY, validateResponses: true, providers: builtinProviders });
  seed(mswFake);
  seed(running.fake);
});

afterAll(async () => {
  await running.close();
  await new Promise<void>((r) => upstream.close(() => r()));
});

interface Face {
  fake: FakeNango;
  host: string;
}

const faces: [string, () => Face, () => void, () => void][] = [
  ['msw', () => ({ fake: mswFake, host: MSW_BASE }), () => mswServer.listen({ onUnhandledRequest: 'bypass' }), () => mswServer.close()],
  ['http', () => ({ fake: running.fake, host: running.url }), () => undefined, () => undefined],
];

describe.each(faces)('contract through @nango-sdk/core (%s face)', (_name, face, setup, teardown) => {
  beforeAll(setup);
  afterAll(teardown);
  const client = (): Nango => {
    return new Nango({ secretKey: KEY, host: face().host, maxRetries: 0 });
  };

  it('providers and integrations', async () => {
    const nango = client();
    expect((await nango.providers.list()).data.length).toBe(Object.keys(builtinProviders).length);
    expect((await nango.providers.get({ provider: 'github' })).data.name).toBe('github');
    expect((await nango.providers.listTemplates({ provider: 'github' })).data).toEqual([]);
    await expect(nango.providers.get({ provider: 'no-such-provider' })).rejects.toBeInstanceOf(NangoNotFoundError);
    expect((await nango.integrations.list()).data.map((i) => i.unique_key)).toEqual(['github', 'openai']);
    await nango.integrations.create({ body: { unique_key: 'slack', provider: 'slack' } });
    await nango.integrations.createQuickstart({ body: { unique_key: 'slack-q', provider: 'slack' } });
    expect((await nango.integrations.get({ uniqueKey: 'slack', include: ['webhook'] })).data.unique_key).toBe('slack');
    expect((await nango.integrations.update({ uniqueKey: 'slack', body: { display_name: 'Chat' } })).data.display_name).toBe('Chat');
    expect(await nango.integrations.delete({ uniqueKey: 'slack' })).toEqual({ success: true });
    await nango.integrations.delete({ uniqueKey: 'slack-q' });
    await expect(nango.integrations.get({ uniqueKey: 'slack' })).rejects.toBeInstanceOf(NangoNotFoundError);
    await expect(nango.integrations.create({ body: { unique_key: 'x', provider: 'github', surprise: 1 } as never })).rejects.toBeInstanceOf(NangoBadRequestError);
  });

  it('functions', async () => {
    const nango = client();
    const page = await nango.functions.list({ uniqueKey: 'github' });
    expect(page.data.map((f) => f.name)).toEqual(['issues']);
    expect((await nango.functions.get({ uniqueKey: 'github', name: 'issues' })).data.name).toBe('issues');
    expect((await nango.functions.getCode({ uniqueKey: 'github', name: 'issues' })).type).toBe('sync');
    expect(await nango.functions.getScriptsConfig()).toBeDefined();
    expect((await nango.functions.compile({ body: { code: 'export default 1' } })).bundled_js).toContain('export default 1');
    const dry = await nango.functions.createDryrun({ body: { integration_id: 'github', function_type: 'action', code: 'x', connection_id: 'c1' } });
    expect((await nango.functions.getDryrun({ id: dry.id })).id).toBe(dry.id);
    const deploy = await nango.functions.createDeployment({ body: { type: 'function', integration_id: 'github', function_name: 'create-issue', function_type: 'action', code: 'x' } });
    expect((await nango.functions.getDeployment({ id: deploy.id })).function_name).toBe('create-issue');
    expect(await nango.functions.delete({ uniqueKey: 'github', name: 'create-issue', type: 'action' })).toEqual({ data: { success: true } });
  });

  it('connections, metadata and refresh failures', async () => {
    const nango = client();
    const all = [];
    for await (const c of nango.connections.list()) all.push(c.connection_id);
    expect(all).toEqual(['c1', 'k1']);
    const created = await nango.connections.create({ body: { provider_config_key: 'openai', connection_id: 'k2', credentials: { type: 'API_KEY', apiKey: 'sk' } } });
    expect(created.connection_id).toBe('k2');
    expect((await nango.connections.get({ connectionId: 'c1', providerConfigKey: 'github', forceRefresh: true })).connection_id).toBe('c1');
    expect(await nango.connections.update({ connectionId: 'k2', providerConfigKey: 'openai', body: { tags: { team: 'a' } } })).toEqual({ success: true });
    await nango.connections.setMetadata({ body: { connection_id: 'k2', provider_config_key: 'openai', metadata: { x: 1 } } });
    await nango.connections.updateMetadata({ body: { connection_id: ['k2'], provider_config_key: 'openai', metadata: { y: 2 } } });
    expect(face().fake.connections.get('openai', 'k2')?.metadata).toEqual({ x: 1, y: 2 });
    expect(await nango.connections.delete({ connectionId: 'k2', providerConfigKey: 'openai' })).toEqual({ success: true });
    const unknown = await nango.connections.delete({ connectionId: 'k2', providerConfigKey: 'openai' }).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(NangoBadRequestError);
    expect((unknown as NangoBadRequestError).code).toBe('unknown_connection');
    await expect(nango.connections.get({ connectionId: 'nope', providerConfigKey: 'github' })).rejects.toBeInstanceOf(NangoNotFoundError);
    face().fake.connections.failRefresh('c1');
    await expect(nango.connections.get({ connectionId: 'c1', providerConfigKey: 'github', forceRefresh: true })).rejects.toBeInstanceOf(NangoFailedDependencyError);
    face().fake.connections.recoverRefresh('c1');
  });

  it('legacy connections', async () => {
    const nango = client();
    expect((await nango.legacyConnections.list()).connections.length).toBeGreaterThan(0);
    await nango.legacyConnections.create({ body: { provider_config_key: 'openai', connection_id: 'l1', api_key: 'k' } });
    expect((await nango.legacyConnections.get({ connectionId: 'l1', providerConfigKey: 'openai' })).connection_id).toBe('l1');
    await nango.legacyConnections.setMetadata({ body: { connection_id: 'l1', provider_config_key: 'openai', metadata: { a: 1 } } });
    await nango.legacyConnections.updateMetadata({ body: { connection_id: 'l1', provider_config_key: 'openai', metadata: { b: 2 } } });
    await nango.legacyConnections.setMetadataById({ connectionId: 'l1', providerConfigKey: 'openai', body: { c: 3 } });
    await nango.legacyConnections.updateMetadataById({ connectionId: 'l1', providerConfigKey: 'openai', body: { d: 4 } });
    expect(face().fake.connections.get('openai', 'l1')?.metadata).toEqual({ c: 3, d: 4 });
    await nango.legacyConnections.delete({ connectionId: 'l1', providerConfigKey: 'openai' });
  });

  it('records, syncs and actions', async () => {
    const nango = client();
    const ids: string[] = [];
    for await (const r of nango.records.list({ model: 'Issue', connectionId: 'c1', providerConfigKey: 'github', limit: 3 })) ids.push(String((r as Record<string, unknown>)['id']));
    expect(ids).toEqual(['0', '1', '2', '3', '4', '5', '6']);
    const first = await nango.records.list({ model: 'Issue', connectionId: 'c1', providerConfigKey: 'github', limit: 2 });
    const cursor = (first as { next_cursor: string | null }).next_cursor;
    expect(await nango.records.prune({ connectionId: 'c1', providerConfigKey: 'github', body: { model: 'Issue', until_cursor: cursor! } })).toEqual({ count: 2, has_more: false });
    expect(await nango.syncs.trigger({ body: { provider_config_key: 'github', syncs: ['issues'] } })).toEqual({ success: true });
    expect(await nango.syncs.pause({ body: { provider_config_key: 'github', syncs: ['issues'] } })).toEqual({ success: true });
    expect(await nango.syncs.start({ body: { provider_config_key: 'github', syncs: ['issues'] } })).toEqual({ success: true });
    expect((await nango.syncs.status({ providerConfigKey: 'github', syncs: ['issues'] })).syncs).toHaveLength(1);
    expect(await nango.syncs.createVariant({ name: 'issues', variant: 'v2', body: { provider_config_key: 'github', connection_id: 'c1' } })).toEqual(expect.objectContaining({ variant: 'v2' }));
    expect(await nango.syncs.deleteVariant({ name: 'issues', variant: 'v2', body: { provider_config_key: 'github', connection_id: 'c1' } })).toEqual({ success: true });
    expect(await nango.syncs.updateFrequency({ body: { provider_config_key: 'github', connection_id: 'c1', sync_name: 'issues', frequency: 'every day' } })).toEqual({ frequency: 'every day' });
    expect(await nango.actions.trigger({ connectionId: 'c1', providerConfigKey: 'github', body: { action_name: 'echo', input: { n: 1 } } })).toEqual({ echoed: { n: 1 } });
    const started = await nango.actions.trigger({ connectionId: 'c1', providerConfigKey: 'github', async: true, body: { action_name: 'echo', input: { n: 2 } } });
    const id = (started as { id: string }).id;
    expect(await nango.actions.waitForResult(id, { timeout: 5000 } as never)).toEqual({ echoed: { n: 2 } });
    expect(await nango.actions.getResult({ actionId: id })).toEqual({ echoed: { n: 2 } });
  });

  it('environments, keys, variables, signing key and connect sessions', async () => {
    const nango = client();
    const env = await nango.environments.create({ body: { name: `contract-${Date.now()}` } });
    const key = await nango.apiKeys.create({ body: { environment_id: env.data.id, display_name: 'ci' } });
    expect(await nango.apiKeys.delete({ body: { environment_id: env.data.id, key_id: key.data.id } })).toEqual({ success: true });
    await nango.environments.delete({ environmentId: env.data.id });
    await expect(nango.environments.create({ body: { name: 'dev' } })).rejects.toBeInstanceOf(NangoConflictError);
    expect(await nango.environmentVariables.list()).toEqual([{ name: 'A', value: 'b' }]);
    expect((await nango.webhookSigningKey.rotate()).data.webhook_signing_key).toEqual(expect.any(String));
    const session = await nango.connectSessions.create({ body: { allowed_integrations: ['github'] } });
    const reconnect = await nango.connectSessions.reconnect({ body: { connection_id: 'c1', integration_id: 'github' } });
    expect(reconnect.data.token).toMatch(/^nango_connect_session_/);
    const asSession = new Nango({ connectSessionToken: session.data.token, host: face().host, maxRetries: 0 });
    expect((await asSession.connectSessions.get()).data.allowed_integrations).toEqual(['github']);
    await asSession.connectSessions.delete();
    await expect(asSession.connectSessions.get()).rejects.toBeInstanceOf(NangoAuthenticationError);
  });

  it('proxy with every method', async () => {
    const nango = client();
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const res = await nango.proxy.request(method, '/v1/things', { connectionId: 'k1', providerConfigKey: 'openai', baseUrlOverride: upstreamUrl, ...(method === 'get' || method === 'delete' ? {} : { body: { a: 1 } }) });
      expect(res.data).toEqual(expect.objectContaining({ method: method.toUpperCase(), url: '/v1/things' }));
    }
  });

  it('rate limits map to NangoRateLimitError', async () => {
    const nango = client();
    face().fake.faults.add({ route: 'integrations.list', status: 429, retryAfter: 1, times: 1 });
    await expect(nango.integrations.list()).rejects.toBeInstanceOf(NangoRateLimitError);
  });

  it('drove every operation and every response matched the spec', () => {
    const seen = new Set(face().fake.requests.map((r) => r.operationId));
    expect(routes.map((r) => r.operationId).filter((id) => !seen.has(id))).toEqual([]);
    expect(face().fake.violations).toEqual([]);
  });
});
