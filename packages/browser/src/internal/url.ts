import { AuthError } from '../errors.js';

/** Default Nango API host. */
export const DEFAULT_HOST = 'https://api.nango.dev';

/** Parses a base URL and drops trailing slashes; throws `AuthError('invalid_host_url')` when it is not http(s). */
export function normalizeHost(host: string | undefined): string {
  const value = (host ?? DEFAULT_HOST).replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AuthError('invalid_host_url', 'The Nango host is not a valid URL.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AuthError('invalid_host_url', 'The Nango host must be an http(s) URL.');
  }
  return value;
}

/** Adds `key=value` pairs to `query`, skipping `undefined` values. */
export function appendDefined(query: URLSearchParams, key: string, value: string | number | boolean | undefined): void {
  if (value !== undefined) query.append(key, String(value));
}

/** Adds `prefix[k]=v` for every defined entry of `record`. */
export function appendRecord(query: URLSearchParams, prefix: string, record: Record<string, string | number | boolean | undefined> | undefined): void {
  if (!record) return;
  for (const [key, value] of Object.entries(record)) appendDefined(query, `${prefix}[${key}]`, value);
}
