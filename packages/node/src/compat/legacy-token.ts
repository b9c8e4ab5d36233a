/** What the official `getToken()` returned: the access token string for OAuth 2, a pair for OAuth 1, otherwise the credentials. */
export type LegacyToken = string | { oAuthToken: string; oAuthTokenSecret: string } | Record<string, unknown>;

/** Reproduces the official `getToken()` result from a connection's credentials. */
export function toLegacyToken(credentials: Record<string, unknown>): LegacyToken {
  if (credentials['type'] === 'OAUTH2') return String(credentials['access_token'] ?? '');
  if (credentials['type'] === 'OAUTH1') {
    return { oAuthToken: String(credentials['oauth_token'] ?? ''), oAuthTokenSecret: String(credentials['oauth_token_secret'] ?? '') };
  }
  return credentials;
}
