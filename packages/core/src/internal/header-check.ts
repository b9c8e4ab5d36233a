import { NangoValidationError } from '../errors.js';

/** RFC 9110 token characters: what a header name may contain. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** Characters a header value may carry (Latin-1 without controls, tab allowed inside). */
const VALUE_CHARS = /^[\t\x20-\x7e\x80-\xff]*$/;

/**
 * Why a header value cannot travel unchanged, or undefined when it can.
 * `fetch` would throw a bare `TypeError` for characters outside Latin-1, line breaks or NUL, and silently trims
 * surrounding whitespace; all of those are refused here so the value reaches the server exactly as given.
 */
export function headerValueProblem(value: string): string | undefined {
  if (/[\r\n\0]/.test(value)) return 'contains a line break or NUL';
  if (!VALUE_CHARS.test(value)) return 'contains characters that cannot be sent in a header (control characters or characters outside Latin-1)';
  if (value !== '' && (/^[\t ]/.test(value) || /[\t ]$/.test(value))) return 'starts or ends with whitespace';
  return undefined;
}

/** Throws {@link NangoValidationError} naming `field` when `value` cannot be sent as a header value. The value is never echoed. */
export function checkHeaderValue(value: string, field: string, context?: string): void {
  const problem = headerValueProblem(value);
  if (problem !== undefined) {
    throw new NangoValidationError(`${context === undefined ? '' : `${context}: `}field "${field}" ${problem}`, field);
  }
}

/** Throws {@link NangoValidationError} when `name` is not a valid header name. */
export function checkHeaderName(name: string): void {
  if (!TOKEN.test(name)) {
    throw new NangoValidationError(`Header name "${name.replace(/[^\x20-\x7e]/g, '?')}" is not a valid header name`, 'headers');
  }
}

/** Checks a header name and value given as a pair (per-call, default or proxy headers). */
export function checkHeader(name: string, value: string): void {
  checkHeaderName(name);
  if (typeof value !== 'string') throw new NangoValidationError(`Header "${name}" must be a string`, name);
  checkHeaderValue(value, name);
}
