import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';

import { startFakeNango, type RunningFakeNango } from '../src/index.js';

let running: RunningFakeNango;
const auth = { authorization: 'Bearer http-key' };

beforeAll(async () => {
  running = await startFakeNango({ port: 0, host: '127.0.0.1', secretKey: 'http-key', validateResponses: true, seed: {
    integrations: [{ uniqueKey: 'github', provider: 'github' }],
    connections: [{ providerConfigKey: 'github', connectionId: 'c1', credentials: { type: 'OAUTH2', access_token: 'tok-1', raw: {} } }],
    records: [{ providerConfigKey: 'github', connectionId: 'c1', model: 'Issue', records: [{ id: '1' }, { id: '2' }] }],
  } });
});
afterAll(async () => {
  await running.close();
  expect(running.fake.violations).toEqual([]);
});

describe('HTTP face', () => {
  it('listens on loopback and serves seeded state', async () => {
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${running.url}/records?model=Issue`, { headers: { ...auth, 'connection-id': 'c1', 'provider-config-key': 'github' } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { records: unknown[] }).records).toHaveLength(2);
  });

  it('creates and deletes over real HTTP with bodies', async () => {
    const created = await fetch(`${running.url}/integrations`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ unique_key: 's', provider: 'slack' }) });
    expect(created.status).toBe(200);
    const deleted = await fetch(`${running.url}/integrations/s`, { method: 'DELETE', headers: auth });
    expect(await deleted.json()).toEqual({ success: true });
    const preflight = await fetch(`${running.url}/integrations`, { method: 'OPTIONS' });
    expect([preflight.status, preflight.headers.get('access-control-allow-origin')]).toEqual([204, '*']);
  });

  it('destroys the socket for reset faults, before and mid-body', async () => {
    const remove = running.fake.faults.add({ route: 'connections.list', reset: 'before' });
    await expect(fetch(`${running.url}/connections`, { headers: auth })).rejects.toThrow();
    remove();
    const removeMid = running.fake.faults.add({ route: 'connections.list', reset: 'mid-body' });
    const res = await fetch(`${running.url}/connections`, { headers: auth });
    await expect(res.text()).rejects.toThrow();
    removeMid();
    expect((await fetch(`${running.url}/connections`, { headers: auth })).status).toBe(200);
  });

  it('proxies to a loopback upstream with credentials, forwarded headers and retries', async () => {
    const seen: IncomingMessage[] = [];
    let calls = 0;
    const upstream = createServer((req, res) => {
      seen.push(req);
      calls++;
      if (calls === 1) {
        res.writeHead(503).end();
        return;
      }
      res.writeHead(201, { 'content-type': 'application/json', 'x-upstream': 'yes' }).end(JSON.stringify({ path: req.url }));
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    try {
      const base = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
      const res = await fetch(`${running.url}/proxy/v1/users/me?x=1`, {
        method: 'POST',
        headers: { ...auth, 'connection-id': 'c1', 'provider-config-key': 'github', 'base-url-override': base, retries: '2', 'nango-proxy-x-custom': 'hello', 'content-type': 'application/json' },
        body: JSON.stringify({ a: 1 }),
      });
      expect(res.status).toBe(201);
      expect(res.headers.get('x-upstream')).toBe('yes');
      expect(await res.json()).toEqual({ path: '/v1/users/me?x=1' });
      expect(calls).toBe(2);
      expect(seen[1]!.headers['authorization']).toBe('Bearer tok-1');
      expect(seen[1]!.headers['x-custom']).toBe('hello');
    } finally {
      await new Promise<void>((r) => upstream.close(() => r()));
    }
  });

  it('proxies to an in-process upstream registered for the integration', async () => {
    running.fake.proxy.setUpstream('github', (req) => Response.json({ url: req.url, auth: req.headers.get('authorization') }));
    const res = await fetch(`${running.url}/proxy/repos`, { headers: { ...auth, 'connection-id': 'c1', 'provider-config-key': 'github' } });
    expect(await res.json()).toEqual({ url: 'https://api.github.com/repos', auth: 'Bearer tok-1' });
  });

  it('tells the websocket client of the popup flow, as Nango does', async () => {
    const ws = new WebSocket(running.url.replace(/^http/, 'ws'));
    const messages: Record<string, unknown>[] = [];
    let onMessage: () => void = () => undefined;
    ws.on('message', (data) => {
      messages.push(JSON.parse(data.toString()) as Record<string, unknown>);
      onMessage();
    });
    const next = (count: number): Promise<void> => new Promise((resolve) => {
      onMessage = () => messages.length >= count && resolve();
      onMessage();
    });
    await next(1);
    expect(messages[0]).toEqual({ message_type: 'connection_ack', ws_client_id: expect.any(String) });
    const token = running.fake.connectSessions.create();
    const consent = await (await fetch(`${running.url}/oauth/connect/github?connect_session_token=${token}&connection_id=ws-1&ws_client_id=${String(messages[0]!['ws_client_id'])}`)).text();
    const allow = /id="allow" href="([^"]+)"/.exec(consent)![1]!.replace(/&amp;/g, '&');
    expect((await fetch(`${running.url}${allow}`)).status).toBe(200);
    await next(2);
    expect(messages[1]).toEqual({ message_type: 'success', provider_config_key: 'github', connection_id: 'ws-1', is_pending: false });
    ws.close();
  });

  it('refuses the websocket upgrade when started with websocket: false, and still serves HTTP', async () => {
    const quiet = await startFakeNango({ port: 0, host: '127.0.0.1', secretKey: 'http-key', websocket: false });
    try {
      const ws = new WebSocket(quiet.url.replace(/^http/, 'ws'));
      const outcome = await new Promise<string>((resolve) => {
        ws.on('message', () => resolve('message'));
        ws.on('error', () => resolve('error'));
      });
      expect(outcome).toBe('error');
      expect((await fetch(`${quiet.url}/providers`, { headers: { authorization: 'Bearer http-key' } })).status).toBe(200);
    } finally {
      await quiet.close();
    }
  });

  it('serves the OAuth consent flow and the Connect UI', async () => {
    const token = running.fake.connectSessions.create();
    const consent = await fetch(`${running.url}/oauth/connect/github?connect_session_token=${token}`);
    expect(consent.status).toBe(200);
    expect(await consent.text()).toContain('id="allow"');
    const ui = await fetch(`${running.url}/connect-ui/`);
    expect(ui.headers.get('content-type')).toContain('text/html');
  });
});
