/** Placeholder written instead of a secret value. */
export const REDACTED = '[REDACTED]';

const SENSITIVE_SUFFIXES = ['token', 'secret', 'password', 'passphrase', 'apikey', 'secretkey', 'privatekey', 'signingkey'];
const SENSITIVE_NAMES = new Set(['key', 'authorization', 'proxyauthorization', 'cookie', 'setcookie', 'jwt', 'signature']);

/** Whether a field or header name usually carries a secret (`access_token`, `apiKey`, `Authorization`, ...). */
export function isSensitiveName(name: string): boolean {
  const normalized = name.toLowerCase().replace(/[-_\s]/g, '');
  if (SENSITIVE_NAMES.has(normalized)) return true;
  if (normalized.startsWith('nangoproxy')) return isSensitiveName(normalized.slice('nangoproxy'.length));
  return SENSITIVE_SUFFIXES.some((suffix) => normalized.endsWith(suffix));
}

/** Replaces `Bearer <token>` fragments in free text. */
export function redactText(text: string): string {
  return text.replace(/\b(Bearer|Basic)\s+[^\s"',;]+/gi, `$1 ${REDACTED}`);
}

/**
 * Returns a deep copy of `value` where every field with a sensitive name is replaced by a placeholder.
 * Cycles and very deep structures are cut off.
 */
export function redactValue(value: unknown, depth = 0, seen: WeakSet<object> = new WeakSet()): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 20 || seen.has(value)) return '[Truncated]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1, seen));
  if (!isPlainObject(value)) return `[${value.constructor?.name ?? 'Object'}]`;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = isSensitiveName(key) && item !== null && item !== undefined ? REDACTED : redactValue(item, depth + 1, seen);
  }
  return out;
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
}

/** Copies headers into a plain object, hiding the values of sensitive headers. */
export function redactHeaders(headers: Headers | Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) out[name] = isSensitiveName(name) ? REDACTED : redactText(value);
  return out;
}

/** Redacts a URL's query values whose names are sensitive (`connect_session_token=...`). */
export function redactUrl(url: string): string {
  const queryStart = url.indexOf('?');
  if (queryStart === -1) return url;
  const query = url
    .slice(queryStart + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq === -1) return pair;
      let name = pair.slice(0, eq);
      try {
        name = decodeURIComponent(name);
      } catch {
        // keep the raw name
      }
      return isSensitiveName(name.replace(/\[.*$/, '')) ? `${pair.slice(0, eq)}=${REDACTED}` : pair;
    })
    .join('&');
  return `${url.slice(0, queryStart)}?${query}`;
}

/** Redacts a JSON text body; other text is only scanned for bearer tokens. */
export function redactBodyText(text: string): string {
  try {
    return JSON.stringify(redactValue(JSON.parse(text)));
  } catch {
    return redactText(text);
  }
}
