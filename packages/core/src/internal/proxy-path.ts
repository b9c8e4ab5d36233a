import { NangoValidationError } from '../errors.js';

const PCHAR = /[A-Za-z0-9\-._~!$&'()*+,;=:@]/;

function encodeSegment(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; ) {
    const char = segment[i] as string;
    if (char === '%' && /^[0-9A-Fa-f]{2}$/.test(segment.slice(i + 1, i + 3))) {
      out += segment.slice(i, i + 3).toUpperCase();
      i += 3;
      continue;
    }
    const codePoint = segment.codePointAt(i) as number;
    const full = String.fromCodePoint(codePoint);
    out += PCHAR.test(full) ? full : encodeURIComponent(full);
    i += full.length;
  }
  return out;
}

function decodeLoose(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Builds the `/proxy/...` path for an upstream path.
 * Slashes are kept; every segment is percent-encoded (existing `%XX` escapes are kept as they are).
 * `?` and `#` are refused (use `query`), and so is any segment that reads as `.` or `..`, even once decoded,
 * so the result can never climb out of `/proxy/`.
 */
export function buildProxyPath(path: string): string {
  if (typeof path !== 'string' || path.trim() === '') throw new NangoValidationError('The proxy path must be a non-empty string', 'path');
  if (/[?#]/.test(path)) {
    throw new NangoValidationError('The proxy path must not contain "?" or "#"; pass query parameters with the `query` option', 'path');
  }
  if (/[\r\n\0]/.test(path)) throw new NangoValidationError('The proxy path must not contain control characters', 'path');
  const segments = path.replace(/^\/+/, '').split('/');
  for (const segment of segments) {
    const parts = decodeLoose(decodeLoose(segment)).split(/[/\\]/);
    if (parts.some((part) => part === '.' || part === '..')) {
      throw new NangoValidationError('The proxy path must not contain "." or ".." segments', 'path');
    }
  }
  return `/proxy/${segments.map(encodeSegment).join('/')}`;
}
