import { createHash, createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';

import { stableStringify, type FakeNango, type WebhookDelivery } from '../src/index.js';
import { call, expectNoViolations, makeFake } from './support.js';

let fake: FakeNango;
afterEach(() => expectNoViolations(fake));

function verify(delivery: { body: string; headers: Record<string, string> }, key: string): boolean {
  return createHmac('sha256', key).update(delivery.body).digest('hex') === delivery.headers['X-Nango-Hmac-Sha256'];
}

describe('webhooks', () => {
  it('signs with HMAC-SHA256 and the legacy SHA-256 header over a key-sorted body', async () => {
    fake = makeFake({ webhookSigningKey: 'whsec' });
    const received: WebhookDelivery[] = [];
    fake.webhooks.configure({ handler: (d) => void received.push(d) });
    await fake.webhooks.send({ type: 'forward', from: 'github', providerConfigKey: 'github', payload: { z: 1, a: { d: 2, c: 3 } } });
    const d = received[0]!;
    expect(d.body).toBe('{"from":"github","payload":{"a":{"c":3,"d":2},"z":1},"providerConfigKey":"github","type":"forward"}');
    expect(d.body).toBe(stableStringify(d.event));
    expect(verify(d, 'whsec')).toBe(true);
    expect(d.headers['X-Nango-Signature']).toBe(createHash('sha256').update('whsec' + d.body).digest('hex'));
  });

  it('keeps the previous signing key valid for the rotation window only', async () => {
    fake = makeFake({ webhookSigningKey: 'old-key' });
    const rotated = await call(fake, 'POST', '/environment/webhook-signing-key/rotate');
    const next = rotated.body.data.webhook_signing_key;
    expect(fake.environments.signingKeys()).toEqual([next, 'old-key']);
    const second = await call(fake, 'POST', '/environment/webhook-signing-key/rotate');
    expect([second.status, second.body.error.code]).toEqual([409, 'conflict']);
    const delivery = await fake.webhooks.send({ type: 'forward', from: 'x', providerConfigKey: 'github', payload: {} });
    expect(verify(delivery, next)).toBe(true);
    fake.clock.advance(5 * 60 * 1000 + 1);
    expect(fake.environments.signingKeys()).toEqual([next]);
  });

  it('POSTs to a configured URL; sync trigger sends a sync webhook per model', async () => {
    fake = makeFake({ webhookSigningKey: 'k' });
    const bodies: { body: string; sig: string | undefined }[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        bodies.push({ body, sig: req.headers['x-nango-hmac-sha256'] as string | undefined });
        res.end('ok');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      fake.webhooks.configure({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook` });
      fake.connections.add({ providerConfigKey: 'github', connectionId: 'c1' });
      fake.syncs.add({ providerConfigKey: 'github', name: 'issues', models: ['Issue', 'Comment'] });
      expect((await call(fake, 'POST', '/sync/trigger', { body: { provider_config_key: 'github', syncs: ['issues'], connection_id: 'c1' } })).status).toBe(200);
      await fake.webhooks.flush();
      expect(bodies.map((b) => JSON.parse(b.body).model)).toEqual(['Issue', 'Comment']);
      for (const b of bodies) expect(b.sig).toBe(createHmac('sha256', 'k').update(b.body).digest('hex'));
      expect(fake.webhooks.sent.every((d) => d.status === 200)).toBe(true);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('sends an auth webhook when a connect session creates a connection', async () => {
    fake = makeFake();
    const token = fake.connectSessions.create({ tags: { end_user_id: 'u1' } });
    const res = await call(fake, 'POST', `/api-auth/api-key/openai?connect_session_token=${token}`, { body: { apiKey: 'sk-123' }, token: null });
    expect(res.status).toBe(200);
    await fake.webhooks.flush();
    expect(fake.webhooks.sent.map((d) => d.event)).toEqual([
      expect.objectContaining({ type: 'auth', operation: 'creation', success: true, providerConfigKey: 'openai', connectionId: res.body.connectionId, tags: { end_user_id: 'u1' } }),
    ]);
  });

  it('forwards provider webhooks received on the integration webhook URL', async () => {
    fake = makeFake();
    const integration = await call(fake, 'GET', '/integrations/github?include=webhook');
    const path = new URL(integration.body.data.webhook_url).pathname;
    const res = await call(fake, 'POST', path, { body: { action: 'opened' }, token: null, headers: { 'connection-id': 'c1' } });
    expect(res.status).toBe(200);
    await fake.webhooks.flush();
    expect(fake.webhooks.sent.map((d) => d.event)).toEqual([{ type: 'forward', from: 'github', providerConfigKey: 'github', connectionId: 'c1', payload: { action: 'opened' } }]);
    expect((await call(fake, 'POST', '/webhook/1/unknown', { body: {}, token: null })).status).toBe(404);
  });
});

