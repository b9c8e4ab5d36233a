import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

function header(headers: Readonly<Record<string, unknown>>, name: string): unknown {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

/** `X-Nango-Hmac-Sha256` check of the official client: hex HMAC-SHA256 of the raw body, constant-time compare. */
export function verifyHmacHeader(rawBody: string, headers: Readonly<Record<string, unknown>>, key: string | undefined): boolean {
  const signature = header(headers, 'x-nango-hmac-sha256');
  if (typeof signature !== 'string' || !key) return false;
  const expected = Buffer.from(createHmac('sha256', key).update(rawBody).digest('hex'), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Legacy `X-Nango-Signature` check: hex SHA-256 of the key followed by the JSON payload. */
export function verifyLegacySignature(signature: string, payload: unknown, key: string | undefined): boolean {
  if (!key) return false;
  const expected = Buffer.from(createHash('sha256').update(`${key}${JSON.stringify(payload)}`).digest('hex'), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
