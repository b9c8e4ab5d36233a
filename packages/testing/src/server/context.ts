import type { ConnectSession } from '../state/connect-sessions.js';
import type { FakeState } from '../fake/state.js';
import type { HeaderReader, RequestTarget } from './incoming.js';
import type { Reply } from './reply.js';

/** Everything a route handler needs for one request. */
export interface RouteContext {
  state: FakeState;
  /** The environment the credentials belong to. */
  envId: number;
  /** Present when the request authenticated with a connect-session token. */
  session: ConnectSession | undefined;
  /** Scopes of the API key; undefined for a connect-session token. */
  scopes: readonly string[] | undefined;
  params: Record<string, string>;
  /** Query values, coerced to their schema types when the spec knows the operation. */
  query: Record<string, unknown>;
  headers: HeaderReader;
  body: unknown;
  /** Upper-case request method. */
  method: string;
  url: RequestTarget;
  /** Public base URL of the fake (scheme, host and port). */
  baseUrl: string;
}

export type RouteHandler = (ctx: RouteContext) => Reply | Promise<Reply>;

/** Which credentials an operation accepts. */
export type AuthKind = 'secret' | 'account' | 'session' | 'either';
