import { FakeApiError } from '../state/errors.js';
import { TextReply } from './reply.js';

const JSON_TYPE = 'application/json; charset=utf-8';

/** A JSON reply. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): TextReply {
  const out: Record<string, string> = { 'content-type': JSON_TYPE };
  for (const name in headers) out[name.toLowerCase()] = headers[name]!;
  return new TextReply(status, JSON.stringify(body), out);
}

/** A JSON reply whose body is already serialised (and, when known, its length in UTF-8 bytes). */
export function jsonText(status: number, text: string, byteLength?: number): TextReply {
  return new TextReply(status, text, { 'content-type': JSON_TYPE }, byteLength);
}

/** A reply with no body (204). */
export function noContent(): TextReply {
  return new TextReply(204, null, {});
}

/** Nango's error envelope for a state or validation error. */
export function errorResponse(error: FakeApiError): TextReply {
  const inner: Record<string, unknown> = { code: error.code };
  if (error.message && error.message !== error.code) inner['message'] = error.message;
  Object.assign(inner, error.extra);
  return json(error.status, { error: inner }, error.headers);
}

export function apiError(status: number, code: string, message?: string, extra: Record<string, unknown> = {}): TextReply {
  return errorResponse(new FakeApiError(status, code, message, extra));
}
