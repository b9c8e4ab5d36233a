import { createHash, createHmac } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Nango, NangoNotFoundError, NangoTimeoutError, NangoValidationError } from '../src/compat.js';
import { startRecordingServer, type CannedResponse, type RecordedRequest, type RecordingServer } from './helpers/recording-server.js';

let server: RecordingServer;
let nango: Nango;

beforeAll(async () => {
  server = await startRecordingServer();
  nango = new Nango({ host: server.url, secretKey: 'sk_compat', webhookSigningKey: 'whsec_compat' });
});
afterAll(() => server.close());

/** Answers the next request with `canned`, runs `run`, and returns its result with the request the server saw. */
async function call<T>(canned: CannedResponse, run: () => Promise<T>): Promise<{ result: T; request: RecordedRequest }> {
  server.setHandler(() => canned);
  const before = server.requests.length;
  const result = await run();
  const request = server.requests[before];
  if (!request) throw new Error('no request reached the server');
  return { result, request };
}

const json = (request: RecordedRequest): unknown => request.json();

describe('compat: providers', () => {
  it('listProviders', async () => {
    const { result, request } = await call({ body: { data: [{ name: 'github' }] } }, () => nango.listProviders({ search: 'git' }));
    expect([request.method, request.path, request.query.get('search')]).toEqual(['GET', '/providers', 'git']);
    expect(request.headers.authorization).toBe('Bearer sk_compat');
    expect(result).toEqual({ data: [{ name: 'github' }] });
  });
  it('getProvider', async () => {
    const { result, request } = await call({ body: { data: { name: 'github' } } }, () => nango.getProvider({ provider: 'github' }));
    expect(request.path).toBe('/providers/github');
    expect(result).toEqual({ data: { name: 'github' } });
  });
  it('getProviderTemplates', async () => {
    const { result, request } = await call({ body: { data: [] } }, () => nango.getProviderTemplates({ provider: 'github' }));
    expect(request.path).toBe('/providers/github/templates');
    expect(result).toEqual({ data: [] });
  });
});

describe('compat: integrations', () => {
  it('listIntegrations keeps the legacy { configs } wrapper', async () => {
    const { result, request } = await call({ body: { data: [{ unique_key: 'gh' }] } }, () => nango.listIntegrations());
    expect(request.path).toBe('/integrations');
    expect(result).toEqual({ configs: [{ unique_key: 'gh' }] });
  });
  it('getIntegration sends every include value', async () => {
    const { result, request } = await call({ body: { data: { unique_key: 'gh' } } }, () =>
      nango.getIntegration({ uniqueKey: 'gh' }, { include: ['webhook', 'credentials'] }),
    );
    expect(request.path).toBe('/integrations/gh');
    expect(request.query.getAll('include')).toEqual(['webhook', 'credentials']);
    expect(request.headers['content-type']).toBeUndefined();
    expect(result).toEqual({ data: { unique_key: 'gh' } });
  });
  it('createIntegration', async () => {
    const body = { unique_key: 'gh', provider: 'github' };
    const { result, request } = await call({ body: { data: body } }, () => nango.createIntegration(body));
    expect([request.method, request.path]).toEqual(['POST', '/integrations']);
    expect(json(request)).toEqual(body);
    expect(result).toEqual({ data: body });
  });
  it('createQuickstartIntegration', async () => {
    const body = { unique_key: 'gh', provider: 'github' };
    const { request } = await call({ body: { data: body } }, () => nango.createQuickstartIntegration(body));
    expect([request.method, request.path]).toEqual(['POST', '/integrations/quickstart']);
    expect(json(request)).toEqual(body);
  });
  it('updateIntegration', async () => {
    const { request } = await call({ body: { data: {} } }, () => nango.updateIntegration({ uniqueKey: 'gh' }, { display_name: 'GitHub' }));
    expect([request.method, request.path]).toEqual(['PATCH', '/integrations/gh']);
    expect(json(request)).toEqual({ display_name: 'GitHub' });
  });
  it('deleteIntegration returns an axios-like response', async () => {
    const { result, request } = await call({ body: { success: true } }, () => nango.deleteIntegration('gh'));
    expect([request.method, request.path]).toEqual(['DELETE', '/integrations/gh']);
    expect(result).toMatchObject({ status: 200, data: { success: true } });
    expect(result.headers['content-type']).toContain('application/json');
  });
});

describe('compat: functions', () => {
  it('listFunctions', async () => {
    const page = { data: [{ name: 'issues' }], pagination: { total: 1, page: 0, limit: 20 } };
    const { result, request } = await call({ body: page }, () => nango.listFunctions({ uniqueKey: 'gh' }, { type: 'sync', limit: 20 }));
    expect(request.path).toBe('/integrations/gh/functions');
    expect([request.query.get('type'), request.query.get('limit')]).toEqual(['sync', '20']);
    expect(result).toEqual(page);
  });
  it('getFunction', async () => {
    const { request } = await call({ body: { data: { name: 'issues' } } }, () => nango.getFunction({ uniqueKey: 'gh', name: 'issues' }, { type: 'sync' }));
    expect(request.path).toBe('/integrations/gh/functions/issues');
    expect(request.query.get('type')).toBe('sync');
  });
  it('getFunctionCode', async () => {
    const { result, request } = await call({ body: { type: 'sync', code: 'export default 1' } }, () => nango.getFunctionCode({ uniqueKey: 'gh', name: 'issues' }));
    expect(request.path).toBe('/integrations/gh/functions/issues/code');
    expect(result).toEqual({ type: 'sync', code: 'export default 1' });
  });
  it('deleteFunction', async () => {
    const { request } = await call({ body: { data: { success: true } } }, () => nango.deleteFunction({ uniqueKey: 'gh', name: 'issues' }, { type: 'sync' }));
    expect([request.method, request.path, request.query.get('type')]).toEqual(['DELETE', '/integrations/gh/functions/issues', 'sync']);
  });
  it('getScriptsConfig', async () => {
    const { result, request } = await call({ body: [] }, () => nango.getScriptsConfig('nango'));
    expect([request.path, request.query.get('format')]).toEqual(['/scripts/config', 'nango']);
    expect(result).toEqual([]);
  });
});

describe('compat: connections', () => {
  const list = { connections: [{ id: 1, connection_id: 'c1', provider_config_key: 'gh', provider: 'github', created: 'x', metadata: {}, tags: {}, errors: [] }] };

  it('listConnections (positional overload)', async () => {
    const { result, request } = await call({ body: list }, () => nango.listConnections('c1', 'sea', { endUserId: 'u1', limit: 10 }));
    expect(request.path).toBe('/connections');
    expect(Object.fromEntries(request.query)).toEqual({ connectionId: 'c1', search: 'sea', endUserId: 'u1', limit: '10' });
    expect(result).toEqual(list);
  });
  it('listConnections (object overload) maps userId, integrationId and tag aliases', async () => {
    const { request } = await call({ body: list }, () =>
      nango.listConnections({ userId: 'u1', integrationId: ['gh', 'slack'], tags: { displayName: 'Ann', email: 'a@x.io', Team: 'red' } }),
    );
    expect(Object.fromEntries(request.query)).toEqual({
      endUserId: 'u1',
      integrationId: 'gh,slack',
      'tags[end_user_display_name]': 'Ann',
      'tags[end_user_email]': 'a@x.io',
      'tags[team]': 'red',
    });
  });
  it('getConnection sends the three flags', async () => {
    const { result, request } = await call({ body: { connection_id: 'c1' } }, () => nango.getConnection('gh', 'c1', true, true));
    expect(request.path).toBe('/connections/c1');
    expect(request.query.get('provider_config_key')).toBe('gh');
    expect(request.query.get('force_refresh')).toBe('true');
    expect(request.query.get('refresh_token')).toBe('true');
    expect(result).toEqual({ connection_id: 'c1' });
  });
  it('patchConnection', async () => {
    const { result, request } = await call({ body: { success: true } }, () => nango.patchConnection({ connectionId: 'c 1', provider_config_key: 'gh' }, { tags: { a: 'b' } }));
    expect([request.method, request.path, request.query.get('provider_config_key')]).toEqual(['PATCH', '/connections/c%201', 'gh']);
    expect(json(request)).toEqual({ tags: { a: 'b' } });
    expect(result).toEqual({ success: true });
  });
  it('getToken returns the access token string for OAuth 2', async () => {
    const { result } = await call({ body: { credentials: { type: 'OAUTH2', access_token: 'at' } } }, () => nango.getToken('gh', 'c1'));
    expect(result).toBe('at');
  });
  it('getToken returns the OAuth 1 pair and other credentials as is', async () => {
    const { result } = await call({ body: { credentials: { type: 'OAUTH1', oauth_token: 't', oauth_token_secret: 's' } } }, () => nango.getToken('gh', 'c1', true));
    expect(result).toEqual({ oAuthToken: 't', oAuthTokenSecret: 's' });
    const apiKey = await call({ body: { credentials: { type: 'API_KEY', apiKey: 'k' } } }, () => nango.getToken('gh', 'c1'));
    expect(apiKey.result).toEqual({ type: 'API_KEY', apiKey: 'k' });
  });
  it('getRawTokenResponse', async () => {
    const { result } = await call({ body: { credentials: { type: 'OAUTH2', access_token: 'at', raw: { scope: 'repo' } } } }, () => nango.getRawTokenResponse('gh', 'c1'));
    expect(result).toEqual({ scope: 'repo' });
  });
  it('getMetadata', async () => {
    const { result, request } = await call({ body: { metadata: { plan: 'pro' } } }, () => nango.getMetadata('gh', 'c1'));
    expect(request.path).toBe('/connections/c1');
    expect(result).toEqual({ plan: 'pro' });
  });
  it('setMetadata returns an axios-like 201 response', async () => {
    const echo = { connection_id: 'c1', provider_config_key: 'gh', metadata: { a: 1 } };
    const { result, request } = await call({ status: 201, body: echo }, () => nango.setMetadata('gh', 'c1', { a: 1 }));
    expect([request.method, request.path]).toEqual(['POST', '/connections/metadata']);
    expect(json(request)).toEqual(echo);
    expect(result).toMatchObject({ status: 201, data: echo });
  });
  it('updateMetadata', async () => {
    const echo = { connection_id: ['c1', 'c2'], provider_config_key: 'gh', metadata: { a: 2 } };
    const { result, request } = await call({ body: echo }, () => nango.updateMetadata('gh', ['c1', 'c2'], { a: 2 }));
    expect([request.method, request.path]).toEqual(['PATCH', '/connections/metadata']);
    expect(json(request)).toEqual(echo);
    expect(result.status).toBe(200);
  });
  it('deleteConnection', async () => {
    const { result, request } = await call({ body: { success: true } }, () => nango.deleteConnection('gh', 'c1'));
    expect([request.method, request.path, request.query.get('provider_config_key')]).toEqual(['DELETE', '/connections/c1', 'gh']);
    expect(result).toMatchObject({ status: 200, data: { success: true } });
  });
  it('waitForConnection polls with endUserId and matches the integration', async () => {
    const { result, request } = await call({ body: list }, () => nango.waitForConnection('gh', 'u1'));
    expect(request.query.get('endUserId')).toBe('u1');
    expect(result).toMatchObject({ connection_id: 'c1' });
  });
  it('waitForConnection aborts with a typed error', async () => {
    server.setHandler(() => ({ body: { connections: [] } }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await expect(nango.waitForConnection('gh', 'u1', { signal: controller.signal })).rejects.toMatchObject({ name: 'NangoAbortError' });
  });
});

describe('compat: records and syncs', () => {
  it('listRecords maps options to the wire', async () => {
    const page = { records: [], next_cursor: null };
    const { result, request } = await call({ body: page }, () =>
      nango.listRecords({ providerConfigKey: 'gh', connectionId: 'c1', model: 'Issue', delta: '2026-01-01T00:00:00Z', limit: 5, filter: 'added', ids: ['1', '2'] }),
    );
    expect(request.path).toBe('/records');
    expect(request.headers['connection-id']).toBe('c1');
    expect(request.headers['provider-config-key']).toBe('gh');
    expect(request.query.get('model')).toBe('Issue');
    expect(request.query.get('modified_after')).toBe('2026-01-01T00:00:00Z');
    expect(request.query.getAll('ids')).toEqual(['1', '2']);
    expect(result).toEqual(page);
  });
  it('pruneRecords', async () => {
    const { result, request } = await call({ body: { count: 3, has_more: false } }, () =>
      nango.pruneRecords({ providerConfigKey: 'gh', connectionId: 'c1', model: 'Issue', untilCursor: 'cur' }),
    );
    expect([request.method, request.path]).toEqual(['PATCH', '/records/prune']);
    expect(json(request)).toEqual({ model: 'Issue', until_cursor: 'cur' });
    expect(result).toEqual({ count: 3, has_more: false });
  });
  it('triggerSync with opts and with the legacy boolean', async () => {
    const { result, request } = await call({ body: { success: true } }, () => nango.triggerSync('gh', ['issues'], 'c1', { reset: true }));
    expect([request.method, request.path]).toEqual(['POST', '/sync/trigger']);
    expect(json(request)).toEqual({ provider_config_key: 'gh', syncs: ['issues'], connection_id: 'c1', opts: { reset: true } });
    expect(result).toMatchObject({ status: 200, data: { success: true } });
    const legacy = await call({ body: { success: true } }, () => nango.triggerSync('gh', [{ name: 'issues', variant: 'v1' }], 'c1', true));
    expect(json(legacy.request)).toEqual({ provider_config_key: 'gh', syncs: [{ name: 'issues', variant: 'v1' }], connection_id: 'c1', sync_mode: 'full_refresh' });
  });
  it('startSync', async () => {
    const { request, result } = await call({ body: { success: true } }, () => nango.startSync('gh', ['issues'], 'c1'));
    expect(request.path).toBe('/sync/start');
    expect(json(request)).toEqual({ provider_config_key: 'gh', syncs: ['issues'], connection_id: 'c1' });
    expect(result.data).toEqual({ success: true });
  });
  it('pauseSync', async () => {
    const { request } = await call({ body: { success: true } }, () => nango.pauseSync('gh', ['issues']));
    expect(request.path).toBe('/sync/pause');
    expect(json(request)).toEqual({ provider_config_key: 'gh', syncs: ['issues'] });
  });
  it('syncStatus joins names and variants', async () => {
    const { result, request } = await call({ body: { syncs: [] } }, () => nango.syncStatus('gh', ['issues', { name: 'prs', variant: 'v2' }], 'c1'));
    expect(request.path).toBe('/sync/status');
    expect(request.query.get('syncs')).toBe('issues,prs::v2');
    expect(request.query.get('connection_id')).toBe('c1');
    expect(result).toEqual({ syncs: [] });
    const all = await call({ body: { syncs: [] } }, () => nango.syncStatus('gh', '*'));
    expect(all.request.query.get('syncs')).toBe('*');
  });
  it('updateSyncConnectionFrequency', async () => {
    const { request } = await call({ body: { frequency: '1h' } }, () => nango.updateSyncConnectionFrequency('gh', { name: 'issues', variant: 'v1' }, 'c1', '1h'));
    expect([request.method, request.path]).toEqual(['PUT', '/sync/update-connection-frequency']);
    expect(json(request)).toEqual({ provider_config_key: 'gh', connection_id: 'c1', sync_name: 'issues', sync_variant: 'v1', frequency: '1h' });
  });
  it('createSyncVariant', async () => {
    const { result, request } = await call({ body: { id: 'x', name: 'issues', variant: 'v1' } }, () =>
      nango.createSyncVariant({ name: 'issues', variant: 'v1', provider_config_key: 'gh', connection_id: 'c1' }),
    );
    expect([request.method, request.path]).toEqual(['POST', '/sync/issues/variant/v1']);
    expect(json(request)).toEqual({ provider_config_key: 'gh', connection_id: 'c1' });
    expect(result).toEqual({ id: 'x', name: 'issues', variant: 'v1' });
  });
  it('deleteSyncVariant', async () => {
    const { request } = await call({ body: { success: true } }, () => nango.deleteSyncVariant({ name: 'issues', variant: 'v1', provider_config_key: 'gh', connection_id: 'c1' }));
    expect([request.method, request.path]).toEqual(['DELETE', '/sync/issues/variant/v1']);
    expect(json(request)).toEqual({ provider_config_key: 'gh', connection_id: 'c1' });
  });
  it('getEnvironmentVariables', async () => {
    const { result, request } = await call({ body: [{ name: 'A', value: '1' }] }, () => nango.getEnvironmentVariables());
    expect(request.path).toBe('/environment-variables');
    expect(result).toEqual([{ name: 'A', value: '1' }]);
  });
});

describe('compat: actions', () => {
  it('triggerAction', async () => {
    const { result, request } = await call({ body: { ok: 1 } }, () => nango.triggerAction('gh', 'c1', 'create-issue', { title: 't' }));
    expect([request.method, request.path]).toEqual(['POST', '/action/trigger']);
    expect(request.headers['connection-id']).toBe('c1');
    expect(request.headers['provider-config-key']).toBe('gh');
    expect(json(request)).toEqual({ action_name: 'create-issue', input: { title: 't' } });
    expect(result).toEqual({ ok: 1 });
  });
  it('triggerActionAsync', async () => {
    const { result, request } = await call({ status: 202, body: { id: 'a1', statusUrl: '/action/a1' } }, () => nango.triggerActionAsync('gh', 'c1', 'create-issue'));
    expect(request.headers['x-async']).toBe('true');
    expect(result).toEqual({ id: 'a1', statusUrl: '/action/a1' });
  });
  it('getAsyncActionResult by id and by statusUrl', async () => {
    const byId = await call({ body: { done: true } }, () => nango.getAsyncActionResult({ id: 'a1' }));
    expect(byId.request.path).toBe('/action/a1');
    expect(byId.result).toEqual({ done: true });
    const byUrl = await call({ body: { done: true } }, () => nango.getAsyncActionResult({ statusUrl: '/action/a2' }));
    expect(byUrl.request.path).toBe('/action/a2');
    await expect(nango.getAsyncActionResult({})).rejects.toBeInstanceOf(NangoValidationError);
  });
});

describe('compat: proxy', () => {
  it('proxy returns { data, status, headers } and maps headers', async () => {
    const { result, request } = await call({ status: 201, headers: { 'x-upstream': 'yes' }, body: { created: true } }, () =>
      nango.proxy({
        endpoint: '/repos/a/b/issues',
        method: 'post',
        providerConfigKey: 'gh',
        connectionId: 'c1',
        headers: { 'X-Custom': 'v' },
        params: { per_page: 5 },
        data: { title: 't' },
        retries: 3,
        baseUrlOverride: 'http://127.0.0.1:1',
      }),
    );
    expect([request.method, request.path, request.query.get('per_page')]).toEqual(['POST', '/proxy/repos/a/b/issues', '5']);
    expect(request.headers['nango-proxy-x-custom']).toBe('v');
    expect(request.headers['retries']).toBe('3');
    expect(request.headers['base-url-override']).toBe('http://127.0.0.1:1');
    expect(json(request)).toEqual({ title: 't' });
    expect(result).toMatchObject({ status: 201, data: { created: true } });
    expect(result.headers['x-upstream']).toBe('yes');
  });
  it.each(['get', 'post', 'put', 'patch', 'delete'] as const)('%s sets the method', async (method) => {
    const { request } = await call({ body: 'plain text' }, () => nango[method]({ endpoint: 'ping', providerConfigKey: 'gh', connectionId: 'c1' }));
    expect(request.method).toBe(method.toUpperCase());
    expect(request.path).toBe('/proxy/ping');
  });
  it('reads arraybuffer and stream response types', async () => {
    const bytes = await call({ body: Buffer.from([1, 2, 3]) }, () => nango.get<Buffer>({ endpoint: '/bin', providerConfigKey: 'gh', connectionId: 'c1', responseType: 'arraybuffer' }));
    expect([...bytes.result.data]).toEqual([1, 2, 3]);
    const streamed = await call({ body: 'abc' }, () => nango.get<Readable>({ endpoint: '/bin', providerConfigKey: 'gh', connectionId: 'c1', responseType: 'stream' }));
    const chunks: Buffer[] = [];
    for await (const chunk of streamed.result.data) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('abc');
  });
  it('rejects with a typed error that also has an axios-style response view', async () => {
    server.setHandler(() => ({ status: 404, body: { error: { code: 'not_found', message: 'nope' } } }));
    const error = await nango.get({ endpoint: '/missing', providerConfigKey: 'gh', connectionId: 'c1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NangoNotFoundError);
    expect(error).toMatchObject({ status: 404, code: 'not_found', response: { status: 404, data: { error: { code: 'not_found' } } } });
  });
  it('requires connectionId and providerConfigKey', async () => {
    await expect(nango.proxy({ endpoint: '/x' })).rejects.toBeInstanceOf(NangoValidationError);
  });
});

describe('compat: webhooks and connect sessions', () => {
  const raw = JSON.stringify({ type: 'auth', connectionId: 'c1' });

  it('verifyIncomingWebhookRequest checks the HMAC header with the signing key', () => {
    const signature = createHmac('sha256', 'whsec_compat').update(raw).digest('hex');
    expect(nango.verifyIncomingWebhookRequest(raw, { 'X-Nango-Hmac-Sha256': signature })).toBe(true);
    const otherKey = createHmac('sha256', 'another_key').update(raw).digest('hex');
    expect(nango.verifyIncomingWebhookRequest(raw, { 'x-nango-hmac-sha256': otherKey })).toBe(false);
    expect(nango.verifyIncomingWebhookRequest(raw, {})).toBe(false);
  });
  it('verifyWebhookSignature checks the legacy SHA-256 signature', () => {
    const payload = { type: 'auth' };
    const signature = createHash('sha256').update(`whsec_compat${JSON.stringify(payload)}`).digest('hex');
    expect(nango.verifyWebhookSignature(signature, payload)).toBe(true);
    expect(nango.verifyWebhookSignature('0'.repeat(64), payload)).toBe(false);
  });
  it('createConnectSession', async () => {
    const body = { end_user: { id: 'u1' }, allowed_integrations: ['gh'] };
    const { result, request } = await call({ status: 201, body: { data: { token: 'tok', expires_at: 'x' } } }, () => nango.createConnectSession(body));
    expect([request.method, request.path]).toEqual(['POST', '/connect/sessions']);
    expect(json(request)).toEqual(body);
    expect(result).toEqual({ data: { token: 'tok', expires_at: 'x' } });
  });
  it('createReconnectSession', async () => {
    const body = { connection_id: 'c1', integration_id: 'gh' };
    const { request } = await call({ status: 201, body: { data: { token: 'tok', expires_at: 'x' } } }, () => nango.createReconnectSession(body));
    expect([request.method, request.path]).toEqual(['POST', '/connect/sessions/reconnect']);
    expect(json(request)).toEqual(body);
  });
});

describe('compat: constructor', () => {
  it('accepts apiKey and falls back to NANGO_SECRET_KEY', async () => {
    const viaApiKey = new Nango({ host: server.url, apiKey: 'sk_api' });
    const { request } = await call({ body: { data: [] } }, () => viaApiKey.listIntegrations());
    expect(request.headers.authorization).toBe('Bearer sk_api');
    expect(() => new Nango({ apiKey: 'a', secretKey: 'b' })).toThrow(NangoValidationError);
  });
  it('exports the timeout error for waitForConnection callers', () => {
    expect(new NangoTimeoutError()).toBeInstanceOf(Error);
  });
});

/** Every public method of the official client, so a rename cannot slip through. */
const OFFICIAL_METHODS = [
  'listProviders', 'getProvider', 'getProviderTemplates', 'listIntegrations', 'getIntegration', 'createIntegration',
  'createQuickstartIntegration', 'updateIntegration', 'deleteIntegration', 'listFunctions', 'getFunction', 'getFunctionCode',
  'deleteFunction', 'listConnections', 'getConnection', 'patchConnection', 'getToken', 'getRawTokenResponse', 'getMetadata',
  'setMetadata', 'updateMetadata', 'deleteConnection', 'getScriptsConfig', 'listRecords', 'pruneRecords', 'triggerSync',
  'startSync', 'pauseSync', 'syncStatus', 'updateSyncConnectionFrequency', 'waitForConnection', 'createSyncVariant',
  'deleteSyncVariant', 'getEnvironmentVariables', 'triggerAction', 'triggerActionAsync', 'getAsyncActionResult', 'proxy',
  'get', 'post', 'put', 'patch', 'delete', 'verifyWebhookSignature', 'verifyIncomingWebhookRequest', 'createConnectSession',
  'createReconnectSession',
] as const;

it('implements all 47 methods of @nangohq/node', () => {
  expect(OFFICIAL_METHODS).toHaveLength(47);
  for (const name of OFFICIAL_METHODS) expect(typeof nango[name], name).toBe('function');
});
