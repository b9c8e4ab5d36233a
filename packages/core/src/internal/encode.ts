import { NangoValidationError } from '../errors.js';

/**
 * Encodes one path segment so that nothing in it can be read as a separator:
 * `/`, `?`, `#`, `%` and spaces are percent-encoded.
 * `.` and `..` are refused: URL parsers treat them (and `%2E%2E`) as dot segments and would drop or climb,
 * so no encoding keeps them in place.
 */
export function encodePathSegment(value: string, field = 'path'): string {
  if (value === '.' || value === '..') {
    throw new NangoValidationError(`Field "${field}" must not be "." or ".."`, field);
  }
  return encodeURIComponent(value);
}

/** Encodes a query key or value. */
export function encodeQueryComponent(value: string): string {
  return encodeURIComponent(value);
}
