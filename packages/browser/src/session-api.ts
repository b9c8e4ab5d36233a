import { makeAPIError, NangoAbortError, NangoConnectionError } from '@nango-sdk/core';
import type { FetchFn } from './auth/headless.js';

/** Options of one session-token call. */
export interface SessionCallOptions {
  /** Cancels the call with core's `NangoAbortError`. */
  signal?: AbortSignal;
}

/** Where and as whom session-token calls are made. */
export interface SessionContext {
  host: string;
  sessionToken: string;
  fetch: FetchFn;
}

/**
 * Calls an endpoint that accepts the connect-session token as Bearer. Only `Authorization` and `Accept` are sent,
 * both allowed by Nango's CORS policy. Failures are core's typed errors (`NangoAPIError` subclasses,
 * `NangoConnectionError`, `NangoAbortError`); the token never appears in them.
 */
export async function sessionCall<T>(ctx: SessionContext, method: 'GET' | 'DELETE', path: string, options: SessionCallOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await ctx.fetch(`${ctx.host}${path}`, {
      method,
      headers: { Authorization: `Bearer ${ctx.sessionToken}`, Accept: 'application/json' },
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (options.signal?.aborted) throw new NangoAbortError();
    throw new NangoConnectionError(`${method} ${path} could not reach the Nango API`, { cause: error });
  }
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON: keep the text.
  }
  if (!response.ok) throw makeAPIError(response.status, body, response.headers);
  return body as T;
}
