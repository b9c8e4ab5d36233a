import type { FakeState } from '../fake/state.js';
import type { ConnectSession } from '../state/connect-sessions.js';
import { FakeApiError } from '../state/errors.js';
import { CONNECT_SESSION_PREFIX } from '../state/ids.js';
import type { AuthKind } from './context.js';
import type { HeaderReader } from './incoming.js';

export interface AuthResult {
  envId: number;
  session: ConnectSession | undefined;
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
  return { envId: session.envId, session };
}

function secretAuth(state: FakeState, token: string): AuthResult {
  const env = state.environments.bySecretKey(token);
  if (!env) throw new FakeApiError(401, 'unknown_account', 'Authentication failed. The provided secret key is invalid.');
  return { envId: env.id, session: undefined };
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
      if (state.accountKey !== undefined) {
        if (token !== state.accountKey) throw new FakeApiError(401, 'unknown_account', 'Authentication failed. An account secret key is required.');
        return { envId: state.defaultEnvId, session: undefined };
      }
      return secretAuth(state, token);
    default:
      return secretAuth(state, token);
  }
}
