import { afterEach, describe, expect, it } from 'vitest';

import type { FakeNango, ProviderCatalog } from '../src/index.js';
import { call, expectNoViolations, makeFake } from './support.js';

let fake: FakeNango;
afterEach(() => expectNoViolations(fake));

const PROVIDERS: ProviderCatalog = {
  github: { display_name: 'GitHub', auth_mode: 'OAUTH2' },
  openai: { display_name: 'OpenAI', auth_mode: 'API_KEY' },
  'ghost-admin': { display_name: 'Ghost Admin', auth_mode: 'JWT' },
  'netsuite-tba': { display_name: 'NetSuite (TBA)', auth_mode: 'TBA' },
  '3cx': { display_name: '3CX', auth_mode: 'TWO_STEP' },
  'salesforce-cc': { display_name: 'Salesforce (Client Credentials)', auth_mode: 'OAUTH2_CC' },
  emarsys: { display_name: 'Emarsys', auth_mode: 'SIGNATURE' },
  bill: { display_name: 'Bill', auth_mode: 'BILL' },
  'aws-sigv4': { display_name: 'AWS SigV4', auth_mode: 'AWS_SIGV4' },
  unauthenticated: { display_name: 'Unauthenticated', auth_mode: 'NONE' },
};

function fakeWithIntegrations(): FakeNango {
  const created = makeFake({ providers: PROVIDERS });
  for (const provider of Object.keys(PROVIDERS)) if (provider !== 'github' && provider !== 'openai') created.integrations.add({ uniqueKey: provider, provider });
  return created;
}

interface Case {
  route: string;
  integration: string;
  body: Record<string, unknown>;
  /** Stored credential fields the connection must have. */
  stored: Record<string, unknown>;
  /** A body lacking a required field, and the error code it gets. */
  incomplete: Record<string, unknown>;
  code: 'invalid_body' | 'missing_credentials';
}

const CASES: Case[] = [
  {
    route: 'auth/two-step',
    integration: '3cx',
    body: { type: 'TWO_STEP', username: 'ada', password: 'pw' },
    stored: { type: 'TWO_STEP', token: expect.any(String), raw: expect.any(Object) },
    incomplete: { type: 'TWO_STEP' },
    code: 'missing_credentials',
  },
  {
    route: 'auth/signature',
    integration: 'emarsys',
    body: { username: 'ada', password: 'pw' },
    stored: { type: 'SIGNATURE', username: 'ada', password: 'pw', token: expect.any(String) },
    incomplete: { username: 'ada' },
    code: 'invalid_body',
  },
  {
    route: 'auth/aws-sigv4',
    integration: 'aws-sigv4',
    body: { role_arn: 'arn:aws:iam::123456789012:role/nango', region: 'eu-west-1' },
    stored: { type: 'AWS_SIGV4', role_arn: 'arn:aws:iam::123456789012:role/nango', region: 'eu-west-1' },
    incomplete: { role_arn: 'arn:aws:iam::123456789012:role/nango' },
    code: 'invalid_body',
  },
  {
    route: 'auth/bill',
    integration: 'bill',
    body: { username: 'ada@example.com', password: 'pw', organization_id: 'org-1', dev_key: 'dev-1' },
    stored: { type: 'BILL', username: 'ada@example.com', password: 'pw', organization_id: 'org-1', dev_key: 'dev-1', session_id: expect.any(String) },
    incomplete: { username: 'ada@example.com', password: 'pw', organization_id: 'org-1' },
    code: 'invalid_body',
  },
  {
    route: 'auth/jwt',
    integration: 'ghost-admin',
    body: { privateKey: { id: 'kid', secret: 'abcd' } },
    stored: { type: 'JWT', privateKey: { id: 'kid', secret: 'abcd' }, token: expect.any(String) },
    incomplete: { privateKey: { id: 'kid' } },
    code: 'invalid_body',
  },
  {
    route: 'auth/tba',
    integration: 'netsuite-tba',
    body: { token_id: 'tid-1', token_secret: 'tsec-1' },
    stored: { type: 'TBA', token_id: 'tid-1', token_secret: 'tsec-1', config_override: {} },
    incomplete: { token_id: 'tid-1' },
    code: 'invalid_body',
  },
  {
    route: 'oauth2/auth',
    integration: 'salesforce-cc',
    body: { client_id: 'cid', client_secret: 'csecret' },
    stored: { type: 'OAUTH2_CC', client_id: 'cid', client_secret: 'csecret', token: expect.any(String) },
    incomplete: { client_id: 'cid' },
    code: 'missing_credentials',
  },
];

describe('headless credential routes', () => {
  describe.each(CASES)('POST /$route', ({ route, integration, body, stored, incomplete, code }) => {
    it('creates the connection with the given id, credentials and an auth webhook', async () => {
      fake = fakeWithIntegrations();
      const token = fake.connectSessions.create({ tags: { end_user_id: 'u1' } });
      const res = await call(fake, 'POST', `/${route}/${integration}?connect_session_token=${token}&connection_id=c1`, { body, token: null, headers: { origin: 'http://app.example' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.body).toEqual({ providerConfigKey: integration, connectionId: 'c1' });
      const connection = fake.connections.get(integration, 'c1');
      expect(connection?.credentials).toEqual(expect.objectContaining(stored));
      // Read back through the public API: the answer must match the spec's credential schemas (checked after each test).
      const read = await call(fake, 'GET', `/connections/c1?provider_config_key=${integration}`);
      expect(read.status).toBe(200);
      expect(read.body.credentials).toEqual(expect.objectContaining({ type: stored.type }));
      await fake.webhooks.flush();
      expect(fake.webhooks.sent.map((delivery) => delivery.event)).toEqual([
        expect.objectContaining({ type: 'auth', operation: 'creation', success: true, providerConfigKey: integration, connectionId: 'c1' }),
      ]);
    });

    it(`answers 400 ${code} when a required field is missing, and creates nothing`, async () => {
      fake = fakeWithIntegrations();
      const token = fake.connectSessions.create();
      const res = await call(fake, 'POST', `/${route}/${integration}?connect_session_token=${token}&connection_id=c1`, { body: incomplete, token: null });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
      expect(fake.connections.list()).toEqual([]);
    });

    it('answers 401 without a session token or with an unknown one', async () => {
      fake = fakeWithIntegrations();
      const missing = await call(fake, 'POST', `/${route}/${integration}`, { body, token: null });
      expect(missing.status).toBe(401);
      expect(missing.body.error.code).toBe('missing_connect_session_token');
      const unknown = await call(fake, 'POST', `/${route}/${integration}?connect_session_token=nango_connect_session_unknown`, { body, token: null });
      expect(unknown.status).toBe(401);
      expect(unknown.body.error.code).toBe('unknown_connect_session_token');
      expect(fake.connections.list()).toEqual([]);
    });
  });

  it('re-authorises the connection of a reconnect session', async () => {
    fake = fakeWithIntegrations();
    const token = fake.connectSessions.create();
    await call(fake, 'POST', `/auth/tba/netsuite-tba?connect_session_token=${token}&connection_id=n1`, { body: { token_id: 'old', token_secret: 's1' }, token: null });
    const reconnect = await call(fake, 'POST', '/connect/sessions/reconnect', { body: { connection_id: 'n1', integration_id: 'netsuite-tba' } });
    const again = await call(fake, 'POST', `/auth/tba/netsuite-tba?connect_session_token=${reconnect.body.data.token}`, { body: { token_id: 'new', token_secret: 's2' }, token: null });
    expect(again.body).toEqual({ providerConfigKey: 'netsuite-tba', connectionId: 'n1' });
    expect(fake.connections.get('netsuite-tba', 'n1')?.credentials).toEqual({ type: 'TBA', token_id: 'new', token_secret: 's2', config_override: {} });
    await fake.webhooks.flush();
    expect(fake.webhooks.sent.map((delivery) => (delivery.event as { operation?: string }).operation)).toEqual(['creation', 'override']);
  });

  it('honours the session allow-list and the integration auth mode', async () => {
    fake = fakeWithIntegrations();
    const token = fake.connectSessions.create({ allowedIntegrations: ['ghost-admin'] });
    const notAllowed = await call(fake, 'POST', `/auth/tba/netsuite-tba?connect_session_token=${token}`, { body: { token_id: 't', token_secret: 's' }, token: null });
    expect(notAllowed.status).toBe(400);
    expect(notAllowed.body.error.code).toBe('integration_not_allowed');
    const open = fake.connectSessions.create();
    const wrongMode = await call(fake, 'POST', `/auth/jwt/netsuite-tba?connect_session_token=${open}`, { body: { privateKey: 'pem' }, token: null });
    expect(wrongMode.status).toBe(400);
    expect(wrongMode.body.error.code).toBe('invalid_auth_mode');
    const malformed = await call(fake, 'POST', `/auth/jwt/ghost-admin?connect_session_token=${open}`, { rawBody: '{nope', headers: { 'content-type': 'application/json' }, token: null });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('invalid_body');
    expect(fake.connections.list()).toEqual([]);
  });

  it('accepts a string JWT key and an OAuth2 client private key', async () => {
    fake = fakeWithIntegrations();
    const token = fake.connectSessions.create();
    const jwt = await call(fake, 'POST', `/auth/jwt/ghost-admin?connect_session_token=${token}&connection_id=j1`, { body: { type: 'JWT', privateKey: 'pem-key' }, token: null });
    expect(jwt.status).toBe(200);
    expect(fake.connections.get('ghost-admin', 'j1')?.credentials).toEqual(expect.objectContaining({ type: 'JWT', privateKey: 'pem-key' }));
    const cc = await call(fake, 'POST', `/oauth2/auth/salesforce-cc?connect_session_token=${token}&connection_id=s1`, { body: { client_id: 'cid', client_private_key: 'pk', client_certificate: 'cert' }, token: null });
    expect(cc.status).toBe(200);
    expect(fake.connections.get('salesforce-cc', 's1')?.credentials).toEqual(expect.objectContaining({ type: 'OAUTH2_CC', client_id: 'cid' }));
  });

  it('connects an unauthenticated integration with a new connection id when none is given', async () => {
    fake = fakeWithIntegrations();
    const token = fake.connectSessions.create();
    const res = await call(fake, 'POST', `/auth/unauthenticated/unauthenticated?connect_session_token=${token}`, { token: null });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ providerConfigKey: 'unauthenticated', connectionId: expect.any(String) });
    expect(fake.connections.get('unauthenticated', res.body.connectionId)?.credentials).toEqual({ type: 'NONE' });
    const wrongMode = await call(fake, 'POST', `/auth/unauthenticated/bill?connect_session_token=${token}`, { token: null });
    expect(wrongMode.status).toBe(400);
    expect(wrongMode.body.error.code).toBe('invalid_auth_mode');
    const noToken = await call(fake, 'POST', '/auth/unauthenticated/unauthenticated', { token: null });
    expect(noToken.status).toBe(401);
  });

  it('answers the CORS preflight of a headless route', async () => {
    fake = fakeWithIntegrations();
    const res = await call(fake, 'OPTIONS', '/auth/jwt/ghost-admin', {
      token: null,
      headers: { origin: 'http://app.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(res.status).toBeLessThan(300);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});
