/** Random identifiers and secrets, built on WebCrypto so they work in browsers too. */
export function randomHex(bytes: number): string {
  const buf = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(buf);
  return Array.from(buf, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function uuid(): string {
  return globalThis.crypto.randomUUID();
}

export const CONNECT_SESSION_PREFIX = 'nango_connect_session_';

export function connectSessionToken(): string {
  return `${CONNECT_SESSION_PREFIX}${randomHex(32)}`;
}

/** A secret key in the shape Nango issues (a UUID). */
export function secretKey(): string {
  return uuid();
}
