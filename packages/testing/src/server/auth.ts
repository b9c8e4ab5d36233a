import type { FakeState } from '../fake/state.js';
import type { ConnectSession } from '../state/connect-sessions.js';
import { FakeApiError } from '../state/errors.js';
import { CONNECT_SESSION_PREFIX } from '../state/ids.js';
import { ACCOUNT_SCOPES, hasScope } from '../state/scopes.js';
import type { AuthKind } from './context.js';
import type { HeaderReader } from './incoming.js';

export interface AuthResult {
  envId: number;
  session: ConnectSession | undefined;
  /** Scopes of the API key; undefined for a connect-session token. */
  scopes: readonly string[] | undefined;
}

/** Reads the bearer token; 401 `missing_auth_header` / `malformed_auth_header` like the server. */
export function bearerToken(headers: HeaderReader): string {
  const header = headers.get('authorization');
  if (header === null) throw new FakeApiError(401, 'missing_auth_header', 'Authentication failed. The request is missing the Authorization header.');
  const match = /^Bearer\s+(.*)$/i.exec(header.trim());
  const token = match?.[1]?.trim();
  if (!token) throw new FakeApiError(401, 'malformed_auth_header', 'Authentication failed. The provided Authorization header is malformed.');
  return token;
}

function sessionAuth(state: FakeState, token: string): AuthResult {
  if (!token.startsWith(CONNECT_SESSION_PREFIX)) {
    throw new FakeApiError(401, 'invalid_connect_session_token_format', 'Authentication failed. The connect session token is malformed.');
  }
  const session = state.sessions.get(token);
  if (!session) throw new FakeApiError(401, 'unknown_connect_session_token', 'Authentication failed. The connect session token is unknown or expired.');
  return { envId: session.envId, session, scopes: undefined };
}

function secretAuth(state: FakeState, token: string): AuthResult {
  const found = state.environments.keyBySecret(token);
  if (!found) throw new FakeApiError(401, 'unknown_account', 'Authentication failed. The provided secret key is invalid.');
  return { envId: found.env.id, session: undefined, scopes: found.key.scopes };
}

function accountAuth(state: FakeState, token: string): AuthResult {
  const account = state.accountKeys.find((k) => k.secret === token);
  if (account) return { envId: state.defaultEnvId, session: undefined, scopes: account.scopes };
  if (state.accountKeys.length > 0) throw new FakeApiError(401, 'unknown_account', 'Authentication failed. An account secret key is required.');
  // Without any account key, an environment key stands in for the account.
  return { ...secretAuth(state, token), scopes: [ACCOUNT_SCOPES] };
}

/** Authenticates a request for an operation that accepts the given kind of credentials. */
export function authenticate(state: FakeState, kind: AuthKind, headers: HeaderReader): AuthResult {
  const token = bearerToken(headers);
  switch (kind) {
    case 'session':
      return sessionAuth(state, token);
    case 'either':
      return token.startsWith(CONNECT_SESSION_PREFIX) ? sessionAuth(state, token) : secretAuth(state, token);
    case 'account':
      return accountAuth(state, token);
    default:
      return secretAuth(state, token);
  }
}

/** 403 `forbidden` when an API key lacks the scope an operation needs (connect-session tokens carry no scopes). */
export function requireScope(auth: AuthResult, scope: string | undefined): void {
  if (scope === undefined || auth.scopes === undefined || hasScope(auth.scopes, scope)) return;
  throw new FakeApiError(403, 'forbidden', `The API key lacks the scope '${scope}'`);
}
