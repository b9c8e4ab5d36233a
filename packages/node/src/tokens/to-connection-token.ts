import type { ConnectionToken } from './token-types.js';

type Credentials = Readonly<Record<string, unknown>>;

function str(credentials: Credentials, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = credentials[name];
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

function date(credentials: Credentials, name: string): { expiresAt?: Date } {
  const value = credentials[name];
  if (typeof value !== 'string' && typeof value !== 'number') return {};
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? {} : { expiresAt: parsed };
}

function opt<K extends string>(name: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [name]: value }) as { [P in K]?: string };
}

/**
 * Narrows the `credentials` object of a connection to a {@link ConnectionToken}. A mode this
 * version does not know, or known mode missing its main field, comes back as `UNKNOWN`.
 */
export function toConnectionToken(credentials: Credentials): ConnectionToken {
  const unknown: ConnectionToken = { type: 'UNKNOWN', credentials };
  switch (credentials['type']) {
    case 'OAUTH2': {
      const accessToken = str(credentials, 'access_token');
      if (!accessToken) return unknown;
      return { type: 'OAUTH2', accessToken, ...opt('refreshToken', str(credentials, 'refresh_token')), ...date(credentials, 'expires_at') };
    }
    case 'OAUTH1': {
      const oauthToken = str(credentials, 'oauth_token');
      const oauthTokenSecret = str(credentials, 'oauth_token_secret');
      return oauthToken && oauthTokenSecret ? { type: 'OAUTH1', oauthToken, oauthTokenSecret } : unknown;
    }
    case 'OAUTH2_CC': {
      const token = str(credentials, 'token', 'access_token');
      if (!token) return unknown;
      return { type: 'OAUTH2_CC', token, ...opt('clientId', str(credentials, 'client_id')), ...date(credentials, 'expires_at') };
    }
    case 'APP':
    case 'CUSTOM': {
      const accessToken = str(credentials, 'access_token', 'token');
      return accessToken ? { type: credentials['type'], accessToken, ...date(credentials, 'expires_at') } : unknown;
    }
    case 'API_KEY': {
      const apiKey = str(credentials, 'apiKey', 'api_key');
      return apiKey ? { type: 'API_KEY', apiKey } : unknown;
    }
    case 'BASIC': {
      const username = str(credentials, 'username');
      return username === undefined ? unknown : { type: 'BASIC', username, password: str(credentials, 'password') ?? '' };
    }
    case 'JWT': {
      const token = str(credentials, 'token');
      return token ? { type: 'JWT', token, ...date(credentials, 'expires_at') } : unknown;
    }
    case 'TBA': {
      const tokenId = str(credentials, 'token_id');
      const tokenSecret = str(credentials, 'token_secret');
      return tokenId && tokenSecret ? { type: 'TBA', tokenId, tokenSecret } : unknown;
    }
    case 'BILL':
    case 'SIGNATURE':
    case 'TWO_STEP': {
      const token = str(credentials, 'token', 'session_id', 'access_token');
      return token ? { type: credentials['type'], token, ...date(credentials, 'expires_at') } : unknown;
    }
    case 'NONE':
      return { type: 'NONE' };
    default:
      return unknown;
  }
}
