import { NangoWebhookVerificationError } from './errors.js';
import type { NangoWebhookEvent } from './webhook-events.js';

/** The raw bytes of a webhook request, exactly as received. */
export type WebhookRawBody = string | Uint8Array | ArrayBuffer;

/** Incoming request headers, as a `Headers` object or a Node-style record. */
export type WebhookHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/** Options of {@link verifyWebhook}. */
export interface VerifyWebhookOptions {
  /** The environment's webhook signing key, or several during a rotation. */
  readonly signingKeys: string | readonly string[];
}

/** Header carrying the hex HMAC-SHA256 of the raw body. */
export const WEBHOOK_SIGNATURE_HEADER = 'X-Nango-Hmac-Sha256';

const encoder = new TextEncoder();

function toBytes(rawBody: WebhookRawBody): Uint8Array {
  if (typeof rawBody === 'string') return encoder.encode(rawBody);
  if (rawBody instanceof Uint8Array) return rawBody;
  if (rawBody instanceof ArrayBuffer) return new Uint8Array(rawBody);
  throw new NangoWebhookVerificationError(
    'parsed_body',
    'verifyWebhook needs the raw request body (string, Uint8Array or ArrayBuffer), not a parsed object; read the body as text or bytes before any JSON middleware',
  );
}

function toHex(buffer: ArrayBuffer): string {
  let out = '';
  for (const byte of new Uint8Array(buffer)) out += byte.toString(16).padStart(2, '0');
  return out;
}

async function hmacHex(key: string, body: Uint8Array): Promise<string> {
  const cryptoKey = await globalThis.crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return toHex(await globalThis.crypto.subtle.sign('HMAC', cryptoKey, body as Uint8Array<ArrayBuffer>));
}

/** Compares two strings of equal length without stopping at the first difference. */
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

function readSignature(headers: WebhookHeaders): string {
  let values: readonly string[] = [];
  if (typeof Headers !== 'undefined' && headers instanceof Headers) {
    const value = headers.get(WEBHOOK_SIGNATURE_HEADER);
    values = value === null ? [] : value.split(',').map((part) => part.trim());
  } else {
    for (const [name, value] of Object.entries(headers as Record<string, string | readonly string[] | undefined>)) {
      if (name.toLowerCase() !== WEBHOOK_SIGNATURE_HEADER.toLowerCase() || value === undefined) continue;
      values = [...values, ...(typeof value === 'string' ? [value] : value)];
    }
  }
  const distinct = [...new Set(values.map((value) => value.trim().toLowerCase()))];
  if (distinct.length === 0 || distinct[0] === '') {
    throw new NangoWebhookVerificationError('missing_signature', `The ${WEBHOOK_SIGNATURE_HEADER} header is missing`);
  }
  if (distinct.length > 1) {
    throw new NangoWebhookVerificationError('duplicate_signature', `The ${WEBHOOK_SIGNATURE_HEADER} header appears more than once with different values`);
  }
  const signature = distinct[0] as string;
  if (!/^[0-9a-f]{64}$/.test(signature)) {
    throw new NangoWebhookVerificationError('malformed_signature', `The ${WEBHOOK_SIGNATURE_HEADER} header is not a 64-character hex digest`);
  }
  return signature;
}

function readKeys(options: VerifyWebhookOptions | undefined): readonly string[] {
  const keys = typeof options?.signingKeys === 'string' ? [options.signingKeys] : (options?.signingKeys ?? []);
  const usable = keys.filter((key) => typeof key === 'string' && key !== '');
  if (usable.length === 0) throw new NangoWebhookVerificationError('no_signing_key', 'No webhook signing key was given');
  return usable;
}

/** Whether the signature header matches the body under any key; every key is tried so timing does not tell which. */
async function signatureMatches(bytes: Uint8Array, headers: WebhookHeaders, options: VerifyWebhookOptions): Promise<boolean> {
  const signature = readSignature(headers);
  let matched = false;
  for (const key of readKeys(options)) {
    if (constantTimeEqual(await hmacHex(key, bytes), signature)) matched = true;
  }
  return matched;
}

/** Hex HMAC-SHA256 of a body, as Nango puts in `X-Nango-Hmac-Sha256`. */
export async function signWebhookBody(rawBody: WebhookRawBody, key: string): Promise<string> {
  return hmacHex(key, toBytes(rawBody));
}

/**
 * Checks the `X-Nango-Hmac-Sha256` signature of a webhook against one or more signing keys and returns the parsed event.
 * Pass the body exactly as received (before JSON parsing). Throws {@link NangoWebhookVerificationError} with a `reason`.
 *
 * @example
 * ```ts
 * const event = await verifyWebhook(await request.text(), request.headers, { signingKeys: process.env.NANGO_WEBHOOK_KEY! });
 * if (event.type === 'sync' && event.success) console.log(event.responseResults.added);
 * ```
 */
export async function verifyWebhook(rawBody: WebhookRawBody, headers: WebhookHeaders, options: VerifyWebhookOptions): Promise<NangoWebhookEvent> {
  const bytes = toBytes(rawBody);
  if (!(await signatureMatches(bytes, headers, options))) {
    throw new NangoWebhookVerificationError('signature_mismatch', 'The webhook signature does not match any signing key');
  }
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as NangoWebhookEvent;
  } catch {
    throw new NangoWebhookVerificationError('invalid_json', 'The webhook body is signed but is not valid JSON');
  }
}

/** Like {@link verifyWebhook} but answers true or false instead of throwing or parsing. */
export async function isValidWebhookSignature(rawBody: WebhookRawBody, headers: WebhookHeaders, options: VerifyWebhookOptions): Promise<boolean> {
  try {
    return await signatureMatches(toBytes(rawBody), headers, options);
  } catch {
    return false;
  }
}
