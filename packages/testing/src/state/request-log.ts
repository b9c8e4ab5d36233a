/** One request the fake received, as recorded for assertions. Secrets are redacted. */
import type { HeaderReader } from '../server/incoming.js';
import { getOwn, setOwn } from './own.js';

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string[]>;
  headers: Record<string, string>;
  body: unknown;
  operationId: string | undefined;
  status: number;
  at: string;
}

const SECRET_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);

/** Copies headers into a plain object, replacing credentials with `[redacted]`. */
export function redactHeaders(headers: HeaderReader): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    setOwn(out, name, SECRET_HEADERS.has(name.toLowerCase()) ? '[redacted]' : value);
  });
  return out;
}

/** Groups query parameters by key. Secret-bearing keys are redacted. */
export function queryToObject(params: URLSearchParams): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  params.forEach((value, key) => {
    const safe = key === 'connect_session_token' ? '[redacted]' : value;
    const list = getOwn(out, key);
    if (list) list.push(safe);
    else setOwn(out, key, [safe]);
  });
  return out;
}

const SECRET_KEY_RE = /token|secret|password|api_?key|private_?key|hmac|credentials|signature/i;

/** Deep copy of a request body with secret-looking fields replaced by `[redacted]`. */
export function redactBody(value: unknown, depth = 0): unknown {
  if (depth > 20) return '[redacted]';
  if (Array.isArray(value)) return value.map((v) => redactBody(v, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) setOwn(out, key, SECRET_KEY_RE.test(key) ? '[redacted]' : redactBody(v, depth + 1));
    return out;
  }
  return value;
}
