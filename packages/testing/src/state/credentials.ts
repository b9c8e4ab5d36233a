import { randomHex } from './ids.js';

/** Stored credentials of a connection; `type` is the auth mode. Fields keep Nango's wire names. */
export type Credentials = { type: string; [field: string]: unknown };

const HOUR_MS = 60 * 60 * 1000;

/** Credentials a freshly authorised connection of the given auth mode would hold. */
export function defaultCredentials(authMode: string, nowMs: number): Credentials {
  const expiresAt = new Date(nowMs + HOUR_MS).toISOString();
  switch (authMode) {
    case 'OAUTH2':
    case 'MCP_OAUTH2':
    case 'MCP_OAUTH2_GENERIC': {
      const access = `access_${randomHex(12)}`;
      const refresh = `refresh_${randomHex(12)}`;
      return {
        type: 'OAUTH2',
        access_token: access,
        refresh_token: refresh,
        expires_at: expiresAt,
        raw: { access_token: access, refresh_token: refresh, token_type: 'bearer', expires_in: 3600 },
      };
    }
    case 'OAUTH1': {
      const token = `oauth_${randomHex(12)}`;
      const secret = `oauth_secret_${randomHex(12)}`;
      return { type: 'OAUTH1', oauth_token: token, oauth_token_secret: secret, raw: { oauth_token: token, oauth_token_secret: secret } };
    }
    case 'OAUTH2_CC': {
      const token = `cc_${randomHex(12)}`;
      return {
        type: 'OAUTH2_CC',
        token,
        expires_at: expiresAt,
        client_id: `client_${randomHex(6)}`,
        client_secret: `secret_${randomHex(12)}`,
        raw: { access_token: token, expires_in: 3600 },
      };
    }
    case 'API_KEY':
      return { type: 'API_KEY', apiKey: `key_${randomHex(16)}` };
    case 'BASIC':
      return { type: 'BASIC', username: 'user', password: `pw_${randomHex(8)}` };
    case 'APP': {
      const token = `ghs_${randomHex(16)}`;
      return { type: 'APP', access_token: token, expires_at: expiresAt, raw: { token, expires_at: expiresAt } };
    }
    case 'JWT':
      return { type: 'JWT', privateKey: { id: `kid_${randomHex(4)}`, secret: randomHex(16) }, token: `jwt_${randomHex(16)}`, expires_at: expiresAt };
    case 'TBA':
      return { type: 'TBA', token_id: `tid_${randomHex(8)}`, token_secret: `tsec_${randomHex(12)}`, config_override: {} };
    case 'BILL':
      return {
        type: 'BILL',
        username: 'user@example.com',
        password: `pw_${randomHex(8)}`,
        organization_id: `org_${randomHex(4)}`,
        dev_key: `dev_${randomHex(8)}`,
        session_id: `sess_${randomHex(8)}`,
        expires_at: expiresAt,
        raw: {},
      };
    case 'TWO_STEP': {
      const token = `two_${randomHex(12)}`;
      return { type: 'TWO_STEP', token, expires_at: expiresAt, raw: { token } };
    }
    case 'SIGNATURE':
      return { type: 'SIGNATURE', username: 'user', password: `pw_${randomHex(8)}`, token: `sig_${randomHex(12)}`, expires_at: expiresAt };
    case 'CUSTOM':
      return { type: 'CUSTOM', raw: { token: `custom_${randomHex(12)}` } };
    case 'NONE':
      return { type: 'NONE' };
    default:
      return { type: authMode, raw: {} };
  }
}

/** Whether credentials of this type can be refreshed (and so rotated by `force_refresh`). */
export function isRefreshable(credentials: Credentials): boolean {
  return ['OAUTH2', 'OAUTH2_CC', 'APP', 'JWT', 'TWO_STEP', 'SIGNATURE', 'BILL'].includes(credentials.type);
}

/** New credentials after a refresh: a new access token and a new expiry, same type. */
export function refreshedCredentials(credentials: Credentials, nowMs: number): Credentials {
  const expiresAt = new Date(nowMs + HOUR_MS).toISOString();
  const next: Credentials = { ...credentials, expires_at: expiresAt };
  switch (credentials.type) {
    case 'OAUTH2': {
      const access = `access_${randomHex(12)}`;
      next['access_token'] = access;
      next['raw'] = { ...(credentials['raw'] as object | undefined), access_token: access, expires_in: 3600 };
      break;
    }
    case 'OAUTH2_CC':
      next['token'] = `cc_${randomHex(12)}`;
      break;
    case 'APP':
      next['access_token'] = `ghs_${randomHex(16)}`;
      break;
    case 'BILL':
      next['session_id'] = `sess_${randomHex(8)}`;
      break;
    default:
      next['token'] = `${credentials.type.toLowerCase()}_${randomHex(12)}`;
  }
  return next;
}

/** Whether stored credentials are past their expiry. */
export function isExpired(credentials: Credentials, nowMs: number): boolean {
  const expiresAt = credentials['expires_at'];
  return typeof expiresAt === 'string' && Date.parse(expiresAt) <= nowMs;
}
