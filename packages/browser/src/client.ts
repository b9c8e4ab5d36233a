import { AuthError, InvalidSessionTokenError } from './errors.js';
import { assertSessionToken } from './session-token.js';
import { normalizeHost } from './internal/url.js';
import { auth } from './auth/standalone.js';
import { openConnectUI } from './connect-ui/open-connect-ui.js';
import { sessionCall, type SessionCallOptions, type SessionContext } from './session-api.js';
import type { GetConnectSessionsResponse, ListIntegrationsResponse, ListProvidersResponse } from '@nango-sdk/core';
import type { FetchFn } from './auth/headless.js';
import type { AuthSuccess, ConnectUIHandle, ConnectUIOptions } from './connect-ui/types.js';
import type { AuthOptions } from './auth/types.js';

/** Options of {@link NangoBrowser}. There is deliberately no secret-key option. */
export interface NangoBrowserOptions {
  /** Connect-session token created by your backend (`nango_connect_session_…`); may be set later with `setSessionToken`. */
  connectSessionToken?: string;
  /** Nango API host. Default: `https://api.nango.dev`. */
  host?: string;
  /** Where the Connect UI is served. Default: `https://connect.nango.dev`. */
  connectUIBaseUrl?: string;
  /** Path of Nango's websocket on the host (reported by `getSession()` on self-hosted servers). Default: `/`. */
  websocketsPath?: string;
  /** `fetch` used for API calls. Default: the global `fetch`. */
  fetch?: FetchFn;
}

const FORBIDDEN_OPTIONS = ['secretKey', 'apiKey', 'publicKey'];

/**
 * Front-end Nango client built from a connect-session token: Connect UI, OAuth popup and headless auth flows,
 * and the few API calls a session token may make.
 *
 * @example
 * ```ts
 * import { NangoBrowser } from '@nango-sdk/browser';
 *
 * const nango = new NangoBrowser({ connectSessionToken: 'nango_connect_session_…' });
 * button.onclick = async () => {
 *   const { connectionId } = await nango.auth('github');
 *   console.log('connected', connectionId);
 * };
 * ```
 */
export class NangoBrowser {
  /** Normalised API host. */
  readonly host: string;
  #token: string | undefined;
  readonly #options: NangoBrowserOptions;

  constructor(options: NangoBrowserOptions = {}) {
    for (const key of FORBIDDEN_OPTIONS) {
      if (key in options) {
        throw new InvalidSessionTokenError('secret_key', `"${key}" is not accepted in a browser: pass a connect-session token created by your backend.`);
      }
    }
    this.#options = options;
    this.host = normalizeHost(options.host);
    if (options.connectSessionToken !== undefined) this.#token = assertSessionToken(options.connectSessionToken);
  }

  /** Sets or replaces the connect-session token (it often arrives after the page has loaded). */
  setSessionToken(token: string): void {
    this.#token = assertSessionToken(token);
  }

  /**
   * Creates a connection. Non-OAuth credentials run a headless flow; otherwise a popup is opened synchronously
   * (call this from a click handler) and the OAuth flow runs in it.
   */
  auth(integrationId: string, options: AuthOptions = {}): Promise<AuthSuccess> {
    const sessionToken = this.#token;
    if (!sessionToken) return Promise.reject(new AuthError('missing_connect_session_token', 'Set a connect-session token before calling auth().'));
    const { fetch: customFetch, websocketsPath } = this.#options;
    return auth(integrationId, {
      ...options,
      sessionToken,
      host: this.host,
      ...(customFetch ? { fetch: customFetch } : {}),
      ...(websocketsPath ? { websocketsPath } : {}),
    });
  }

  /** Opens the Connect UI with this client's token and host (see {@link openConnectUI}). */
  openConnectUI(options: ConnectUIOptions = {}): ConnectUIHandle {
    const defaults: ConnectUIOptions = { apiURL: this.host };
    if (this.#options.connectUIBaseUrl) defaults.baseURL = this.#options.connectUIBaseUrl;
    if (this.#token) defaults.sessionToken = this.#token;
    return openConnectUI({ ...defaults, ...options });
  }

  /** `GET /connect/session`: the session's settings (end user, Connect UI settings, allowed integrations, websocket path). */
  getSession(options?: SessionCallOptions): Promise<GetConnectSessionsResponse> {
    return this.#call('GET', '/connect/session', options);
  }

  /** `GET /providers`: the provider catalog, optionally filtered by a case-insensitive `search`. */
  listProviders(request: { search?: string } = {}, options?: SessionCallOptions): Promise<ListProvidersResponse> {
    const query = request.search === undefined ? '' : `?${new URLSearchParams({ search: request.search }).toString()}`;
    return this.#call('GET', `/providers${query}`, options);
  }

  /** `GET /integrations`: the integrations of the session's environment. */
  listIntegrations(options?: SessionCallOptions): Promise<ListIntegrationsResponse> {
    return this.#call('GET', '/integrations', options);
  }

  /** `DELETE /connect/session`: ends the session; its token cannot be used afterwards. */
  async deleteSession(options?: SessionCallOptions): Promise<void> {
    await this.#call('DELETE', '/connect/session', options);
  }

  async #call<T>(method: 'GET' | 'DELETE', path: string, options: SessionCallOptions | undefined): Promise<T> {
    const sessionToken = this.#token;
    if (!sessionToken) throw new AuthError('missing_connect_session_token', 'Set a connect-session token before calling the Nango API.');
    const ctx: SessionContext = { host: this.host, sessionToken, fetch: this.#options.fetch ?? ((url, init) => fetch(url, init)) };
    return sessionCall<T>(ctx, method, path, options);
  }
}

/** Creates a {@link NangoBrowser}. */
export function createNangoBrowser(options: NangoBrowserOptions = {}): NangoBrowser {
  return new NangoBrowser(options);
}
