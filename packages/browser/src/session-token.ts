import { InvalidSessionTokenError } from './errors.js';

/** Every connect-session token created by Nango starts with this prefix. */
export const SESSION_TOKEN_PREFIX = 'nango_connect_session_';

const UUID_LIKE = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const SECRET_PREFIX = /^(sk|nango_sk|secret|nango_secret|nango_api_key|api_key)[_-]/i;

/**
 * Checks that `value` is a connect-session token and returns it.
 * Refuses secret keys and API keys (UUID-like values, `sk_`-style prefixes, anything else that is not
 * a `nango_connect_session_…` token) with an {@link InvalidSessionTokenError} whose message never repeats the value.
 */
export function assertSessionToken(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidSessionTokenError('missing', 'A connect-session token is required: create one on your backend with POST /connect/sessions.');
  }
  const token = value.trim();
  if (token.startsWith(SESSION_TOKEN_PREFIX) && token.length > SESSION_TOKEN_PREFIX.length) return token;
  if (UUID_LIKE.test(token) || SECRET_PREFIX.test(token)) {
    throw new InvalidSessionTokenError(
      'secret_key',
      'This value looks like a Nango secret key or API key. Never ship it to a browser: create a connect session on your backend and pass its nango_connect_session_… token.',
    );
  }
  throw new InvalidSessionTokenError('malformed', `A connect-session token must start with "${SESSION_TOKEN_PREFIX}".`);
}
