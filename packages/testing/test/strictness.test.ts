import { afterEach, describe, expect, it } from 'vitest';

import { builtinProviders, type FakeNango } from '../src/index.js';
import { call, conn, expectNoViolations, makeFake } from './support.js';

let fake: FakeNango;
afterEach(() => expectNoViolations(fake));

describe('authentication', () => {
  it('answers 401 with the server codes', async () => {
    fake = makeFake();
    expect((await call(fake, 'GET', '/connections', { token: null })).body.error.code).toBe('missing_auth_header');
    const malformed = await call(fake, 'GET', '/connections', { headers: { authorization: 'Bearer ' }, token: null });
    expect([malformed.status, malformed.body.error.code]).toEqual([401, 'malformed_auth_header']);
    const wrong = await call(fake, 'GET', '/connections', { token: 'wrong' });
    expect([wrong.status, wrong.body.error.code]).toEqual([401, 'unknown_account']);
  });

  it('accepts only a connect-session token on /connect/session, and either on providers and integrations', async () => {
    fake = makeFake({ providers: builtinProviders });
    const withSecret = await call(fake, 'GET', '/connect/session');
    expect([withSecret.status, withSecret.body.error.code]).toEqual([401, 'invalid_connect_session_token_format']);
    const token = fake.connectSessions.create();
    expect((await call(fake, 'GET', '/providers', { token })).status).toBe(200);
    expect((await call(fake, 'GET', '/integrations', { token })).status).toBe(200);
    expect((await call(fake, 'GET', '/connections', { token })).status).toBe(401);
    const unknownSession = await call(fake, 'GET', '/connect/session', { token: 'nango_connect_session_' + '0'.repeat(64) });
    expect(unknownSession.body.error.code).toBe('unknown_connect_session_token');
  });
});

describe('request validation', () => {
  it('rejects unknown query keys with invalid_query_params', async () => {
    fake = makeFake();
    const res = await call(fake, 'GET', '/integrations?unexpected=1');
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({ code: 'invalid_query_params', errors: [{ code: 'unrecognized_keys', message: expect.any(String), path: [] }] });
  });

  it('rejects unknown body fields and wrong types with invalid_body and an errors list', async () => {
    fake = makeFake();
    const extra = await call(fake, 'POST', '/connect/sessions', { body: { tags: {}, surprise: true } });
    expect(extra.status).toBe(400);
    expect(extra.body.error.code).toBe('invalid_body');
    expect(extra.body.error.errors).toContainEqual(expect.objectContaining({ code: 'unrecognized_keys' }));
    const wrongType = await call(fake, 'POST', '/integrations', { body: { unique_key: 5, provider: 'github' } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.errors).toContainEqual({ code: 'invalid_type', message: expect.any(String), path: ['unique_key'] });
    const missing = await call(fake, 'POST', '/integrations', { body: {} });
    expect(missing.body.error.errors).toContainEqual({ code: 'invalid_type', message: 'Required', path: ['unique_key'] });
  });

  it('rejects a body on an operation without one', async () => {
    fake = makeFake();
    const res = await call(fake, 'POST', '/environment/webhook-signing-key/rotate', { body: { a: 1 } });
    expect([res.status, res.body.error.code]).toEqual([400, 'invalid_body']);
  });

  it('checks header parameters', async () => {
    fake = makeFake();
    const res = await call(fake, 'GET', '/records?model=Issue');
    expect([res.status, res.body.error.code]).toEqual([400, 'invalid_headers']);
  });

  it('answers malformed JSON with invalid_body, unknown routes with 404, huge bodies with 413', async () => {
    fake = makeFake({ maxBodyBytes: 1024 });
    const bad = await call(fake, 'POST', '/integrations', { rawBody: '{"unique_key":', headers: { 'content-type': 'application/json' } });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'invalid_body']);
    const route = await call(fake, 'GET', '/not/a/route');
    expect([route.status, route.body.error.code]).toEqual([404, 'not_found']);
    const huge = await call(fake, 'POST', '/integrations', { body: { unique_key: 'x'.repeat(5000), provider: 'github' } });
    expect([huge.status, huge.body.error.code]).toEqual([413, 'request_too_large']);
  });
});

describe('statuses', () => {
  it('uses 201, 202 and 204 where the server does', async () => {
    fake = makeFake();
    fake.connections.add({ providerConfigKey: 'github', connectionId: 'c1' });
    expect((await call(fake, 'POST', '/connect/sessions', { body: {} })).status).toBe(201);
    expect((await call(fake, 'POST', '/connections/metadata', { body: { connection_id: 'c1', provider_config_key: 'github', metadata: {} } })).status).toBe(201);
    const dry = await call(fake, 'POST', '/functions/dryruns', { body: { integration_id: 'github', function_type: 'action', code: 'x', connection_id: 'c1' } });
    expect(dry.status).toBe(202);
    expect((await call(fake, 'GET', `/functions/dryruns/${dry.body.id}`)).body.status).toBe('running');
    expect((await call(fake, 'GET', `/functions/dryruns/${dry.body.id}`)).body.status).toBe('success');
    const deploy = await call(fake, 'POST', '/functions/deployments', { body: { type: 'function', integration_id: 'github', function_name: 'fetch-issues', function_type: 'action', code: 'x' } });
    expect(deploy.status).toBe(202);
    const envId = (await call(fake, 'POST', '/environments', { body: { name: 'tmp' } })).body.data.id;
    expect((await call(fake, 'DELETE', `/environments/${envId}`)).status).toBe(204);
    const token = fake.connectSessions.create();
    expect((await call(fake, 'DELETE', '/connect/session', { token })).status).toBe(204);
  });

  it('answers 400 unknown_connection on delete and 404 on read of unknown connections', async () => {
    fake = makeFake();
    const del = await call(fake, 'DELETE', '/connections/nope?provider_config_key=github');
    expect([del.status, del.body.error.code]).toEqual([400, 'unknown_connection']);
    const get = await call(fake, 'GET', '/connections/nope?provider_config_key=github');
    expect(get.status).toBe(404);
    const badIntegration = await call(fake, 'GET', '/connections/nope?provider_config_key=nope');
    expect([badIntegration.status, badIntegration.body.error.code]).toEqual([400, 'unknown_provider_config']);
  });

  it('sends X-RateLimit-* headers on every response', async () => {
    fake = makeFake({ rateLimit: 5 });
    for (const path of ['/integrations', '/nope']) {
      const res = await call(fake, 'GET', path);
      expect(res.headers.get('x-ratelimit-limit')).toBe('5');
      expect(Number(res.headers.get('x-ratelimit-remaining'))).toBeGreaterThanOrEqual(0);
      expect(Number(res.headers.get('x-ratelimit-reset'))).toBeGreaterThan(0);
    }
  });
});

describe('functions and providers', () => {
  it('lists, reads, deletes functions and reports ambiguity with 409', async () => {
    fake = makeFake();
    fake.functions.add({ integrationId: 'github', name: 'issues', type: 'sync', returns: ['Issue'] });
    fake.functions.add({ integrationId: 'github', name: 'issues', type: 'action' });
    const list = await call(fake, 'GET', '/integrations/github/functions?limit=1');
    expect(list.body.pagination).toEqual({ total: 2, page: 0, limit: 1 });
    const ambiguous = await call(fake, 'GET', '/integrations/github/functions/issues/code');
    expect([ambiguous.status, ambiguous.body.error.code]).toEqual([409, 'ambiguous_function']);
    const code = await call(fake, 'GET', '/integrations/github/functions/issues/code?type=sync');
    expect(code.body.type).toBe('sync');
    expect((await call(fake, 'DELETE', '/integrations/github/functions/issues?type=action')).body).toEqual({ data: { success: true } });
    const config = await call(fake, 'GET', '/scripts/config');
    expect(Array.isArray(config.body)).toBe(true);
    expect((await call(fake, 'POST', '/functions/compile', { body: { code: 'export default 1' } })).body.bundled_js).toContain('export default 1');
  });

  it('knows the official provider catalog', async () => {
    // Response validation stays on: every official entry matches the spec's Provider schema.
    fake = makeFake();
    const all = await call(fake, 'GET', '/providers');
    expect([all.status, all.body.data.length]).toEqual([200, Object.keys(fake.state.providers).length]);
    for (const name of ['okta-cc', 'sap-ariba', 'transporeon-carrier-oauth2-cc', 'algolia', 'affinity']) {
      expect((await call(fake, 'GET', `/providers/${name}`)).status).toBe(200);
    }
    const res = await call(fake, 'GET', '/providers?search=^hubspot$');
    expect(res.body.data.map((p: any) => p.name)).toEqual(['hubspot']);
    expect((await call(fake, 'GET', '/providers/not-a-provider')).status).toBe(404);
    expect(Object.keys(fake.state.providers).length).toBeGreaterThan(500);
  });

  it('serves built-in catalog providers that match the spec', async () => {
    fake = makeFake({ providers: builtinProviders });
    const list = await call(fake, 'GET', '/providers');
    expect(list.body.data.map((p: any) => p.name)).toEqual(Object.keys(builtinProviders));
    for (const name of Object.keys(builtinProviders)) expect((await call(fake, 'GET', `/providers/${name}`)).status).toBe(200);
    expect((await call(fake, 'GET', '/providers/github/templates')).body).toEqual({ data: [] });
  });

  it('legacy connection routes behave like their replacements', async () => {
    fake = makeFake();
    const created = await call(fake, 'POST', '/connection', { body: { provider_config_key: 'openai', connection_id: 'l1', api_key: 'k' } });
    expect(created.status).toBe(200);
    expect((await call(fake, 'GET', '/connection/l1?provider_config_key=openai')).body.credentials).toEqual({ type: 'API_KEY', apiKey: 'k' });
    expect((await call(fake, 'POST', '/connection/l1/metadata', { body: { a: 1 }, headers: { 'provider-config-key': 'openai' } })).status).toBe(201);
    expect((await call(fake, 'PATCH', '/connection/l1/metadata', { body: { b: 2 }, headers: { 'provider-config-key': 'openai' } })).status).toBe(200);
    expect(fake.connections.get('openai', 'l1')?.metadata).toEqual({ a: 1, b: 2 });
    expect((await call(fake, 'GET', '/connection')).body.connections).toHaveLength(1);
    expect((await call(fake, 'DELETE', '/connection/l1?provider_config_key=openai')).body).toEqual({ success: true });
  });

  it('keeps secrets out of the request log', async () => {
    fake = makeFake();
    await call(fake, 'POST', '/connections', { body: { provider_config_key: 'github', connection_id: 's1', credentials: { type: 'OAUTH2', access_token: 'very-secret' } } });
    const token = fake.connectSessions.create();
    await call(fake, 'GET', `/oauth/connect/github?connect_session_token=${token}`, { token: null });
    const logged = JSON.stringify(fake.requests);
    for (const secret of ['very-secret', 'test-secret-key', token]) expect(logged).not.toContain(secret);
  });

  it('imports connections with POST /connections and patches them', async () => {
    fake = makeFake();
    const res = await call(fake, 'POST', '/connections', {
      body: { provider_config_key: 'github', connection_id: 'imp', credentials: { type: 'OAUTH2', access_token: 'tok' }, tags: { Org: 'acme' } },
    });
    expect(res.status).toBe(200);
    expect(res.body.tags).toEqual({ org: 'acme' });
    const mismatch = await call(fake, 'POST', '/connections', { body: { provider_config_key: 'github', credentials: { type: 'API_KEY', apiKey: 'x' } } });
    expect(mismatch.status).toBe(400);
    const patched = await call(fake, 'PATCH', '/connections/imp?provider_config_key=github', { body: { tags: { Team: 'a' } } });
    expect(patched.body).toEqual({ success: true });
    expect(fake.connections.get('github', 'imp')?.tags).toEqual({ team: 'a' });
    expect((await call(fake, 'GET', '/records?model=X', { headers: conn('imp') })).status).toBe(200);
  });
});
