import { FakeApiError } from '../state/errors.js';

/** A JSON response. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
}

/** A response with no body (204). */
export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** Nango's error envelope for a state or validation error. */
export function errorResponse(error: FakeApiError): Response {
  const inner: Record<string, unknown> = { code: error.code };
  if (error.message && error.message !== error.code) inner['message'] = error.message;
  Object.assign(inner, error.extra);
  return json(error.status, { error: inner }, error.headers);
}

export function apiError(status: number, code: string, message?: string, extra: Record<string, unknown> = {}): Response {
  return errorResponse(new FakeApiError(status, code, message, extra));
}
