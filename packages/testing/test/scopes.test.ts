import { describe, expect, it } from 'vitest';

import { hasScope } from '../src/state/scopes.js';
import { call, expectNoViolations, makeFake } from './support.js';

const ACCOUNT = 'scopes-account-key';

describe('API key scopes', () => {
  it('matches exact scopes and `:*` prefixes only', () => {
    expect(hasScope(['environment:*'], 'environment:connections:read')).toBe(true);
    expect(hasScope(['environment:connections:*'], 'environment:connections:read_credentials')).toBe(true);
    expect(hasScope(['environment:connections:read'], 'environment:connections:read_credentials')).toBe(false);
    expect(hasScope(['environment:*'], 'account:environments:create')).toBe(false);
    expect(hasScope([], 'environment:proxy')).toBe(false);
  });

  it('answers 403 forbidden for a key without the route scope, and lets the scope through', async () => {
    const fake = makeFake();
    const reader = fake.environments.addKey({ scopes: ['environment:integrations:list'] });
    expect((await call(fake, 'GET', '/integrations', { token: reader })).status).toBe(200);
    const denied = await call(fake, 'DELETE', '/integrations/github', { token: reader });
    expect(denied.status).toBe(403);
    expect(denied.body).toEqual({ error: { code: 'forbidden', message: expect.stringContaining('environment:integrations:delete') } });
    expect(fake.integrations.get('github')).toBeDefined();
    // The catalog needs no scope.
    expect((await call(fake, 'GET', '/providers/github/templates', { token: fake.environments.addKey({ scopes: [] }) })).status).toBe(200);
    expectNoViolations(fake);
  });

  it('checks the scope before validating the request', async () => {
    const fake = makeFake();
    const none = fake.environments.addKey({ scopes: [] });
    const res = await call(fake, 'POST', '/integrations', { token: none, body: { nonsense: true } });
    expect(res.status).toBe(403);
    expectNoViolations(fake);
  });

  it('strips credentials without read_credentials and refuses the refresh flags', async () => {
    const fake = makeFake();
    fake.connections.add({ providerConfigKey: 'github', connectionId: 'c1' });
    const read = fake.environments.addKey({ scopes: ['environment:connections:read'] });
    const plain = await call(fake, 'GET', '/connections/c1?provider_config_key=github', { token: read });
    expect(plain.status).toBe(200);
    expect(plain.body.connection_id).toBe('c1');
    expect(plain.body).not.toHaveProperty('credentials');
    for (const flag of ['force_refresh=true', 'refresh_token=true', 'refresh_github_app_jwt_token=true']) {
      const res = await call(fake, 'GET', `/connections/c1?provider_config_key=github&${flag}`, { token: read });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    const full = fake.environments.addKey({ scopes: ['environment:connections:read', 'environment:connections:read_credentials'] });
    const withCredentials = await call(fake, 'GET', '/connections/c1?provider_config_key=github&force_refresh=true', { token: full });
    expect(withCredentials.status).toBe(200);
    expect(withCredentials.body.credentials).toEqual(expect.objectContaining({ type: 'OAUTH2' }));
    expectNoViolations(fake);
  });

  it('refuses `include` on an integration for a connect-session token with 403 invalid_permissions', async () => {
    const fake = makeFake();
    const token = fake.connectSessions.create();
    expect((await call(fake, 'GET', '/integrations/github', { token })).status).toBe(200);
    const res = await call(fake, 'GET', '/integrations/github?include=credentials', { token });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('invalid_permissions');
    expectNoViolations(fake);
  });

  it('creates environment-wide keys through POST /environment/api-keys', async () => {
    const fake = makeFake({ accountKey: ACCOUNT });
    const res = await call(fake, 'POST', '/environment/api-keys', { token: ACCOUNT, body: { environment_id: 1, display_name: 'ci' } });
    expect(res.status).toBe(200);
    expect(res.body.data.scopes).toEqual(['environment:*']);
    expect((await call(fake, 'GET', '/environment-variables', { token: res.body.data.secret })).status).toBe(200);
    expectNoViolations(fake);
  });

  it('checks account scopes on the account routes', async () => {
    const fake = makeFake({ accountKey: ACCOUNT });
    const keysOnly = fake.environments.addAccountKey({ scopes: ['account:environments:api_keys:*'] });
    const denied = await call(fake, 'POST', '/environments', { token: keysOnly, body: { name: 'staging' } });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('forbidden');
    expect((await call(fake, 'POST', '/environment/api-keys', { token: keysOnly, body: { environment_id: 1, display_name: 'x' } })).status).toBe(200);
    // Environment keys are not account keys once an account key exists, and account keys do not open environment routes.
    expect((await call(fake, 'POST', '/environments', { body: { name: 'staging' } })).status).toBe(401);
    expect((await call(fake, 'GET', '/connections', { token: ACCOUNT })).status).toBe(401);
    expectNoViolations(fake);
  });

  it('lets environment keys act for the account while no account key exists', async () => {
    const fake = makeFake();
    expect((await call(fake, 'POST', '/environments', { body: { name: 'staging' } })).status).toBe(200);
    expectNoViolations(fake);
  });
});
