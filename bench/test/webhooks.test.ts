/**
 * Webhook verification cases through every adapter: core `verifyWebhook` (string and bytes, record and Headers),
 * and the Node client's `nango.webhooks.verify` with a Web Request, an IncomingMessage on a loopback server, and raw
 * string and Buffer bodies. Each case is accepted or refused with the expected reason.
 */
import { createHash, createHmac } from 'node:crypto';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NangoWebhookVerificationError, verifyWebhook } from '@nango-sdk/core';
import { Nango as NodeNango } from '@nango-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CURRENT = 'webhook-key-current-3f9a';
const PREVIOUS = 'webhook-key-previous-81c2';
const EXPIRED = 'webhook-key-expired-55d0';
const OTHER = 'webhook-key-unrelated-0b7e';
const HEADER = 'X-Nango-Hmac-Sha256';

const event = { type: 'sync', connectionId: 'c1', providerConfigKey: 'github', syncName: 'issues', model: 'Issue', success: true, responseResults: { added: 3, updated: 0, deleted: 0 } };
const body = JSON.stringify(event);
const hmac = (key: string, text: string): string => createHmac('sha256', key).update(text).digest('hex');

type HeaderList = [string, string][];
interface Case {
  readonly name: string;
  readonly body: string;
  readonly headers: HeaderList;
  /** `accept`, or the failure reasons that are acceptable for a refusal. */
  readonly expect: 'accept' | readonly string[];
}

const flip = (hex: string): string => (hex[0] === 'a' ? 'b' : 'a') + hex.slice(1);
const good = hmac(CURRENT, body);
const cases: Case[] = [
  { name: 'valid signature', body, headers: [[HEADER, good]], expect: 'accept' },
  { name: 'header name in lower case, digest in upper case', body, headers: [[HEADER.toLowerCase(), good.toUpperCase()]], expect: 'accept' },
  { name: 'tampered body', body: body.replace('"added":3', '"added":4'), headers: [[HEADER, good]], expect: ['signature_mismatch'] },
  { name: 'body with one extra trailing space', body: `${body} `, headers: [[HEADER, good]], expect: ['signature_mismatch'] },
  { name: 'tampered signature', body, headers: [[HEADER, flip(good)]], expect: ['signature_mismatch'] },
  { name: 'signed with an unrelated key', body, headers: [[HEADER, hmac(OTHER, body)]], expect: ['signature_mismatch'] },
  { name: 'missing header', body, headers: [], expect: ['missing_signature'] },
  { name: 'empty header', body, headers: [[HEADER, '']], expect: ['missing_signature', 'malformed_signature'] },
  { name: 'duplicated header: valid then forged', body, headers: [[HEADER, good], [HEADER, flip(good)]], expect: ['duplicate_signature', 'malformed_signature', 'signature_mismatch'] },
  { name: 'duplicated header: forged then valid', body, headers: [[HEADER, flip(good)], [HEADER, good]], expect: ['duplicate_signature', 'malformed_signature', 'signature_mismatch'] },
  { name: 'non-hex signature of the right length', body, headers: [[HEADER, 'z'.repeat(64)]], expect: ['malformed_signature'] },
  { name: 'signature one character short', body, headers: [[HEADER, good.slice(0, 63)]], expect: ['malformed_signature', 'signature_mismatch'] },
  { name: 'signature one character long', body, headers: [[HEADER, `${good}0`]], expect: ['malformed_signature', 'signature_mismatch'] },
  { name: 'base64 digest instead of hex', body, headers: [[HEADER, createHmac('sha256', CURRENT).update(body).digest('base64')]], expect: ['malformed_signature', 'signature_mismatch'] },
  {
    name: 'legacy X-Nango-Signature only',
    body,
    headers: [['X-Nango-Signature', createHash('sha256').update(`${CURRENT}${body}`).digest('hex')]],
    expect: ['missing_signature'],
  },
  { name: 'rotation: signed with the previous key', body, headers: [[HEADER, hmac(PREVIOUS, body)]], expect: 'accept' },
  { name: 'rotation: signed with an expired key', body, headers: [[HEADER, hmac(EXPIRED, body)]], expect: ['signature_mismatch'] },
];

type Adapter = (c: Case) => Promise<unknown>;

const nodeClient = new NodeNango({ secretKey: 'sk-webhook-tests', webhookSigningKey: CURRENT, previousWebhookSigningKey: PREVIOUS, logLevel: 'off' });

function headerRecord(headers: HeaderList): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of headers) {
    const existing = out[name];
    out[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return out;
}

function headersObject(headers: HeaderList): Headers {
  const h = new Headers();
  for (const [name, value] of headers) h.append(name, value);
  return h;
}

let server: Server;
let serverUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    nodeClient.webhooks.verify(req).then(
      (parsed) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: true, event: parsed }));
      },
      (error: unknown) => {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, name: (error as Error).name, reason: (error as NangoWebhookVerificationError).reason }));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Posts the case to the loopback server; rebuilds the server's verdict as a result or a thrown error. */
function overHttp(c: Case): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const raw: string[] = ['host', new URL(serverUrl).host, 'content-type', 'application/json', 'content-length', String(Buffer.byteLength(c.body))];
    for (const [name, value] of c.headers) raw.push(name, value);
    const req = httpRequest(serverUrl, { method: 'POST', headers: raw }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        if (res.statusCode !== 200 && res.statusCode !== 401) {
          reject(new Error(`the loopback server answered ${res.statusCode}`));
          return;
        }
        const verdict = JSON.parse(text) as { ok: boolean; event?: unknown; name?: string; reason?: string };
        if (verdict.ok) resolve(verdict.event);
        else reject(Object.assign(new Error(verdict.name ?? 'failed'), { name: verdict.name, reason: verdict.reason, remote: true }));
      });
    });
    req.on('error', reject);
    req.end(c.body);
  });
}

const adapters: Record<string, Adapter> = {
  'core verifyWebhook (string body, header record)': (c) => verifyWebhook(c.body, headerRecord(c.headers), { signingKeys: [CURRENT, PREVIOUS] }),
  'core verifyWebhook (Uint8Array body, Headers)': (c) => verifyWebhook(new TextEncoder().encode(c.body), headersObject(c.headers), { signingKeys: [CURRENT, PREVIOUS] }),
  'node webhooks.verify (Web Request)': (c) => nodeClient.webhooks.verify(new Request('http://localhost/webhooks', { method: 'POST', body: c.body, headers: headersObject(c.headers) })),
  'node webhooks.verify (IncomingMessage on loopback)': overHttp,
  'node webhooks.verify (raw string)': (c) => nodeClient.webhooks.verify({ body: c.body, headers: headerRecord(c.headers) }),
  'node webhooks.verify (raw Buffer)': (c) => nodeClient.webhooks.verify({ body: Buffer.from(c.body), headers: headerRecord(c.headers) }),
};

describe.each(Object.entries(adapters))('%s', (_name, adapter) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_caseName, c) => {
    if (c.expect === 'accept') {
      await expect(adapter(c)).resolves.toEqual(event);
      return;
    }
    let error: unknown;
    try {
      await adapter(c);
    } catch (e) {
      error = e;
    }
    expect(error, 'the webhook must be refused').toBeDefined();
    if (!(error as { remote?: boolean }).remote) expect(error).toBeInstanceOf(NangoWebhookVerificationError);
    expect((error as Error).name).toBe('NangoWebhookVerificationError');
    expect(c.expect).toContain((error as NangoWebhookVerificationError).reason);
  });
});

describe('a parsed body instead of the raw body', () => {
  it('is refused with a clear reason by core and node', async () => {
    const signature = [[HEADER, good]] as HeaderList;
    await expect(verifyWebhook(event as unknown as string, headerRecord(signature), { signingKeys: CURRENT })).rejects.toMatchObject({ reason: 'parsed_body' });
    await expect(nodeClient.webhooks.verify({ body: event as unknown as string, headers: headerRecord(signature) })).rejects.toBeInstanceOf(NangoWebhookVerificationError);
  });
});
