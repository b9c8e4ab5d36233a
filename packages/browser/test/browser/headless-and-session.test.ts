import { NangoAuthenticationError } from '@nango-sdk/core';
import { describe, expect, inject, it } from 'vitest';
import { commands } from 'vitest/browser';
import { AuthError, InvalidSessionTokenError, NangoBrowser, createNangoBrowser } from '../../src/index.js';

const nangoUrl = inject('nangoUrl');

/** Request headers Nango's CORS policy lets a page send (lowercase). */
const CORS_ALLOWED = new Set([
  'authorization', 'content-type', 'accept', 'origin', 'x-requested-with', 'nango-activity-log-id', 'nango-is-dry-run',
  'nango-is-sync', 'provider-config-key', 'connection-id', 'sentry-trace', 'baggage',
]);

describe('headless auth flows in Chromium', () => {
  it('creates an API-key connection with a cross-origin JSON POST', async () => {
    const nango = new NangoBrowser({ host: nangoUrl, connectSessionToken: await commands.createSession() });
    const result = await nango.auth('openai', { connectionId: 'key-1', credentials: { apiKey: 'provider-secret' } });
    expect(result).toEqual({ providerConfigKey: 'openai', connectionId: 'key-1' });
    expect(await commands.findConnection('openai', 'key-1')).toEqual({ providerConfigKey: 'openai', connectionId: 'key-1' });
  });

  it('creates a basic-auth connection', async () => {
    const nango = createNangoBrowser({ host: nangoUrl, connectSessionToken: await commands.createSession() });
    const result = await nango.auth('jira-basic', { connectionId: 'basic-1', credentials: { username: 'ada', password: 'pw' } });
    expect(result).toEqual({ providerConfigKey: 'jira-basic', connectionId: 'basic-1' });
    expect(await commands.findConnection('jira-basic', 'basic-1')).toEqual({ providerConfigKey: 'jira-basic', connectionId: 'basic-1' });
  });

  it('creates a JWT connection', async () => {
    const nango = new NangoBrowser({ host: nangoUrl, connectSessionToken: await commands.createSession() });
    const result = await nango.auth('ghost-admin', { connectionId: 'jwt-1', credentials: { type: 'JWT', privateKey: { id: 'kid', secret: 'abcd' } } });
    expect(result).toEqual({ providerConfigKey: 'ghost-admin', connectionId: 'jwt-1' });
    expect(await commands.findConnection('ghost-admin', 'jwt-1')).toEqual({ providerConfigKey: 'ghost-admin', connectionId: 'jwt-1' });
  });

  it('creates a NetSuite token-based (TBA) connection', async () => {
    const nango = new NangoBrowser({ host: nangoUrl, connectSessionToken: await commands.createSession() });
    const result = await nango.auth('netsuite-tba', { connectionId: 'tba-1', credentials: { token_id: 'tid', token_secret: 'tsecret' } });
    expect(result).toEqual({ providerConfigKey: 'netsuite-tba', connectionId: 'tba-1' });
    expect(await commands.findConnection('netsuite-tba', 'tba-1')).toEqual({ providerConfigKey: 'netsuite-tba', connectionId: 'tba-1' });
  });

  it('creates a two-step connection', async () => {
    const nango = new NangoBrowser({ host: nangoUrl, connectSessionToken: await commands.createSession() });
    const result = await nango.auth('two-step', { connectionId: 'two-1', credentials: { type: 'TWO_STEP', username: 'ada', password: 'pw' } });
    expect(result).toEqual({ providerConfigKey: 'two-step', connectionId: 'two-1' });
    expect(await commands.findConnection('two-step', 'two-1')).toEqual({ providerConfigKey: 'two-step', connectionId: 'two-1' });
  });

  it('creates an OAuth 2 client-credentials connection', async () => {
    const nango = new NangoBrowser({ host: nangoUrl, connectSessionToken: await commands.createSession() });
    const result = await nango.auth('salesforce-cc', { connectionId: 'cc-1', credentials: { client_id: 'cid', client_secret: 'csecret' } });
    expect(result).toEqual({ providerConfigKey: 'salesforce-cc', connectionId: 'cc-1' });
    expect(await commands.findConnection('salesforce-cc', 'cc-1')).toEqual({ providerConfigKey: 'salesforce-cc', connectionId: 'cc-1' });
  });

  it('rejects incomplete credentials with the server error code', async () => {
    const nango = new NangoBrowser({ host: nangoUrl, connectSessionToken: await commands.createSession() });
    const error = await nango.auth('netsuite-tba', { connectionId: 'tba-bad', credentials: { token_id: 'tid', token_secret: '' } }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ type: 'invalid_body', status: 400 });
    expect(await commands.findConnection('netsuite-tba', 'tba-bad')).toBeNull();
  });

  it('turns a server error into an AuthError with its code and status', async () => {
    const nango = new NangoBrowser({ host: nangoUrl, connectSessionToken: await commands.createSession() });
    const error = await nango.auth('github', { connectionId: 'wrong-mode', credentials: { apiKey: 'k' } }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ type: 'invalid_auth_mode', status: 400 });
    expect(await commands.findConnection('github', 'wrong-mode')).toBeNull();
  });
});

describe('session-token API calls in Chromium', () => {
  it('reads the session, providers and integrations, deletes the session, sending only CORS-allowed headers', async () => {
    const token = await commands.createSession(['github']);
    const nango = new NangoBrowser({ host: nangoUrl });
    nango.setSessionToken(token);
    const session = await nango.getSession();
    expect(session.data.allowed_integrations).toEqual(['github']);
    const providers = await nango.listProviders({ search: 'github' });
    expect(providers.data.map((provider) => provider.name)).toContain('github');
    const integrations = await nango.listIntegrations();
    // The session only allows github, so only github is listed.
    expect(integrations.data.map((integration) => integration.unique_key)).toEqual(['github']);
    await nango.deleteSession();
    const error = await nango.getSession().catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(NangoAuthenticationError);
    expect(JSON.stringify(error) + String(error)).not.toContain(token);

    const preflights = await commands.preflights();
    const paths = preflights.map((preflight) => preflight.path.split('?')[0]);
    expect(paths).toEqual(expect.arrayContaining(['/connect/session', '/providers', '/integrations']));
    for (const preflight of preflights) for (const name of preflight.requestedHeaders) expect(CORS_ALLOWED.has(name), name).toBe(true);
  });

  it('refuses secret keys at runtime', () => {
    expect(() => new NangoBrowser({ connectSessionToken: crypto.randomUUID() })).toThrow(InvalidSessionTokenError);
    expect(() => new NangoBrowser({ secretKey: 'x' } as never)).toThrow(/not accepted in a browser/);
    const nango = new NangoBrowser({ host: nangoUrl });
    expect(() => nango.setSessionToken('sk_test_123')).toThrow(InvalidSessionTokenError);
  });
});
