import { FaultStore } from '../faults/fault-store.js';
import { RateLimiter } from '../faults/rate-limit.js';
import type { ResponseViolation } from '../server/response-validator.js';
import { ActionStore } from '../state/actions.js';
import { Clock } from '../state/clock.js';
import { ConnectSessionStore } from '../state/connect-sessions.js';
import { ConnectionStore } from '../state/connections.js';
import { EnvironmentStore } from '../state/environments.js';
import { FunctionStore } from '../state/functions.js';
import { IntegrationStore } from '../state/integrations.js';
import type { ProviderCatalog } from '../state/providers.js';
import { RecordStore } from '../state/records.js';
import { ACCOUNT_SCOPES, type AccountKey } from '../state/scopes.js';
import { RequestLog, type LoggedRequest } from '../state/request-log.js';
import { SyncStore } from '../state/syncs.js';
import { WebhookDispatcher } from '../webhooks/dispatcher.js';

/** An upstream the proxy forwards to: a base URL or an in-process handler. */
export type ProxyUpstream = string | ((request: Request) => Response | Promise<Response>);

export interface StateOptions {
  providers: ProviderCatalog;
  rateLimit: number;
  signingKeyGraceMs: number | undefined;
  accountKey: string | undefined;
  maxBodyBytes: number;
}

/** All mutable state of one fake Nango. */
export class FakeState {
  readonly clock = new Clock();
  readonly providers: ProviderCatalog;
  readonly environments: EnvironmentStore;
  readonly integrations: IntegrationStore;
  readonly connections: ConnectionStore;
  readonly records: RecordStore;
  readonly syncs: SyncStore;
  readonly actions = new ActionStore();
  readonly sessions: ConnectSessionStore;
  readonly functions: FunctionStore;
  readonly faults = new FaultStore();
  readonly rateLimiter: RateLimiter;
  readonly webhooks: WebhookDispatcher;
  readonly requestLog = new RequestLog();
  readonly violations: ResponseViolation[] = [];
  readonly upstreams = new Map<string, ProxyUpstream>();
  readonly oauthFailures: { error_type: string; error_desc: string }[] = [];
  /** Websocket clients of the OAuth popup flow, by `ws_client_id`. */
  readonly oauthListeners = new Map<string, (message: Record<string, unknown>) => void>();
  readonly accountKey: string | undefined;
  /**
   * Account API keys. While there is none, environment keys are accepted on the account routes and act with every
   * account scope.
   */
  readonly accountKeys: AccountKey[] = [];
  readonly maxBodyBytes: number;
  /** Environment used by fixture builders and by webhooks without another context. */
  defaultEnvId = 1;
  /** Public base URL, set by the HTTP face (the msw face uses its configured base URL). */
  baseUrl = 'http://localhost:3003';

  constructor(options: StateOptions) {
    this.providers = options.providers;
    this.accountKey = options.accountKey;
    if (options.accountKey !== undefined) this.accountKeys.push({ secret: options.accountKey, scopes: [ACCOUNT_SCOPES] });
    this.maxBodyBytes = options.maxBodyBytes;
    this.environments = new EnvironmentStore(this.clock, options.signingKeyGraceMs);
    this.integrations = new IntegrationStore(this.clock, this.providers);
    this.connections = new ConnectionStore(this.clock);
    this.records = new RecordStore(this.clock);
    this.syncs = new SyncStore(this.clock);
    this.sessions = new ConnectSessionStore(this.clock);
    this.functions = new FunctionStore(this.clock);
    this.rateLimiter = new RateLimiter(() => this.clock.now(), options.rateLimit);
    this.webhooks = new WebhookDispatcher((envId) => this.environments.currentSigningKey(envId ?? this.defaultEnvId));

    this.integrations.onDelete = (integration) => {
      for (const c of this.connections.list(integration.envId)) {
        if (c.providerConfigKey === integration.uniqueKey) this.connections.delete(c);
      }
      this.functions.dropIntegration(integration.envId, integration.uniqueKey);
    };
    this.integrations.onRename = (integration, previous) => {
      for (const c of this.connections.list(integration.envId)) if (c.providerConfigKey === previous) c.providerConfigKey = integration.uniqueKey;
      this.syncs.renameIntegration(integration.envId, previous, integration.uniqueKey);
    };
    this.connections.onDelete = (connection) => {
      this.records.dropConnection(connection.id);
      this.syncs.dropConnection(connection.id);
    };
  }

  /** The requests received so far (redacted), oldest first. */
  get requests(): LoggedRequest[] {
    return this.requestLog.entries();
  }

  /** The auth mode of an integration's provider. */
  authModeOf(provider: string): string {
    return this.providers[provider]?.auth_mode ?? 'NONE';
  }

  envName(envId: number): string {
    return this.environments.get(envId)?.name ?? 'dev';
  }
}
