import {
  NangoAbortError,
  NangoTimeoutError,
  NangoValidationError,
  type CreateConnectSessionsRequestBody,
  type CreateIntegrationsRequestBody,
  type CreateQuickstartIntegrationsRequestBody,
  type CreateVariantSyncsRequestBody,
  type DeleteFunctionsRequest,
  type DeleteVariantSyncsRequestBody,
  type ListRecordsRequest,
  type ListRecordsResponse,
  type PauseSyncsRequestBody,
  type PruneRecordsRequestBody,
  type ReconnectConnectSessionsRequestBody,
  type SetMetadataConnectionsRequestBody,
  type StartSyncsRequestBody,
  type TriggerActionsRequestBody,
  type TriggerSyncsRequestBody,
  type UpdateFrequencySyncsRequestBody,
  type UpdateMetadataConnectionsRequestBody,
} from '@nango-sdk/core';
import { Nango as NodeNango } from '../client.js';
import { NangoCredentialsUnavailableError } from '../errors.js';
import { compatCall, toCompatResponse, type CompatResponse } from './axios-like.js';
import type {
  CompatAdminProps,
  CompatNangoProps,
  ListConnectionsQuery,
  ListRecordsRequestConfig,
  ProxyConfiguration,
  PruneRecordsRequestConfig,
  SyncName,
  SyncVariantArgs,
} from './compat-types.js';
import { checkedSyncs, functionType, listConnectionsFilters, syncList, syncNameString, triggerSyncOptions } from './legacy-args.js';
import { readProxyResponse, toProxyCall } from './legacy-proxy.js';
import { toLegacyToken, type LegacyToken } from './legacy-token.js';
import { verifyHmacHeader, verifyLegacySignature } from './legacy-webhook.js';

// Response bodies of the compat methods are `any` on purpose (see COMPAT.md): code written against the
// official client's own response types keeps compiling. The arguments sent to the new client are typed.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

/** A page of `listRecords()`: the caller names the model type `T`. */
type LegacyRecordsPage<T> = { records: (T & { _nango_metadata: ListRecordsResponse['records'][number]['_nango_metadata'] })[]; next_cursor: string | null };

function required(value: unknown, name: string): void {
  if (value === undefined || value === null || value === '') throw new NangoValidationError(`${name} is missing and is required`, name);
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(new NangoAbortError())), { once: true });
  });

/**
 * Drop-in replacement for the `Nango` class of `@nangohq/node`: same method names and arguments,
 * implemented on `@nango-sdk/node`. Switch the import first, then move call by call to the new client
 * (available as {@link Nango.client}). Differences are listed in COMPAT.md.
 */
export class Nango {
  /** The new client every method delegates to. */
  readonly client: NodeNango;
  readonly serverUrl: string;
  readonly #signingKey: string | undefined;
  readonly #secretKey: string | undefined;
  readonly #connectionId: string | undefined;
  readonly #providerConfigKey: string | undefined;

  constructor(config: CompatNangoProps = {}, adminProps: CompatAdminProps = {}) {
    if (config.apiKey && config.secretKey && config.apiKey !== config.secretKey) {
      throw new NangoValidationError('Pass either apiKey or secretKey, not both', 'apiKey');
    }
    const secretKey = config.apiKey ?? config.secretKey;
    this.client = new NodeNango({
      ...(secretKey ? { secretKey } : {}),
      ...(config.host ? { host: config.host } : {}),
      ...(config.webhookSigningKey ? { webhookSigningKey: config.webhookSigningKey } : {}),
      ...(adminProps.userAgent ? { userAgent: adminProps.userAgent } : {}),
    });
    this.serverUrl = (config.host ?? process.env['NANGO_HOST'] ?? 'https://api.nango.dev').replace(/\/+$/, '');
    this.#secretKey = secretKey ?? process.env['NANGO_SECRET_KEY'];
    this.#signingKey = config.webhookSigningKey ?? process.env['NANGO_WEBHOOK_SIGNING_KEY'] ?? this.#secretKey;
    this.#connectionId = config.connectionId;
    this.#providerConfigKey = config.providerConfigKey;
  }

  // Providers

  /** @deprecated Use `nango.providers.list({ search })` instead. */
  listProviders(queries: { search?: string | undefined } = {}): Promise<Loose> {
    return compatCall(() => this.client.providers.list(queries.search ? { search: queries.search } : {}));
  }

  /** @deprecated Use `nango.providers.get({ provider })` instead. */
  getProvider(params: { provider: string }): Promise<Loose> {
    return compatCall(() => this.client.providers.get({ provider: params.provider }));
  }

  /** @deprecated Use `nango.providers.listTemplates({ provider })` instead. */
  getProviderTemplates(params: { provider: string }): Promise<Loose> {
    return compatCall(() => this.client.providers.listTemplates({ provider: params.provider }));
  }

  // Integrations

  /** @deprecated Use `nango.integrations.list()` instead (it returns `{ data }`, not `{ configs }`). */
  async listIntegrations(): Promise<{ configs: Loose[] }> {
    const result = await compatCall(() => this.client.integrations.list());
    return { configs: result.data };
  }

  /** @deprecated Use `nango.integrations.get({ uniqueKey, include })` instead. */
  getIntegration(params: { uniqueKey: string }, queries: { include?: ('webhook' | 'credentials')[] | undefined } = {}): Promise<Loose> {
    return compatCall(() => this.client.integrations.get({ uniqueKey: params.uniqueKey, ...(queries.include ? { include: queries.include } : {}) }));
  }

  /** @deprecated Use `nango.integrations.create({ body })` instead. */
  createIntegration(body: Record<string, unknown>): Promise<Loose> {
    return compatCall(() => this.client.integrations.create({ body: body as CreateIntegrationsRequestBody }));
  }

  /** @deprecated Use `nango.integrations.createQuickstart({ body })` instead. */
  createQuickstartIntegration(body: Record<string, unknown>): Promise<Loose> {
    return compatCall(() => this.client.integrations.createQuickstart({ body: body as CreateQuickstartIntegrationsRequestBody }));
  }

  /** @deprecated Use `nango.integrations.update({ uniqueKey, body })` instead. */
  updateIntegration(params: { uniqueKey: string }, body: Record<string, unknown>): Promise<Loose> {
    return compatCall(() => this.client.integrations.update({ uniqueKey: params.uniqueKey, body }));
  }

  /** @deprecated Use `nango.integrations.delete({ uniqueKey })` instead. */
  async deleteIntegration(providerConfigKey: string): Promise<CompatResponse<Loose>> {
    return toCompatResponse(await compatCall(() => this.client.integrations.delete({ uniqueKey: providerConfigKey }).withResponse()));
  }

  // Functions

  /** @deprecated Use `nango.functions.list({ uniqueKey, type, search, page, limit })` instead. */
  listFunctions(params: { uniqueKey: string }, queries: { type?: string | undefined; search?: string | undefined; page?: number | undefined; limit?: number | undefined } = {}): Promise<Loose> {
    const { type, search, page, limit } = queries;
    return compatCall(() =>
      this.client.functions.list({
        uniqueKey: params.uniqueKey,
        ...functionType(type),
        ...(search === undefined ? {} : { search }),
        ...(page === undefined ? {} : { page }),
        ...(limit === undefined ? {} : { limit }),
      }),
    );
  }

  /** @deprecated Use `nango.functions.get({ uniqueKey, name, type })` instead. */
  getFunction(params: { uniqueKey: string; name: string }, queries: { type?: string | undefined } = {}): Promise<Loose> {
    return compatCall(() => this.client.functions.get({ uniqueKey: params.uniqueKey, name: params.name, ...functionType(queries.type) }));
  }

  /** @deprecated Use `nango.functions.getCode({ uniqueKey, name, type })` instead. */
  getFunctionCode(params: { uniqueKey: string; name: string }, queries: { type?: string | undefined } = {}): Promise<Loose> {
    return compatCall(() => this.client.functions.getCode({ uniqueKey: params.uniqueKey, name: params.name, ...functionType(queries.type) }));
  }

  /** @deprecated Use `nango.functions.delete({ uniqueKey, name, type })` instead. */
  deleteFunction(params: { uniqueKey: string; name: string }, queries: { type: string }): Promise<Loose> {
    return compatCall(() => this.client.functions.delete({ uniqueKey: params.uniqueKey, name: params.name, type: queries.type as DeleteFunctionsRequest['type'] }));
  }

  /** @deprecated Use `nango.functions.getScriptsConfig({ format })` instead. */
  getScriptsConfig(format: 'nango' | 'openai' = 'nango'): Promise<Loose> {
    return compatCall(() => this.client.functions.getScriptsConfig({ format }));
  }

  // Connections

  /** @deprecated Use `nango.connections.list({ connectionId, search, tags, integrationId })` instead. */
  listConnections(query?: ListConnectionsQuery): Promise<Loose>;
  /** @deprecated Use `nango.connections.list({ connectionId, search, tags, integrationId })` instead. */
  listConnections(
    connectionId?: string | undefined,
    search?: string | undefined,
    queries?: { endUserId?: string | undefined; endUserOrganizationId?: string | undefined; limit?: number | undefined; page?: number | undefined },
  ): Promise<Loose>;
  listConnections(
    first?: string | ListConnectionsQuery,
    search?: string | undefined,
    queries?: { endUserId?: string | undefined; endUserOrganizationId?: string | undefined; limit?: number | undefined; page?: number | undefined },
  ): Promise<Loose> {
    return compatCall(() => this.client.connections.list(listConnectionsFilters(first, search, queries)));
  }

  /** @deprecated Use `nango.connections.get({ providerConfigKey, connectionId, forceRefresh, refreshToken })` instead. */
  getConnection(
    providerConfigKey: string,
    connectionId: string,
    forceRefresh = false,
    refreshToken = false,
    refreshGithubAppJwtToken = false,
  ): Promise<Loose> {
    return compatCall(() =>
      this.client.connections.get({ providerConfigKey, connectionId, forceRefresh, refreshToken, refreshGithubAppJwtToken }),
    );
  }

  /** @deprecated Use `nango.connections.update({ connectionId, providerConfigKey, body })` instead. */
  patchConnection(params: { connectionId: string; provider_config_key: string }, body: Record<string, unknown>): Promise<Loose> {
    return compatCall(() =>
      this.client.connections.update({ connectionId: params.connectionId, providerConfigKey: params.provider_config_key, body }),
    );
  }

  /** @deprecated Use `nango.getToken({ providerConfigKey, connectionId, forceRefresh })` instead (it returns a typed union). */
  async getToken(providerConfigKey: string, connectionId: string, forceRefresh = false, refreshGithubAppJwtToken = false): Promise<LegacyToken> {
    const credentials = await this.#credentials(providerConfigKey, connectionId, forceRefresh, refreshGithubAppJwtToken);
    return toLegacyToken(credentials);
  }

  /** @deprecated Use `(await nango.connections.get({ providerConfigKey, connectionId })).credentials.raw` instead. */
  async getRawTokenResponse<T = Record<string, unknown>>(
    providerConfigKey: string,
    connectionId: string,
    forceRefresh = false,
    refreshGithubAppJwtToken = false,
  ): Promise<T> {
    const credentials = await this.#credentials(providerConfigKey, connectionId, forceRefresh, refreshGithubAppJwtToken);
    return credentials['raw'] as T;
  }

  async #credentials(providerConfigKey: string, connectionId: string, forceRefresh: boolean, refreshGithubAppJwtToken: boolean): Promise<Record<string, unknown>> {
    const connection = (await this.getConnection(providerConfigKey, connectionId, forceRefresh, false, refreshGithubAppJwtToken)) as { credentials?: unknown };
    if (!connection.credentials || typeof connection.credentials !== 'object') throw new NangoCredentialsUnavailableError(connectionId, providerConfigKey);
    return connection.credentials as Record<string, unknown>;
  }

  /** @deprecated Use `(await nango.connections.get({ providerConfigKey, connectionId })).metadata` instead. */
  async getMetadata<T = Record<string, unknown>>(providerConfigKey: string, connectionId: string): Promise<T> {
    required(providerConfigKey, 'providerConfigKey');
    required(connectionId, 'connectionId');
    const connection = (await this.getConnection(providerConfigKey, connectionId)) as { metadata?: unknown };
    return (connection.metadata ?? {}) as T;
  }

  /** @deprecated Use `nango.connections.setMetadata({ body: { provider_config_key, connection_id, metadata } })` instead. */
  async setMetadata(providerConfigKey: string, connectionId: string | string[], metadata: Record<string, unknown>): Promise<CompatResponse<Loose>> {
    required(providerConfigKey, 'providerConfigKey');
    required(connectionId, 'connectionId');
    required(metadata, 'metadata');
    const body: SetMetadataConnectionsRequestBody = { provider_config_key: providerConfigKey, connection_id: connectionId, metadata };
    return toCompatResponse(await compatCall(() => this.client.connections.setMetadata({ body }).withResponse()));
  }

  /** @deprecated Use `nango.connections.updateMetadata({ body: { provider_config_key, connection_id, metadata } })` instead. */
  async updateMetadata(providerConfigKey: string, connectionId: string | string[], metadata: Record<string, unknown>): Promise<CompatResponse<Loose>> {
    required(providerConfigKey, 'providerConfigKey');
    required(connectionId, 'connectionId');
    required(metadata, 'metadata');
    const body: UpdateMetadataConnectionsRequestBody = { provider_config_key: providerConfigKey, connection_id: connectionId, metadata };
    return toCompatResponse(await compatCall(() => this.client.connections.updateMetadata({ body }).withResponse()));
  }

  /** @deprecated Use `nango.connections.delete({ providerConfigKey, connectionId })` instead. */
  async deleteConnection(providerConfigKey: string, connectionId: string): Promise<CompatResponse<Loose>> {
    return toCompatResponse(await compatCall(() => this.client.connections.delete({ providerConfigKey, connectionId }).withResponse()));
  }

  /**
   * Polls `GET /connections` with the deprecated `endUserId` filter every 2 s for up to 60 s.
   * @deprecated Use `nango.connections.waitFor({ integrationId, tags, signal, timeout })` instead (it filters by tags).
   */
  async waitForConnection(integrationKey: string, userId: string, options: { signal?: AbortSignal | undefined } = {}): Promise<Loose> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (options.signal?.aborted) throw new NangoAbortError('Stopped waiting for the connection: the signal was aborted');
      const page = (await this.listConnections(undefined, undefined, { endUserId: userId })) as { connections: { provider_config_key: string }[] };
      const match = page.connections.find((connection) => connection.provider_config_key === integrationKey);
      if (match) return match;
      if (Date.now() + 2000 > deadline) throw new NangoTimeoutError(`No connection for "${integrationKey}" appeared within 60 s`);
      await sleep(2000, options.signal);
    }
  }

  // Records

  /** @deprecated Use `nango.records.list({ providerConfigKey, connectionId, model, ... })` (async-iterable) instead. */
  async listRecords<T = Record<string, unknown>>(config: ListRecordsRequestConfig): Promise<LegacyRecordsPage<T>> {
    required(config.providerConfigKey, 'providerConfigKey');
    required(config.connectionId, 'connectionId');
    required(config.model, 'model');
    const modifiedAfter = config.modifiedAfter ?? config.delta;
    const request: ListRecordsRequest = {
      providerConfigKey: config.providerConfigKey,
      connectionId: config.connectionId,
      model: config.model,
      ...(config.variant ? { variant: config.variant } : {}),
      ...(modifiedAfter ? { modifiedAfter } : {}),
      ...(config.limit ? { limit: config.limit } : {}),
      ...(config.filter ? { filter: config.filter } : {}),
      ...(config.cursor ? { cursor: config.cursor } : {}),
      ...(config.ids?.length ? { ids: config.ids } : {}),
    };
    const page = await compatCall(() => this.client.records.list(request));
    // The records hold whatever the model stores; `T` is the caller's description of it.
    return page as LegacyRecordsPage<T>;
  }

  /** @deprecated Use `nango.records.prune({ providerConfigKey, connectionId, body: { model, until_cursor } })` instead. */
  pruneRecords(config: PruneRecordsRequestConfig): Promise<{ count: number; has_more: boolean }> {
    const body: PruneRecordsRequestBody = {
      model: config.model,
      until_cursor: config.untilCursor,
      ...(config.variant ? { variant: config.variant } : {}),
      ...(config.limit ? { limit: config.limit } : {}),
    };
    return compatCall(() => this.client.records.prune({ providerConfigKey: config.providerConfigKey, connectionId: config.connectionId, body }));
  }

  // Syncs

  /** @deprecated Use `nango.syncs.trigger({ body: { provider_config_key, syncs, connection_id, opts } })` instead. */
  async triggerSync(
    providerConfigKey: string,
    syncs?: SyncName[],
    connectionId?: string | undefined,
    opts?: { reset?: boolean | undefined; emptyCache?: boolean | undefined } | string | boolean,
  ): Promise<CompatResponse<Loose>> {
    const body: TriggerSyncsRequestBody = {
      provider_config_key: providerConfigKey,
      syncs: syncList(syncs),
      ...(connectionId ? { connection_id: connectionId } : {}),
      ...triggerSyncOptions(opts),
    };
    return toCompatResponse(await compatCall(() => this.client.syncs.trigger({ body }).withResponse()));
  }

  /** @deprecated Use `nango.syncs.start({ body: { provider_config_key, syncs, connection_id } })` instead. */
  async startSync(providerConfigKey: string, syncs: SyncName[], connectionId?: string): Promise<CompatResponse<Loose>> {
    required(providerConfigKey, 'providerConfigKey');
    const body: StartSyncsRequestBody = { provider_config_key: providerConfigKey, syncs: syncList(syncs), ...(connectionId ? { connection_id: connectionId } : {}) };
    return toCompatResponse(await compatCall(() => this.client.syncs.start({ body }).withResponse()));
  }

  /** @deprecated Use `nango.syncs.pause({ body: { provider_config_key, syncs, connection_id } })` instead. */
  async pauseSync(providerConfigKey: string, syncs: SyncName[], connectionId?: string): Promise<CompatResponse<Loose>> {
    required(providerConfigKey, 'providerConfigKey');
    const body: PauseSyncsRequestBody = { provider_config_key: providerConfigKey, syncs: syncList(syncs), ...(connectionId ? { connection_id: connectionId } : {}) };
    return toCompatResponse(await compatCall(() => this.client.syncs.pause({ body }).withResponse()));
  }

  /** @deprecated Use `nango.syncs.status({ providerConfigKey, syncs, connectionId })` instead. */
  syncStatus(providerConfigKey: string, syncs: '*' | SyncName[], connectionId?: string): Promise<Loose> {
    required(providerConfigKey, 'providerConfigKey');
    const names = syncs === '*' ? ['*'] : checkedSyncs(syncs).map(syncNameString);
    return compatCall(() => this.client.syncs.status({ providerConfigKey, syncs: names, ...(connectionId ? { connectionId } : {}) }));
  }

  /** @deprecated Use `nango.syncs.updateFrequency({ body: { provider_config_key, connection_id, sync_name, frequency } })` instead. */
  updateSyncConnectionFrequency(providerConfigKey: string, sync: SyncName, connectionId: string, frequency: string | null): Promise<Loose> {
    const body: UpdateFrequencySyncsRequestBody = {
      provider_config_key: providerConfigKey,
      connection_id: connectionId,
      sync_name: typeof sync === 'string' ? sync : sync.name,
      ...(typeof sync === 'string' ? {} : { sync_variant: sync.variant }),
      frequency,
    };
    return compatCall(() => this.client.syncs.updateFrequency({ body }));
  }

  /** @deprecated Use `nango.syncs.createVariant({ name, variant, body: { provider_config_key, connection_id } })` instead. */
  createSyncVariant(props: SyncVariantArgs): Promise<Loose> {
    const body: CreateVariantSyncsRequestBody = { provider_config_key: props.provider_config_key, connection_id: props.connection_id };
    return compatCall(() => this.client.syncs.createVariant({ name: props.name, variant: props.variant, body }));
  }

  /** @deprecated Use `nango.syncs.deleteVariant({ name, variant, body: { provider_config_key, connection_id } })` instead. */
  deleteSyncVariant(props: SyncVariantArgs): Promise<Loose> {
    const body: DeleteVariantSyncsRequestBody = { provider_config_key: props.provider_config_key, connection_id: props.connection_id };
    return compatCall(() => this.client.syncs.deleteVariant({ name: props.name, variant: props.variant, body }));
  }

  // Environment

  /** @deprecated Use `nango.environmentVariables.list()` instead. */
  async getEnvironmentVariables(): Promise<{ name: string; value: string }[]> {
    const variables = await compatCall(() => this.client.environmentVariables.list());
    return Array.isArray(variables) ? variables : [];
  }

  // Actions

  /** @deprecated Use `nango.actions.trigger({ providerConfigKey, connectionId, body: { action_name, input } })` instead. */
  triggerAction<In = unknown, Out = object>(providerConfigKey: string, connectionId: string, actionName: string, input?: In): Promise<Out> {
    const body: TriggerActionsRequestBody = { action_name: actionName, ...(input === undefined ? {} : { input }) };
    // The action's output is whatever the action returns; `Out` is the caller's description of it.
    return compatCall(() => this.client.actions.trigger({ providerConfigKey, connectionId, body })) as Promise<Out>;
  }

  /** @deprecated Use `nango.actions.trigger({ providerConfigKey, connectionId, async: true, maxRetries, body })` instead. */
  triggerActionAsync<In = unknown>(providerConfigKey: string, connectionId: string, actionName: string, input?: In): Promise<{ id: string; statusUrl: string }> {
    const body: TriggerActionsRequestBody = { action_name: actionName, ...(input === undefined ? {} : { input }) };
    // With `async: true` the server answers 202 with the id and status URL of the queued run.
    return compatCall(() => this.client.actions.trigger({ providerConfigKey, connectionId, async: true, body })) as Promise<{ id: string; statusUrl: string }>;
  }

  /** @deprecated Use `nango.actions.getResult({ actionId })`, or `nango.actions.waitForResult(id)` to poll, instead. */
  getAsyncActionResult<Out = unknown>(params: { id?: string | undefined; statusUrl?: string | undefined }): Promise<Out> {
    const id = params.id ?? params.statusUrl?.split('?')[0]?.split('/').filter(Boolean).pop();
    if (!id) return Promise.reject(new NangoValidationError('Either id or statusUrl is required', 'id'));
    return compatCall(() => this.client.actions.getResult({ actionId: decodeURIComponent(id) })) as Promise<Out>;
  }

  // Proxy

  /** @deprecated Use `nango.proxy.request(method, endpoint, { connectionId, providerConfigKey, ... })` instead. */
  async proxy<T = unknown>(config: ProxyConfiguration): Promise<CompatResponse<T>> {
    const connectionId = config.connectionId ?? this.#connectionId;
    const providerConfigKey = config.providerConfigKey ?? this.#providerConfigKey;
    required(config.endpoint, 'endpoint');
    required(providerConfigKey, 'providerConfigKey');
    required(connectionId, 'connectionId');
    const call = toProxyCall(config, connectionId as string, providerConfigKey as string);
    return compatCall(async () => {
      const { data: response } = await this.client.proxy.request(call.method, call.endpoint, call.options);
      return readProxyResponse<T>(response, config.responseType);
    });
  }

  /** @deprecated Use `nango.proxy.get(endpoint, options)` instead. */
  get<T = unknown>(config: Omit<ProxyConfiguration, 'method'>): Promise<CompatResponse<T>> {
    return this.proxy<T>({ ...config, method: 'GET' });
  }

  /** @deprecated Use `nango.proxy.post(endpoint, options)` instead. */
  post<T = unknown>(config: Omit<ProxyConfiguration, 'method'>): Promise<CompatResponse<T>> {
    return this.proxy<T>({ ...config, method: 'POST' });
  }

  /** @deprecated Use `nango.proxy.put(endpoint, options)` instead. */
  put<T = unknown>(config: Omit<ProxyConfiguration, 'method'>): Promise<CompatResponse<T>> {
    return this.proxy<T>({ ...config, method: 'PUT' });
  }

  /** @deprecated Use `nango.proxy.patch(endpoint, options)` instead. */
  patch<T = unknown>(config: Omit<ProxyConfiguration, 'method'>): Promise<CompatResponse<T>> {
    return this.proxy<T>({ ...config, method: 'PATCH' });
  }

  /** @deprecated Use `nango.proxy.delete(endpoint, options)` instead. */
  delete<T = unknown>(config: Omit<ProxyConfiguration, 'method'>): Promise<CompatResponse<T>> {
    return this.proxy<T>({ ...config, method: 'DELETE' });
  }

  // Webhooks

  /** @deprecated Use `await nango.webhooks.verify(request)` instead; this checks the legacy `X-Nango-Signature`. */
  verifyWebhookSignature(signatureInHeader: string, jsonPayload: unknown): boolean {
    return verifyLegacySignature(signatureInHeader, jsonPayload, this.#signingKey);
  }

  /** @deprecated Use `await nango.webhooks.verify({ body: rawBody, headers })` instead (it also accepts the previous key). */
  verifyIncomingWebhookRequest(rawBody: string, headers: Record<string, unknown>): boolean {
    return verifyHmacHeader(rawBody, headers, this.#signingKey);
  }

  // Connect sessions

  /** @deprecated Use `nango.connectSessions.create({ body })` instead. */
  createConnectSession(body: Record<string, unknown>): Promise<Loose> {
    return compatCall(() => this.client.connectSessions.create({ body: body as CreateConnectSessionsRequestBody }));
  }

  /** @deprecated Use `nango.connectSessions.reconnect({ body })` instead. */
  createReconnectSession(body: Record<string, unknown>): Promise<Loose> {
    return compatCall(() => this.client.connectSessions.reconnect({ body: body as ReconnectConnectSessionsRequestBody }));
  }
}
