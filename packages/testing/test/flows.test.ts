import { afterEach, describe, expect, it } from 'vitest';

import type { FakeNango } from '../src/index.js';
import { call, expectNoViolations, makeFake } from './support.js';

let fake: FakeNango;
afterEach(() => expectNoViolations(fake));

function messageOf(html: string): any {
  const match = /var m=(\{.*?\});/.exec(html);
  return match ? JSON.parse(match[1]!) : undefined;
}

describe('browser auth flows', () => {
  it('OAuth popup: consent page, callback, connection created, success posted to the opener', async () => {
    fake = makeFake();
    const token = fake.connectSessions.create({ allowedIntegrations: ['github'] });
    const consent = await call(fake, 'GET', `/oauth/connect/github?connect_session_token=${token}&connection_id=mine&ws_client_id=w1&params[subdomain]=x`, { token: null });
    expect(consent.status).toBe(200);
    const allow = /id="allow" href="([^"]+)"/.exec(consent.text)![1]!.replace(/&amp;/g, '&');
    const callback = await call(fake, 'GET', allow, { token: null });
    expect(callback.status).toBe(200);
    expect(callback.text).toContain('window.opener.postMessage');
    expect(messageOf(callback.text)).toEqual(expect.objectContaining({ eventType: 'AUTHORIZATION_SUCEEDED', data: { providerConfigKey: 'github', connectionId: 'mine', isPending: false } }));
    expect(fake.connections.get('github', 'mine')?.credentials.type).toBe('OAUTH2');
    const replay = await call(fake, 'GET', allow, { token: null });
    expect(replay.status).toBe(400);
  });

  it('failNext makes the consent fail and nothing is created', async () => {
    fake = makeFake();
    const token = fake.connectSessions.create();
    fake.oauth.failNext({ error_type: 'access_denied', error_desc: 'The user said no' });
    const consent = await call(fake, 'GET', `/oauth/connect/github?connect_session_token=${token}`, { token: null });
    const allow = /id="allow" href="([^"]+)"/.exec(consent.text)![1]!.replace(/&amp;/g, '&');
    const callback = await call(fake, 'GET', allow, { token: null });
    expect(messageOf(callback.text)).toEqual(expect.objectContaining({ eventType: 'AUTHORIZATION_FAILED', data: { error_type: 'access_denied', error_desc: 'The user said no' } }));
    expect(fake.connections.list()).toEqual([]);
  });

  it('headless API key and basic auth, and reconnect sessions reuse the connection id', async () => {
    fake = makeFake();
    const token = fake.connectSessions.create();
    const bad = await call(fake, 'POST', `/api-auth/api-key/github?connect_session_token=${token}`, { body: { apiKey: 'x' }, token: null });
    expect(bad.status).toBe(400);
    const noToken = await call(fake, 'POST', '/api-auth/api-key/openai', { body: { apiKey: 'x' }, token: null });
    expect(noToken.status).toBe(401);
    const ok = await call(fake, 'POST', `/api-auth/api-key/openai?connect_session_token=${token}&connection_id=k1`, { body: { apiKey: 'key-1' }, token: null });
    expect(ok.body).toEqual({ providerConfigKey: 'openai', connectionId: 'k1' });
    const reconnect = await call(fake, 'POST', '/connect/sessions/reconnect', { body: { connection_id: 'k1', integration_id: 'openai' } });
    const again = await call(fake, 'POST', `/api-auth/api-key/openai?connect_session_token=${reconnect.body.data.token}`, { body: { apiKey: 'key-2' }, token: null });
    expect(again.body.connectionId).toBe('k1');
    expect(fake.connections.get('openai', 'k1')?.credentials).toEqual({ type: 'API_KEY', apiKey: 'key-2' });
  });

  it('serves the Connect UI page speaking the postMessage protocol', async () => {
    fake = makeFake();
    const page = await call(fake, 'GET', '/connect-ui/', { token: null });
    expect(page.headers.get('content-type')).toContain('text/html');
    for (const needle of ["type: 'ready'", "'session_token'", "type: 'connect'", "type: 'close'", '/connect/session', '/integrations']) expect(page.text).toContain(needle);
  });
});
