import { createHmac } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Nango, NangoWebhookVerificationError, type NangoWebhookEvent } from '../src/index.js';

const CURRENT = 'whsec_current_key_for_tests';
const PREVIOUS = 'whsec_previous_key_for_tests';
const body = JSON.stringify({ type: 'sync', from: 'nango', connectionId: 'c1', providerConfigKey: 'github', model: 'Issue', success: true });
const sign = (key: string, raw: string): string => createHmac('sha256', key).update(raw).digest('hex');

const nango = new Nango({ secretKey: 'sk_test', host: 'http://127.0.0.1:9', webhookSigningKey: CURRENT, previousWebhookSigningKey: PREVIOUS, env: {} });

type Handler = (req: IncomingMessage) => Promise<unknown>;
let handler: Handler = () => Promise.resolve(undefined);
let url = '';
const server = createServer((req, res) => {
  handler(req).then(
    (event) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, event })),
    (error: unknown) => res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, reason: (error as NangoWebhookVerificationError).reason })),
  );
});

function post(raw: string, headers: Record<string, string>): Promise<{ status: number; body: { ok: boolean; event?: NangoWebhookEvent; reason?: string } }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
    });
    req.on('error', reject);
    // Write in two pieces so the body really arrives as a stream.
    req.write(raw.slice(0, 10));
    setTimeout(() => req.end(raw.slice(10)), 5);
  });
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('webhooks.verify with a Web Request', () => {
  it('returns the typed event and leaves the request body readable', async () => {
    const request = new Request('http://localhost/webhooks', { method: 'POST', body, headers: { 'X-Nango-Hmac-Sha256': sign(CURRENT, body) } });
    const event = await nango.webhooks.verify(request);
    expect(event.type).toBe('sync');
    expect(await request.text()).toBe(body);
  });

  it('rejects a wrong signature', async () => {
    const request = new Request('http://localhost/webhooks', { method: 'POST', body, headers: { 'X-Nango-Hmac-Sha256': sign('other', body) } });
    await expect(nango.webhooks.verify(request)).rejects.toMatchObject({ name: 'NangoWebhookVerificationError', reason: 'signature_mismatch' });
  });
});

describe('webhooks.verify with a Node IncomingMessage', () => {
  it('captures the raw body from the stream of a real request', async () => {
    handler = (req) => nango.webhooks.verify(req);
    const response = await post(body, { 'x-nango-hmac-sha256': sign(CURRENT, body) });
    expect(response.status).toBe(200);
    expect(response.body.event).toMatchObject({ type: 'sync', connectionId: 'c1' });
  });

  it('uses req.rawBody when a framework kept it', async () => {
    handler = async (req) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      Object.assign(req, { rawBody: Buffer.concat(chunks), body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      return nango.webhooks.verify(req);
    };
    const response = await post(body, { 'x-nango-hmac-sha256': sign(CURRENT, body) });
    expect(response.body.ok).toBe(true);
  });

  it('explains that an already-parsed body cannot be verified', async () => {
    handler = async (req) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      Object.assign(req, { body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      return nango.webhooks.verify(req);
    };
    const response = await post(body, { 'x-nango-hmac-sha256': sign(CURRENT, body) });
    expect(response.status).toBe(400);
    expect(response.body.reason).toBe('parsed_body');
  });

  it('reports a missing signature header', async () => {
    handler = (req) => nango.webhooks.verify(req);
    const response = await post(body, {});
    expect(response.body.reason).toBe('missing_signature');
  });
});

describe('webhooks.verify with a raw body', () => {
  it('accepts a string with a header record', async () => {
    const event = await nango.webhooks.verify({ body, headers: { 'X-Nango-Hmac-Sha256': sign(CURRENT, body) } });
    expect(event).toMatchObject({ type: 'sync', model: 'Issue' });
  });

  it('accepts a Buffer with Headers', async () => {
    const event = await nango.webhooks.verify({ body: Buffer.from(body), headers: new Headers({ 'x-nango-hmac-sha256': sign(CURRENT, body) }) });
    expect(event.type).toBe('sync');
  });

  it('accepts the previous signing key during a rotation', async () => {
    const event = await nango.webhooks.verify({ body, headers: { 'x-nango-hmac-sha256': sign(PREVIOUS, body) } });
    expect(event.type).toBe('sync');
  });

  it('reads both signing keys from the environment', async () => {
    const fromEnv = new Nango({ env: { NANGO_SECRET_KEY: 'sk', NANGO_WEBHOOK_SIGNING_KEY: 'k_new', NANGO_WEBHOOK_SIGNING_KEY_PREVIOUS: 'k_old' } });
    await expect(fromEnv.webhooks.verify({ body, headers: { 'x-nango-hmac-sha256': sign('k_old', body) } })).resolves.toMatchObject({ type: 'sync' });
    await expect(fromEnv.webhooks.verify({ body, headers: { 'x-nango-hmac-sha256': sign('k_new', body) } })).resolves.toMatchObject({ type: 'sync' });
  });

  it('rejects a key that is neither current nor previous', async () => {
    await expect(nango.webhooks.verify({ body, headers: { 'x-nango-hmac-sha256': sign('retired', body) } })).rejects.toBeInstanceOf(
      NangoWebhookVerificationError,
    );
  });

  it('fails clearly when no signing key is configured, without echoing keys', async () => {
    const bare = new Nango({ secretKey: 'sk_secret_value', env: {} });
    const error = await bare.webhooks.verify({ body, headers: {} }).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'no_signing_key' });
    expect(JSON.stringify(error)).not.toContain('sk_secret_value');
    expect((error as Error).message).toContain('NANGO_WEBHOOK_SIGNING_KEY');
  });
});
