import { NangoValidationError } from '../errors.js';

/** Segments that WHATWG URL parsing reads as `.` or `..` (it also decodes `%2e`, in any case). */
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

/** Whether a path segment, as written in a URL, would be removed or climb a level once the URL is parsed. */
export function isDotSegment(segment: string): boolean {
  return segment.length <= 6 && DOT_SEGMENT.test(segment);
}

/**
 * Encodes one path segment so that nothing in it can be read as a separator:
 * `/`, `?`, `#`, `%` and spaces are percent-encoded.
 * Empty values and values that would read as `.` or `..` are refused: URL parsers drop or climb such
 * segments (`%2E%2E` included), so no encoding keeps them in place.
 */
export function encodePathSegment(value: string, field = 'path'): string {
  if (value === '') throw new NangoValidationError(`Field "${field}" must not be empty`, field);
  const encoded = encodeURIComponent(value);
  if (isDotSegment(encoded)) {
    throw new NangoValidationError(`Field "${field}" must not be "." or ".."`, field);
  }
  return encoded;
}

/** Encodes a query key or value. */
export function encodeQueryComponent(value: string): string {
  return encodeURIComponent(value);
}
