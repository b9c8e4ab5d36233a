import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { NangoWebhookVerificationError } from '../src/errors.js';
import { isValidWebhookSignature, signWebhookBody, verifyWebhook } from '../src/webhooks.js';

const KEY = 'whsk-canary-0123456789';
const OLD_KEY = 'whsk-old-9876543210';
const event = {
  from: 'nango',
  type: 'sync',
  connectionId: 'c1',
  providerConfigKey: 'github',
  syncName: 'issues',
  model: 'Issue',
  syncType: 'INCREMENTAL',
  success: true,
  modifiedAfter: '2026-01-01T00:00:00.000Z',
  responseResults: { added: 1, updated: 2, deleted: 0 },
};
const raw = JSON.stringify(event);
const sign = (body: string, key = KEY) => createHmac('sha256', key).update(body).digest('hex');

async function reason(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NangoWebhookVerificationError);
  return (error as NangoWebhookVerificationError).reason;
}

describe('verifyWebhook', () => {
  it('signWebhookBody matches node:crypto HMAC-SHA256', async () => {
    expect(await signWebhookBody(raw, KEY)).toBe(sign(raw));
    expect(await signWebhookBody(new TextEncoder().encode(raw), KEY)).toBe(sign(raw));
  });

  it('accepts a valid signature and returns the typed event', async () => {
    const parsed = await verifyWebhook(raw, { 'x-nango-hmac-sha256': sign(raw) }, { signingKeys: KEY });
    expect(parsed).toEqual(event);
    if (parsed.type === 'sync' && parsed.success) expect(parsed.responseResults.updated).toBe(2);
    else throw new Error('expected a successful sync event');
  });

  it('reads the header case-insensitively from Headers and records', async () => {
    const signature = sign(raw);
    await expect(verifyWebhook(raw, new Headers({ 'X-Nango-Hmac-Sha256': signature }), { signingKeys: KEY })).resolves.toEqual(event);
    await expect(verifyWebhook(raw, { 'X-NANGO-HMAC-SHA256': signature.toUpperCase() }, { signingKeys: KEY })).resolves.toEqual(event);
  });

  it('accepts bytes and ArrayBuffer bodies', async () => {
    const bytes = new TextEncoder().encode(raw);
    await expect(verifyWebhook(bytes, { 'x-nango-hmac-sha256': sign(raw) }, { signingKeys: KEY })).resolves.toEqual(event);
    await expect(verifyWebhook(bytes.buffer, { 'x-nango-hmac-sha256': sign(raw) }, { signingKeys: KEY })).resolves.toEqual(event);
  });

  it('accepts any key of a rotation list', async () => {
    await expect(verifyWebhook(raw, { 'x-nango-hmac-sha256': sign(raw, OLD_KEY) }, { signingKeys: [KEY, OLD_KEY] })).resolves.toEqual(event);
  });

  it('rejects a wrong key or a changed body', async () => {
    expect(await reason(verifyWebhook(raw, { 'x-nango-hmac-sha256': sign(raw, 'other') }, { signingKeys: KEY }))).toBe('signature_mismatch');
    expect(await reason(verifyWebhook(`${raw} `, { 'x-nango-hmac-sha256': sign(raw) }, { signingKeys: KEY }))).toBe('signature_mismatch');
  });

  it('rejects a missing header', async () => {
    expect(await reason(verifyWebhook(raw, {}, { signingKeys: KEY }))).toBe('missing_signature');
    expect(await reason(verifyWebhook(raw, { 'x-nango-hmac-sha256': undefined }, { signingKeys: KEY }))).toBe('missing_signature');
    expect(await reason(verifyWebhook(raw, { 'x-nango-signature': sign(raw) }, { signingKeys: KEY }))).toBe('missing_signature');
  });

  it('rejects two different signatures, accepts a repeated identical one', async () => {
    expect(await reason(verifyWebhook(raw, { 'x-nango-hmac-sha256': [sign(raw), sign(raw, 'x')] }, { signingKeys: KEY }))).toBe('duplicate_signature');
    const both = new Headers();
    both.append('x-nango-hmac-sha256', sign(raw));
    both.append('x-nango-hmac-sha256', sign(raw, 'x'));
    expect(await reason(verifyWebhook(raw, both, { signingKeys: KEY }))).toBe('duplicate_signature');
    await expect(verifyWebhook(raw, { 'x-nango-hmac-sha256': [sign(raw), sign(raw)] }, { signingKeys: KEY })).resolves.toEqual(event);
  });

  it('rejects non-hex and wrong-length signatures', async () => {
    expect(await reason(verifyWebhook(raw, { 'x-nango-hmac-sha256': 'z'.repeat(64) }, { signingKeys: KEY }))).toBe('malformed_signature');
    expect(await reason(verifyWebhook(raw, { 'x-nango-hmac-sha256': sign(raw).slice(0, 63) }, { signingKeys: KEY }))).toBe('malformed_signature');
    expect(await reason(verifyWebhook(raw, { 'x-nango-hmac-sha256': `${sign(raw)}00` }, { signingKeys: KEY }))).toBe('malformed_signature');
  });

  it('explains that a parsed body cannot be verified', async () => {
    const error = await verifyWebhook(event as unknown as string, { 'x-nango-hmac-sha256': sign(raw) }, { signingKeys: KEY }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NangoWebhookVerificationError);
    expect((error as NangoWebhookVerificationError).reason).toBe('parsed_body');
    expect((error as Error).message).toMatch(/raw request body/);
  });

  it('requires a signing key', async () => {
    expect(await reason(verifyWebhook(raw, { 'x-nango-hmac-sha256': sign(raw) }, { signingKeys: [] }))).toBe('no_signing_key');
  });

  it('reports a signed body that is not JSON', async () => {
    expect(await reason(verifyWebhook('not json', { 'x-nango-hmac-sha256': sign('not json') }, { signingKeys: KEY }))).toBe('invalid_json');
  });

  it('never puts the key in an error', async () => {
    const error = await verifyWebhook(raw, { 'x-nango-hmac-sha256': sign(raw, 'x') }, { signingKeys: KEY }).catch((e: unknown) => e);
    expect(JSON.stringify(error) + String(error)).not.toContain(KEY);
  });
});

describe('isValidWebhookSignature', () => {
  it('answers true or false', async () => {
    expect(await isValidWebhookSignature(raw, { 'x-nango-hmac-sha256': sign(raw) }, { signingKeys: KEY })).toBe(true);
    expect(await isValidWebhookSignature(raw, { 'x-nango-hmac-sha256': sign(raw, 'x') }, { signingKeys: KEY })).toBe(false);
    expect(await isValidWebhookSignature(raw, {}, { signingKeys: KEY })).toBe(false);
  });
});
