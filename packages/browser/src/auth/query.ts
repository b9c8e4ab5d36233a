import { appendDefined, appendRecord } from '../internal/url.js';
import type { AuthOptions } from './types.js';

const OVERRIDES = ['oauth_client_id_override', 'oauth_client_secret_override', 'oauth_refresh_token_override'] as const;

/** Builds the URL-encoded query of an auth request; `undefined` values are left out. */
export function authQuery(sessionToken: string, options: AuthOptions, extra: Record<string, string | undefined> = {}): URLSearchParams {
  const query = new URLSearchParams();
  appendDefined(query, 'connect_session_token', sessionToken);
  appendDefined(query, 'connection_id', options.connectionId);
  for (const [key, value] of Object.entries(extra)) appendDefined(query, key, value);
  appendRecord(query, 'params', options.params);
  appendRecord(query, 'authorization_params', options.authorizationParams);
  if (options.userScope?.length) query.append('user_scope', options.userScope.join(','));
  const credentials = options.credentials as Record<string, string | undefined> | undefined;
  if (credentials) for (const key of OVERRIDES) appendDefined(query, `credentials[${key}]`, credentials[key]);
  return query;
}
