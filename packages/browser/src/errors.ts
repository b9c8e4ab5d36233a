/** Base class of every error thrown by `@nango-sdk/browser`. */
export class NangoBrowserError extends Error {
  override readonly name: string = 'NangoBrowserError';
}

/** Why a value was refused as a connect-session token. */
export type InvalidSessionTokenReason = 'missing' | 'secret_key' | 'malformed';

/**
 * Thrown when a value that is not a connect-session token is given to the browser SDK.
 * A secret key or API key must never reach a web page: create a connect session on your
 * backend and pass its `nango_connect_session_…` token instead.
 */
export class InvalidSessionTokenError extends NangoBrowserError {
  override readonly name = 'InvalidSessionTokenError';
  /** Why the value was refused. */
  readonly reason: InvalidSessionTokenReason;

  constructor(reason: InvalidSessionTokenReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

/** Known values of {@link AuthError.type}; the server may send other codes, kept as they are. */
export type KnownAuthErrorType =
  | 'blocked_by_browser'
  | 'window_closed'
  | 'timeout'
  | 'aborted'
  | 'invalid_host_url'
  | 'missing_connect_session_token'
  | 'missing_credentials'
  | 'connection_test_failed'
  | 'connection_validation_failed'
  | 'resource_capped'
  | 'network_error'
  | 'unknown_error';

/** The type of an {@link AuthError}: a known value or a server error code. */
export type AuthErrorType = KnownAuthErrorType | (string & {});

/** A failed authorization flow (popup or headless). */
export class AuthError extends NangoBrowserError {
  override readonly name = 'AuthError';
  /** What went wrong: `window_closed`, `blocked_by_browser`, `timeout`, `aborted` or a server code. */
  readonly type: AuthErrorType;
  /** HTTP status of the server answer, when the error came from one. */
  readonly status: number | undefined;

  constructor(type: AuthErrorType, message: string, status?: number) {
    super(message);
    this.type = type;
    this.status = status;
  }
}
