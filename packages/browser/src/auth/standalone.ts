import { AuthError } from '../errors.js';
import { assertSessionToken } from '../session-token.js';
import { normalizeHost } from '../internal/url.js';
import { headlessAuth } from './headless.js';
import { headlessRoute } from './headless-route.js';
import { oauthPopup } from './oauth-popup.js';
import type { AuthSuccess } from '../connect-ui/types.js';
import type { AuthOptions } from './types.js';
import type { FetchFn } from './headless.js';

/** Options of the standalone {@link auth}: the flow options plus where and as whom to run it. */
export interface StandaloneAuthOptions extends AuthOptions {
  /** Connect-session token created by your backend. */
  sessionToken: string;
  /** Nango API host. Default: `https://api.nango.dev`. */
  host?: string;
  /** Path of Nango's websocket on the host. Default: `/`. */
  websocketsPath?: string;
  /** `fetch` used by headless flows. Default: the global `fetch`. */
  fetch?: FetchFn;
}

/**
 * Creates a connection without a client object (and without the API client), for pages that only need auth.
 * Non-OAuth credentials run a headless flow; otherwise a popup is opened synchronously and runs the OAuth flow.
 *
 * @example
 * ```ts
 * import { auth } from '@nango-sdk/browser';
 *
 * button.onclick = () =>
 *   auth('github', { sessionToken: 'nango_connect_session_…' }).then(({ connectionId }) => console.log(connectionId));
 * ```
 */
export function auth(integrationId: string, options: StandaloneAuthOptions): Promise<AuthSuccess> {
  let ctx;
  try {
    ctx = { host: normalizeHost(options.host), sessionToken: assertSessionToken(options.sessionToken), fetch: options.fetch ?? ((url: string, init: RequestInit) => fetch(url, init)) };
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new AuthError('unknown_error', String(error)));
  }
  const route = headlessRoute(options.credentials, options.installation);
  if (route) return headlessAuth(ctx, route, integrationId, options);
  return oauthPopup(options.websocketsPath ? { ...ctx, websocketsPath: options.websocketsPath } : ctx, integrationId, options);
}
