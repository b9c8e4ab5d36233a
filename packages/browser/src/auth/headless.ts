import { AuthError } from '../errors.js';
import { watchDeadline } from '../internal/deadline.js';
import { readMessage, toAuthSuccess } from './result.js';
import { authQuery } from './query.js';
import type { AuthSuccess } from '../connect-ui/types.js';
import type { AuthOptions } from './types.js';

/** A `fetch`-compatible function. */
export type FetchFn = (url: string, init: RequestInit) => Promise<Response>;

/** What a flow needs from the client. */
export interface FlowContext {
  host: string;
  sessionToken: string;
  fetch: FetchFn;
}

/** Runs a headless flow: POSTs the credentials as JSON to `{host}/{route}/{integration}?connect_session_token=…`. */
export async function headlessAuth(ctx: FlowContext, route: string, integrationId: string, options: AuthOptions): Promise<AuthSuccess> {
  if (options.signal?.aborted) throw new AuthError('aborted', 'The authorization was aborted.');
  const { type: _type, ...body } = (options.credentials ?? {}) as Record<string, unknown>;
  const url = `${ctx.host}/${route}/${encodeURIComponent(integrationId)}?${authQuery(ctx.sessionToken, options).toString()}`;
  const controller = new AbortController();
  let ended: AuthError | undefined;
  const stop = watchDeadline(options.timeout, options.signal, (error) => {
    ended = error;
    controller.abort();
  });
  try {
    let response: Response;
    try {
      response = await ctx.fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
    } catch {
      throw ended ?? new AuthError('network_error', 'The Nango API could not be reached.');
    }
    const text = await response.text().catch(() => '');
    const message = readMessage(text) ?? {};
    if (!response.ok) {
      const error = readMessage(message['error']) ?? {};
      const code = typeof error['code'] === 'string' ? error['code'] : 'unknown_error';
      const detail = typeof error['message'] === 'string' ? error['message'] : `The authorization failed with HTTP ${response.status}.`;
      throw new AuthError(code, detail, response.status);
    }
    return toAuthSuccess(message, integrationId, options.connectionId);
  } finally {
    stop();
  }
}
