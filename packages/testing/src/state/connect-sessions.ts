import type { Clock } from './clock.js';
import type { EndUser } from './connections.js';
import { FakeApiError } from './errors.js';
import { connectSessionToken } from './ids.js';

/** How long a connect session token is valid. */
export const CONNECT_SESSION_TTL_MS = 30 * 60 * 1000;

export interface ConnectSession {
  token: string;
  envId: number;
  createdAt: number;
  expiresAt: number;
  tags: Record<string, string>;
  endUser: EndUser | null;
  organization: { id: string; display_name?: string } | null;
  allowedIntegrations: string[] | null;
  integrationsConfigDefaults: Record<string, unknown> | null;
  overrides: Record<string, unknown> | null;
  webhookUrlOverride: string | null;
  /** Set for reconnect sessions: the connection being re-authorised. */
  reconnect: { connectionId: string; integrationId: string } | null;
}

export type ConnectSessionInput = Omit<ConnectSession, 'token' | 'createdAt' | 'expiresAt' | 'envId'>;

/** Connect sessions and their expiring tokens. */
export class ConnectSessionStore {
  readonly #clock: Clock;
  readonly #sessions = new Map<string, ConnectSession>();

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  create(envId: number, input: ConnectSessionInput): ConnectSession {
    const now = this.#clock.now();
    const session: ConnectSession = { ...input, envId, token: connectSessionToken(), createdAt: now, expiresAt: now + CONNECT_SESSION_TTL_MS };
    this.#sessions.set(session.token, session);
    return session;
  }

  /** A live session for the token, or undefined when unknown or expired. */
  get(token: string): ConnectSession | undefined {
    const session = this.#sessions.get(token);
    if (!session) return undefined;
    if (session.expiresAt <= this.#clock.now()) {
      this.#sessions.delete(token);
      return undefined;
    }
    return session;
  }

  require(token: string): ConnectSession {
    const session = this.get(token);
    if (!session) throw new FakeApiError(401, 'unknown_connect_session_token', 'The connect session token is unknown or expired');
    return session;
  }

  delete(token: string): void {
    this.#sessions.delete(token);
  }

  list(): ConnectSession[] {
    const now = this.#clock.now();
    return [...this.#sessions.values()].filter((s) => s.expiresAt > now);
  }
}
