/** CORS as Nango's public API answers it: any origin, a fixed list of request headers, a fixed list of exposed ones. */
import { TextReply } from './reply.js';

/** Request headers a browser may send (the preflight allow-list). */
export const CORS_ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'Accept',
  'Origin',
  'X-Requested-With',
  'Nango-Activity-Log-Id',
  'Nango-Is-Dry-Run',
  'Nango-Is-Sync',
  'Provider-Config-Key',
  'Connection-Id',
  'Sentry-Trace',
  'Baggage',
] as const;

/** Response headers a browser may read besides the CORS-safelisted ones. */
export const CORS_EXPOSED_HEADERS = [
  'Authorization',
  'Etag',
  'Content-Type',
  'Content-Length',
  'X-Nango-Signature',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
] as const;

export const CORS_ALLOWED_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

const ALLOWED_METHODS = CORS_ALLOWED_METHODS.join(', ');
const ALLOWED_HEADERS = CORS_ALLOWED_HEADERS.join(', ');
const EXPOSED_HEADERS = CORS_EXPOSED_HEADERS.join(', ');

/** The answer to a preflight (`OPTIONS`) request. */
export function preflightResponse(): TextReply {
  return new TextReply(204, null, { 'access-control-allow-methods': ALLOWED_METHODS, 'access-control-allow-headers': ALLOWED_HEADERS });
}

/** {@link setCorsHeaders} for a plain header record with lower-case names. */
export function setCorsRecord(headers: Record<string, string>): void {
  headers['access-control-allow-origin'] ??= '*';
  headers['access-control-expose-headers'] ??= EXPOSED_HEADERS;
}

/** Sets the CORS headers every answer carries, keeping any a handler chose itself. */
export function setCorsHeaders(headers: Headers): void {
  if (!headers.has('access-control-allow-origin')) headers.set('access-control-allow-origin', '*');
  if (!headers.has('access-control-expose-headers')) headers.set('access-control-expose-headers', EXPOSED_HEADERS);
}
