import type { FaultSpec } from '../faults/types.js';
import { createPipeline, type Pipeline } from '../server/pipeline.js';
import type { ResponseViolation } from '../server/response-validator.js';
import { runSync } from '../server/handlers/syncs.js';
import type { ActionHandler } from '../state/actions.js';
import type { Connection } from '../state/connections.js';
import { FakeApiError } from '../state/errors.js';
import type { DeployedFunction } from '../state/functions.js';
import { secretKey as newSecretKey } from '../state/ids.js';
import type { Integration } from '../state/integrations.js';
import { builtinProviders } from '../state/providers.js';
import { ACCOUNT_SCOPES, ENVIRONMENT_SCOPES } from '../state/scopes.js';
import type { RecordPage } from '../state/records.js';
import type { LoggedRequest } from '../state/request-log.js';
import type { SyncDefinition } from '../state/syncs.js';
import type { WebhookDelivery, WebhookTarget } from '../webhooks/dispatcher.js';
import type { NangoWebhookEvent } from '../webhooks/events.js';
import type { ConnectionFixture, FakeNangoOptions, FakeSeed, FunctionFixture, IntegrationFixture, RecordsFixture, SyncFixture } from './options.js';
import { lazyValidators } from './spec-loader.js';
import { FakeState, type ProxyUpstream } from './state.js';

/** A stateful fake Nango: the transport-neutral handler plus fixture builders and inspection helpers. */
export interface FakeNango {
  /** Answers one request like the Nango API. Never throws. */
  handle(request: Request): Promise<Response>;
  /** Secret key of the default environment. */
  readonly secretKey: string;
  /** Base URL links point to (the HTTP face sets it to its own address). */
  baseUrl: string;
  readonly state: FakeState;
  /** Requests received, with secrets redacted. */
  readonly requests: readonly LoggedRequest[];
  /** Responses that did not match the spec (with `validateResponses`). */
  readonly violations: readonly ResponseViolation[];
  readonly clock: { now(): number; advance(ms: number): void };
  integrations: {
    add(fixture: IntegrationFixture): Integration;
    get(uniqueKey: string, environment?: string): Integration | undefined;
    list(environment?: string): Integration[];
  };
  connections: {
    add(fixture: ConnectionFixture): Connection;
    get(providerConfigKey: string, connectionId: string, environment?: string): Connection | undefined;
    list(environment?: string): Connection[];
    /** Makes every refresh of the connection fail with 424 (as an exhausted refresh on the server). */
    failRefresh(connectionId: string, providerConfigKey?: string): void;
    /** Lets refresh succeed again. */
    recoverRefresh(connectionId: string, providerConfigKey?: string): void;
  };
  records: {
    add(fixture: RecordsFixture): void;
    upsert(fixture: RecordsFixture): void;
    delete(fixture: Omit<RecordsFixture, 'records'> & { ids: string[] }): number;
    list(fixture: Omit<RecordsFixture, 'records'> & { limit?: number }): RecordPage;
  };
  syncs: {
    add(fixture: SyncFixture): SyncDefinition;
    /** Runs a sync for a connection now, sending the `sync` webhooks. */
    run(args: { providerConfigKey: string; connectionId: string; name: string; variant?: string; environment?: string }): void;
  };
  actions: {
    register(name: string, handler: ActionHandler): void;
    unregister(name: string): void;
  };
  functions: { add(fixture: FunctionFixture): DeployedFunction };
  environments: {
    /** Adds an environment; returns its id and secret key. */
    add(name: string, options?: { secretKey?: string }): { id: number; secretKey: string };
    /**
     * Adds an API key to an environment (default: the default environment) and returns its secret. Scopes default to
     * every environment scope (`environment:*`); `[]` makes a key that can only read the provider catalog.
     */
    addKey(options?: { scopes?: readonly string[]; environment?: string; displayName?: string; secretKey?: string }): string;
    /**
     * Adds an account API key and returns its secret. Scopes default to `account:*`. Once an account key exists,
     * environment keys no longer stand in for the account on `/environments` and `/environment/api-keys`.
     */
    addAccountKey(options?: { scopes?: readonly string[]; secretKey?: string }): string;
    setVariable(name: string, value: string, environment?: string): void;
    /** Keys that currently verify webhooks (current first). */
    signingKeys(environment?: string): string[];
  };
  webhooks: {
    configure(target: WebhookTarget): void;
    send(event: NangoWebhookEvent, environment?: string): Promise<WebhookDelivery>;
    readonly sent: readonly WebhookDelivery[];
    flush(): Promise<void>;
  };
  faults: {
    add(spec: FaultSpec): () => void;
    clear(): void;
    /** Uses up the rate-limit window: requests get 429 with `Retry-After` until it resets. */
    exhaustRateLimit(): void;
    resetRateLimit(): void;
  };
  oauth: {
    /** Makes the next OAuth consent fail with this error. */
    failNext(error: { error_type: string; error_desc: string }): void;
  };
  proxy: {
    /** Where proxy requests for this integration go: a base URL or an in-process handler. */
    setUpstream(providerConfigKey: string, upstream: ProxyUpstream): void;
  };
  connectSessions: {
    /** Creates a connect session directly (as `POST /connect/sessions` would) and returns its token. */
    create(options?: { allowedIntegrations?: string[]; tags?: Record<string, string>; environment?: string }): string;
  };
}

const replyHandlers = new WeakMap<FakeNango, Pipeline['reply']>();

/** The transport-level handler of a fake made by {@link createFakeNango} (for the HTTP face), if it is one. */
export function replyHandlerOf(fake: FakeNango): Pipeline['reply'] | undefined {
  return replyHandlers.get(fake);
}

/** Creates a fake Nango with a default environment `dev` (and `prod`), optionally seeded. */
export function createFakeNango(options: FakeNangoOptions = {}): FakeNango {
  const state = new FakeState({
    providers: options.providers ?? builtinProviders,
    rateLimit: options.rateLimit ?? 1000,
    signingKeyGraceMs: options.signingKeyGraceMs,
    accountKey: options.accountKey,
    maxBodyBytes: options.maxBodyBytes ?? 10 * 1024 * 1024,
  });
  if (options.baseUrl) state.baseUrl = options.baseUrl.replace(/\/+$/, '');
  const secretKey = options.secretKey ?? newSecretKey();
  const dev = state.environments.add({ name: 'dev', secretKey, ...(options.webhookSigningKey ? { webhookSigningKey: options.webhookSigningKey } : {}) });
  state.environments.add({ name: 'prod', isProduction: true });
  state.defaultEnvId = dev.id;

  const envId = (name?: string): number => {
    if (name === undefined) return state.defaultEnvId;
    const env = state.environments.byName(name);
    if (!env) throw new Error(`Unknown environment '${name}'`);
    return env.id;
  };
  const requireConnection = (providerConfigKey: string, connectionId: string, environment?: string): Connection => {
    const found = state.connections.find(envId(environment), providerConfigKey, connectionId);
    if (!found) throw new Error(`Unknown connection '${connectionId}' on '${providerConfigKey}'`);
    return found;
  };
  const findByConnectionId = (connectionId: string, providerConfigKey?: string): Connection => {
    const match = state.connections.all().find((c) => c.connectionId === connectionId && (providerConfigKey === undefined || c.providerConfigKey === providerConfigKey));
    if (!match) throw new Error(`Unknown connection '${connectionId}'`);
    return match;
  };

  const pipeline = createPipeline(state, {
    validators: lazyValidators(options.spec),
    validateResponses: options.validateResponses ?? false,
    strictResponses: options.strictResponses ?? false,
  });

  const fake: FakeNango = {
    handle: pipeline.handle,
    secretKey,
    get baseUrl() {
      return state.baseUrl;
    },
    set baseUrl(value: string) {
      state.baseUrl = value.replace(/\/+$/, '');
    },
    state,
    get requests() {
      return state.requests;
    },
    violations: state.violations,
    clock: { now: () => state.clock.now(), advance: (ms) => state.clock.advance(ms) },
    integrations: {
      add: (f) =>
        state.integrations.add(envId(f.environment), {
          uniqueKey: f.uniqueKey,
          provider: f.provider,
          ...(f.displayName !== undefined ? { displayName: f.displayName } : {}),
          ...(f.forwardWebhooks !== undefined ? { forwardWebhooks: f.forwardWebhooks } : {}),
          ...(f.credentials !== undefined ? { credentials: f.credentials } : {}),
        }),
      get: (key, env) => state.integrations.get(envId(env), key),
      list: (env) => state.integrations.list(envId(env)),
    },
    connections: {
      add: (f) => {
        const integration = state.integrations.get(envId(f.environment), f.providerConfigKey);
        if (!integration) throw new Error(`Unknown integration '${f.providerConfigKey}'; add it first`);
        const { environment: _env, ...input } = f;
        return state.connections.add(integration, state.authModeOf(integration.provider), input);
      },
      get: (key, id, env) => state.connections.find(envId(env), key, id),
      list: (env) => state.connections.list(envId(env)),
      failRefresh: (id, key) => {
        findByConnectionId(id, key).refreshFails = true;
      },
      recoverRefresh: (id, key) => {
        findByConnectionId(id, key).refreshFails = false;
      },
    },
    records: {
      add: (f) => void state.records.upsert(requireConnection(f.providerConfigKey, f.connectionId, f.environment).id, f.model, f.variant ?? 'base', f.records),
      upsert: (f) => void state.records.upsert(requireConnection(f.providerConfigKey, f.connectionId, f.environment).id, f.model, f.variant ?? 'base', f.records),
      delete: (f) => state.records.delete(requireConnection(f.providerConfigKey, f.connectionId, f.environment).id, f.model, f.variant ?? 'base', f.ids),
      list: (f) => state.records.list(requireConnection(f.providerConfigKey, f.connectionId, f.environment).id, f.model, f.variant ?? 'base', { limit: f.limit ?? 10_000 }),
    },
    syncs: {
      add: (f) => state.syncs.define({ envId: envId(f.environment), providerConfigKey: f.providerConfigKey, name: f.name, frequency: f.frequency ?? 'every hour', models: f.models ?? [] }),
      run: (a) => {
        const connection = requireConnection(a.providerConfigKey, a.connectionId, a.environment);
        const instance = state.syncs.instance(connection, a.name, a.variant ?? 'base');
        if (!instance) throw new FakeApiError(400, 'unknown_sync', `Unknown sync '${a.name}'`);
        runSync(state, connection, instance);
      },
    },
    actions: {
      register: (name, handler) => state.actions.register(name, handler),
      unregister: (name) => state.actions.unregister(name),
    },
    functions: {
      add: (f) => {
        const { environment, integrationId, ...rest } = f;
        return state.functions.add(envId(environment), { integrationId, ...rest });
      },
    },
    environments: {
      add: (name, opts) => {
        const env = state.environments.add({ name, ...(opts?.secretKey ? { secretKey: opts.secretKey } : {}) });
        return { id: env.id, secretKey: env.apiKeys[0]!.secret };
      },
      addKey: (o = {}) => state.environments.addApiKey(envId(o.environment), o.displayName ?? `key-${state.environments.get(envId(o.environment))?.apiKeys.length ?? 0}`, o.secretKey ?? newSecretKey(), o.scopes ?? [ENVIRONMENT_SCOPES]).secret,
      addAccountKey: (o = {}) => {
        const secret = o.secretKey ?? newSecretKey();
        state.accountKeys.push({ secret, scopes: [...(o.scopes ?? [ACCOUNT_SCOPES])] });
        return secret;
      },
      setVariable: (name, value, env) => state.environments.setVariable(envId(env), name, value),
      signingKeys: (env) => state.environments.validSigningKeys(envId(env)),
    },
    webhooks: {
      configure: (target) => state.webhooks.configure(target),
      send: (event, env) => state.webhooks.send(event, envId(env)),
      sent: state.webhooks.sent,
      flush: () => state.webhooks.flush(),
    },
    faults: {
      add: (spec) => state.faults.add(spec),
      clear: () => state.faults.clear(),
      exhaustRateLimit: () => state.rateLimiter.exhaust(),
      resetRateLimit: () => state.rateLimiter.reset(),
    },
    oauth: { failNext: (error) => void state.oauthFailures.push(error) },
    proxy: { setUpstream: (key, upstream) => void state.upstreams.set(key, upstream) },
    connectSessions: {
      create: (o = {}) =>
        state.sessions.create(envId(o.environment), {
          tags: o.tags ?? {},
          endUser: null,
          organization: null,
          allowedIntegrations: o.allowedIntegrations ?? null,
          integrationsConfigDefaults: null,
          overrides: null,
          webhookUrlOverride: null,
          reconnect: null,
        }).token,
    },
  };
  replyHandlers.set(fake, pipeline.reply);
  if (options.seed) applySeed(fake, options.seed);
  return fake;
}

/** Loads a seed into a fake. */
export function applySeed(fake: FakeNango, seed: FakeSeed): void {
  for (const i of seed.integrations ?? []) fake.integrations.add(i);
  for (const s of seed.syncs ?? []) fake.syncs.add(s);
  for (const c of seed.connections ?? []) fake.connections.add(c);
  for (const r of seed.records ?? []) fake.records.add(r);
  for (const f of seed.functions ?? []) fake.functions.add(f);
  for (const [name, output] of Object.entries(seed.actions ?? {})) fake.actions.register(name, () => output);
  for (const [name, value] of Object.entries(seed.environmentVariables ?? {})) fake.environments.setVariable(name, value);
}
