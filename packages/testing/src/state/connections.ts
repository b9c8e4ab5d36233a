import type { Clock } from './clock.js';
import { defaultCredentials, isExpired, isRefreshable, refreshedCredentials, type Credentials } from './credentials.js';
import { FakeApiError } from './errors.js';
import { randomHex, uuid } from './ids.js';
import { setOwn } from './own.js';
import type { Integration } from './integrations.js';

export interface EndUser {
  id: string;
  email?: string | null;
  display_name?: string | null;
  tags?: Record<string, unknown>;
  organization?: { id: string; display_name?: string | null } | null;
}

export interface ConnectionErrorEntry {
  type: 'auth' | 'sync';
  log_id: string;
}

export interface Connection {
  /** Internal numeric id (the `id` field of the API). */
  id: number;
  envId: number;
  connectionId: string;
  providerConfigKey: string;
  provider: string;
  credentials: Credentials;
  metadata: Record<string, unknown>;
  connectionConfig: Record<string, unknown>;
  tags: Record<string, string>;
  endUser: EndUser | null;
  errors: ConnectionErrorEntry[];
  webhookUrlOverride: string | null;
  createdAt: string;
  updatedAt: string;
  lastFetchedAt: string;
  /** When set, every refresh attempt fails with 424 like an exhausted refresh on the server. */
  refreshFails: boolean;
}

export interface ConnectionInput {
  providerConfigKey: string;
  connectionId?: string;
  credentials?: Credentials;
  metadata?: Record<string, unknown>;
  connectionConfig?: Record<string, unknown>;
  tags?: Record<string, string>;
  endUser?: EndUser | null;
  webhookUrlOverride?: string | null;
}

/** Lowercases tag keys, as the server does. */
export function normaliseTags(tags: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tags ?? {})) setOwn(out, k.toLowerCase(), v);
  return out;
}

/** Connections of every auth mode, with metadata, tags and credential refresh. */
export class ConnectionStore {
  readonly #clock: Clock;
  readonly #items = new Map<number, Connection>();
  #nextId = 1;
  /** Called after a connection is removed. */
  onDelete: (connection: Connection) => void = () => undefined;

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  add(integration: Integration, authMode: string, input: ConnectionInput): Connection {
    const connectionId = input.connectionId ?? uuid();
    const existing = this.find(integration.envId, integration.uniqueKey, connectionId);
    const now = this.#clock.iso();
    if (existing) {
      existing.credentials = input.credentials ?? defaultCredentials(authMode, this.#clock.now());
      if (input.metadata) existing.metadata = { ...input.metadata };
      if (input.connectionConfig) existing.connectionConfig = { ...input.connectionConfig };
      if (input.tags) existing.tags = normaliseTags(input.tags);
      existing.errors = [];
      existing.updatedAt = now;
      return existing;
    }
    const connection: Connection = {
      id: this.#nextId++,
      envId: integration.envId,
      connectionId,
      providerConfigKey: integration.uniqueKey,
      provider: integration.provider,
      credentials: input.credentials ?? defaultCredentials(authMode, this.#clock.now()),
      metadata: { ...(input.metadata ?? {}) },
      connectionConfig: { ...(input.connectionConfig ?? {}) },
      tags: normaliseTags(input.tags),
      endUser: input.endUser ?? null,
      errors: [],
      webhookUrlOverride: input.webhookUrlOverride ?? null,
      createdAt: now,
      updatedAt: now,
      lastFetchedAt: now,
      refreshFails: false,
    };
    this.#items.set(connection.id, connection);
    return connection;
  }

  find(envId: number, providerConfigKey: string, connectionId: string): Connection | undefined {
    for (const c of this.#items.values()) {
      if (c.envId === envId && c.providerConfigKey === providerConfigKey && c.connectionId === connectionId) return c;
    }
    return undefined;
  }

  /** Finds a connection or fails with the server's 400 `unknown_connection`. */
  require(envId: number, providerConfigKey: string, connectionId: string, status = 400): Connection {
    const found = this.find(envId, providerConfigKey, connectionId);
    if (!found) {
      throw new FakeApiError(status, status === 404 ? 'not_found' : 'unknown_connection', 'Failed to find connection');
    }
    return found;
  }

  list(envId: number): Connection[] {
    return [...this.#items.values()].filter((c) => c.envId === envId);
  }

  all(): Connection[] {
    return [...this.#items.values()];
  }

  delete(connection: Connection): void {
    this.#items.delete(connection.id);
    this.onDelete(connection);
  }

  /** Replaces the metadata (POST semantics). */
  setMetadata(connection: Connection, metadata: Record<string, unknown>): void {
    connection.metadata = { ...metadata };
    connection.updatedAt = this.#clock.iso();
  }

  /** Merges the given keys into the metadata (PATCH semantics). */
  updateMetadata(connection: Connection, metadata: Record<string, unknown>): void {
    connection.metadata = { ...connection.metadata, ...metadata };
    connection.updatedAt = this.#clock.iso();
  }

  /**
   * Refreshes credentials when forced or expired, as `GET /connections/{id}` does.
   * Fails with 424 `invalid_credentials` when refresh was made to fail.
   */
  refreshIfNeeded(connection: Connection, force: boolean): void {
    const now = this.#clock.now();
    connection.lastFetchedAt = this.#clock.iso();
    if (!isRefreshable(connection.credentials)) return;
    if (!force && !isExpired(connection.credentials, now)) return;
    if (connection.refreshFails) {
      const logId = randomHex(10);
      if (!connection.errors.some((e) => e.type === 'auth')) connection.errors.push({ type: 'auth', log_id: logId });
      throw new FakeApiError(424, 'invalid_credentials', 'The refresh token is invalid or revoked and the credentials could not be refreshed', {
        payload: { auth_mode: connection.credentials.type, provider_config_key: connection.providerConfigKey, connection_id: connection.connectionId, log_id: logId },
      });
    }
    connection.credentials = refreshedCredentials(connection.credentials, now);
    connection.errors = connection.errors.filter((e) => e.type !== 'auth');
    connection.updatedAt = this.#clock.iso();
  }
}
