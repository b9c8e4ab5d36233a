const encoder = new TextEncoder();

const toHex = (buf: ArrayBuffer): string => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');

/** Hex HMAC-SHA256 of the body keyed with the signing key (the `X-Nango-Hmac-Sha256` header). */
export async function hmacSha256Hex(key: string, body: string): Promise<string> {
  const cryptoKey = await globalThis.crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return toHex(await globalThis.crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(body)));
}

/** Hex SHA-256 of key + body (the legacy `X-Nango-Signature` header). */
export async function legacySignatureHex(key: string, body: string): Promise<string> {
  return toHex(await globalThis.crypto.subtle.digest('SHA-256', encoder.encode(key + body)));
}

/** The two signature headers Nango sends with a webhook. */
export async function signatureHeaders(key: string, body: string): Promise<Record<string, string>> {
  return {
    'X-Nango-Hmac-Sha256': await hmacSha256Hex(key, body),
    'X-Nango-Signature': await legacySignatureHex(key, body),
  };
}
