/* eslint-disable */
// This file is generated from specs/nango.openapi.yaml. DO NOT EDIT: run `pnpm generate` to regenerate it.

import type { APIPromise, Invoker, PagePromise } from './contract.js';
import { operations } from './operations.js';
import type {
  CompileFunctionsRequest,
  CreateApiKeysRequest,
  CreateConnectSessionsRequest,
  CreateConnectionsRequest,
  CreateDeploymentFunctionsRequest,
  CreateDryrunFunctionsRequest,
  CreateEnvironmentsRequest,
  CreateIntegrationsRequest,
  CreateLegacyConnectionsRequest,
  CreateQuickstartIntegrationsRequest,
  CreateVariantSyncsRequest,
  DeleteApiKeysRequest,
  DeleteConnectionsRequest,
  DeleteEnvironmentsRequest,
  DeleteFunctionsRequest,
  DeleteIntegrationsRequest,
  DeleteLegacyConnectionsRequest,
  DeleteVariantSyncsRequest,
  GetCodeFunctionsRequest,
  GetConnectionsRequest,
  GetDeploymentFunctionsRequest,
  GetDryrunFunctionsRequest,
  GetFunctionsRequest,
  GetIntegrationsRequest,
  GetLegacyConnectionsRequest,
  GetProvidersRequest,
  GetResultActionsRequest,
  GetScriptsConfigFunctionsRequest,
  ListConnectionsRequest,
  ListFunctionsRequest,
  ListLegacyConnectionsRequest,
  ListProvidersRequest,
  ListRecordsRequest,
  ListTemplatesProvidersRequest,
  PauseSyncsRequest,
  PruneRecordsRequest,
  ReconnectConnectSessionsRequest,
  SetMetadataByIdLegacyConnectionsRequest,
  SetMetadataConnectionsRequest,
  SetMetadataLegacyConnectionsRequest,
  StartSyncsRequest,
  StatusSyncsRequest,
  TriggerActionsRequest,
  TriggerSyncsRequest,
  UpdateConnectionsRequest,
  UpdateFrequencySyncsRequest,
  UpdateIntegrationsRequest,
  UpdateMetadataByIdLegacyConnectionsRequest,
  UpdateMetadataConnectionsRequest,
  UpdateMetadataLegacyConnectionsRequest,
} from './requests.js';
import type {
  CompileFunctionsResponse,
  CreateApiKeysResponse,
  CreateConnectSessionsResponse,
  CreateConnectionsResponse,
  CreateDeploymentFunctionsResponse,
  CreateDryrunFunctionsResponse,
  CreateEnvironmentsResponse,
  CreateIntegrationsResponse,
  CreateLegacyConnectionsResponse,
  CreateQuickstartIntegrationsResponse,
  CreateVariantSyncsResponse,
  DeleteApiKeysResponse,
  DeleteConnectSessionsResponse,
  DeleteConnectionsResponse,
  DeleteEnvironmentsResponse,
  DeleteFunctionsResponse,
  DeleteIntegrationsResponse,
  DeleteLegacyConnectionsResponse,
  DeleteVariantSyncsResponse,
  GetCodeFunctionsResponse,
  GetConnectSessionsResponse,
  GetConnectionsResponse,
  GetDeploymentFunctionsResponse,
  GetDryrunFunctionsResponse,
  GetFunctionsResponse,
  GetIntegrationsResponse,
  GetLegacyConnectionsResponse,
  GetProvidersResponse,
  GetResultActionsResponse,
  GetScriptsConfigFunctionsResponse,
  ListConnectionsResponse,
  ListEnvironmentVariablesResponse,
  ListFunctionsResponse,
  ListIntegrationsResponse,
  ListLegacyConnectionsResponse,
  ListProvidersResponse,
  ListRecordsResponse,
  ListTemplatesProvidersResponse,
  PauseSyncsResponse,
  PruneRecordsResponse,
  ReconnectConnectSessionsResponse,
  RotateWebhookSigningKeyResponse,
  SetMetadataByIdLegacyConnectionsResponse,
  SetMetadataConnectionsResponse,
  SetMetadataLegacyConnectionsResponse,
  StartSyncsResponse,
  StatusSyncsResponse,
  TriggerActionsResponse,
  TriggerSyncsResponse,
  UpdateConnectionsResponse,
  UpdateFrequencySyncsResponse,
  UpdateIntegrationsResponse,
  UpdateMetadataByIdLegacyConnectionsResponse,
  UpdateMetadataConnectionsResponse,
  UpdateMetadataLegacyConnectionsResponse,
} from './responses.js';

/** The `nango.providers` namespace. */
export class ProvidersResource<TOptions> {
  constructor(protected readonly _invoker: Invoker<TOptions>) {}

  /**
   * List the providers Nango supports.
   *
   * Returns the whole provider catalog, optionally filtered by name. Accepts an environment secret key
   * or a connect-session token. Any query key other than `search` is rejected with `400`.
   *
   * @example
   * ```ts
   * const result = await nango.providers.list();
   * ```
   */
  list(request?: ListProvidersRequest, options?: TOptions): APIPromise<ListProvidersResponse> {
    return this._invoker.call<ListProvidersResponse>(operations['providers.list'], request, options);
  }

  /**
   * Get one provider from the catalog.
   *
   * Accepts an environment secret key or a connect-session token.
   *
   * @example
   * ```ts
   * const provider = await nango.providers.get({ provider: 'github' });
   * ```
   */
  get(request: GetProvidersRequest, options?: TOptions): APIPromise<GetProvidersResponse> {
    return this._invoker.call<GetProvidersResponse>(operations['providers.get'], request, options);
  }

  /**
   * List the catalog template functions of a provider.
   *
   * Returns the sync and action templates that can be deployed with `functions.createDeployment`
   * (`type: template`). Needs an environment secret key; no particular scope.
   *
   * @example
   * ```ts
   * const result = await nango.providers.listTemplates({ provider: 'github' });
   * ```
   */
  listTemplates(request: ListTemplatesProvidersRequest, options?: TOptions): APIPromise<ListTemplatesProvidersResponse> {
    return this._invoker.call<ListTemplatesProvidersResponse>(operations['providers.listTemplates'], request, options);
  }
}

/** The `nango.integrations` namespace. */
export class IntegrationsResource<TOptions> {
  constructor(protected readonly _invoker: Invoker<TOptions>) {}

  /**
   * List the integrations of the environment.
   *
   * Accepts an environment secret key (scope `environment:integrations:list`) or a
   * connect-session token.
   *
   * @example
   * ```ts
   * const result = await nango.integrations.list();
   * ```
   */
  list(options?: TOptions): APIPromise<ListIntegrationsResponse> {
    return this._invoker.call<ListIntegrationsResponse>(operations['integrations.list'], undefined, options);
  }

  /**
   * Create an integration.
   *
   * Needs an environment secret key with scope `environment:integrations:create`.
   *
   * @example
   * ```ts
   * const integration = await nango.integrations.create({ body: { unique_key: 'github', provider: 'github' } });
   * ```
   */
  create(request: CreateIntegrationsRequest, options?: TOptions): APIPromise<CreateIntegrationsResponse> {
    return this._invoker.call<CreateIntegrationsResponse>(operations['integrations.create'], request, options);
  }

  /**
   * Create an integration that uses a Nango-provided developer app.
   *
   * For providers that need a developer app, Nango supplies its own app so no OAuth client has to be
   * registered. Returns the single created integration. Needs an environment secret key with scope
   * `environment:integrations:create`.
   *
   * @example
   * ```ts
   * const result = await nango.integrations.createQuickstart({ body: { unique_key: 'github', provider: 'github' } });
   * ```
   */
  createQuickstart(request: CreateQuickstartIntegrationsRequest, options?: TOptions): APIPromise<CreateQuickstartIntegrationsResponse> {
    return this._invoker.call<CreateQuickstartIntegrationsResponse>(operations['integrations.createQuickstart'], request, options);
  }

  /**
   * Get an integration.
   *
   * Needs an environment secret key with scope `environment:integrations:read`; asking for
   * `credentials` also needs `environment:integrations:read_credentials`. Using `include` with
   * anything other than a secret key answers `403 invalid_permissions`.
   *
   * @example
   * ```ts
   * const integration = await nango.integrations.get({ uniqueKey: 'github' });
   * ```
   */
  get(request: GetIntegrationsRequest, options?: TOptions): APIPromise<GetIntegrationsResponse> {
    return this._invoker.call<GetIntegrationsResponse>(operations['integrations.get'], request, options);
  }

  /**
   * Update an integration.
   *
   * Only the fields sent are changed. Needs an environment secret key with scope
   * `environment:integrations:update`.
   *
   * @example
   * ```ts
   * const result = await nango.integrations.update({ uniqueKey: 'github', body: {} });
   * ```
   */
  update(request: UpdateIntegrationsRequest, options?: TOptions): APIPromise<UpdateIntegrationsResponse> {
    return this._invoker.call<UpdateIntegrationsResponse>(operations['integrations.update'], request, options);
  }

  /**
   * Delete an integration and its connections.
   *
   * Needs an environment secret key with scope `environment:integrations:delete`.
   *
   * @example
   * ```ts
   * const result = await nango.integrations.delete({ uniqueKey: 'github' });
   * ```
   */
  delete(request: DeleteIntegrationsRequest, options?: TOptions): APIPromise<DeleteIntegrationsResponse> {
    return this._invoker.call<DeleteIntegrationsResponse>(operations['integrations.delete'], request, options);
  }
}

/** The `nango.functions` namespace. */
export class FunctionsResource<TOptions> {
  constructor(protected readonly _invoker: Invoker<TOptions>) {}

  /**
   * List the functions deployed to an integration.
   *
   * Paginated with `page` (0-based) and `limit`; the answer gives the total count. Needs an
   * environment secret key with scope `environment:functions:list`.
   *
   * @example
   * ```ts
   * for await (const item of nango.functions.list({ uniqueKey: 'github' })) {
   *   console.log(item);
   * }
   * ```
   */
  list(request: ListFunctionsRequest, options?: TOptions): PagePromise<ListFunctionsResponse, ListFunctionsResponse['data'][number]> {
    return this._invoker.paginate<ListFunctionsResponse, ListFunctionsResponse['data'][number]>(operations['functions.list'], request, options);
  }

  /**
   * Get a function deployed to an integration.
   *
   * Needs an environment secret key with scope `environment:functions:read`.
   *
   * @example
   * ```ts
   * const result = await nango.functions.get({ uniqueKey: 'github', name: 'fetch-issues' });
   * ```
   */
  get(request: GetFunctionsRequest, options?: TOptions): APIPromise<GetFunctionsResponse> {
    return this._invoker.call<GetFunctionsResponse>(operations['functions.get'], request, options);
  }

  /**
   * Delete a deployed function.
   *
   * The function is removed at once and torn down in the background. Functions deployed by
   * `nango deploy` (repository source) cannot be deleted here (`400 function_managed_by_deploy`).
   * Needs an environment secret key with scope `environment:functions:delete`.
   *
   * @example
   * ```ts
   * const result = await nango.functions.delete({ uniqueKey: 'github', name: 'fetch-issues', type: 'action' });
   * ```
   */
  delete(request: DeleteFunctionsRequest, options?: TOptions): APIPromise<DeleteFunctionsResponse> {
    return this._invoker.call<DeleteFunctionsResponse>(operations['functions.delete'], request, options);
  }

  /**
   * Get the TypeScript source of a deployed function.
   *
   * The answer is not wrapped in `data`. Needs an environment secret key with scope
   * `environment:functions:read`.
   *
   * @example
   * ```ts
   * const result = await nango.functions.getCode({ uniqueKey: 'github', name: 'fetch-issues' });
   * ```
   */
  getCode(request: GetCodeFunctionsRequest, options?: TOptions): APIPromise<GetCodeFunctionsResponse> {
    return this._invoker.call<GetCodeFunctionsResponse>(operations['functions.getCode'], request, options);
  }

  /**
   * Get the configuration of all deployed functions.
   *
   * With `format=nango` (the default) the answer is an array with one entry per integration. With
   * `format=openai` it is `{ data: [...] }`, a list of action definitions in the OpenAI
   * function-calling format. Needs an environment secret key with scope
   * `environment:integrations:list_functions`.
   *
   * @example
   * ```ts
   * const result = await nango.functions.getScriptsConfig();
   * ```
   */
  getScriptsConfig(request?: GetScriptsConfigFunctionsRequest, options?: TOptions): APIPromise<GetScriptsConfigFunctionsResponse> {
    return this._invoker.call<GetScriptsConfigFunctionsResponse>(operations['functions.getScriptsConfig'], request, options);
  }

  /**
   * Compile function source code into a JavaScript bundle.
   *
   * Needs an environment secret key with scope `environment:functions:compile`.
   *
   * @example
   * ```ts
   * const result = await nango.functions.compile({ body: { code: 'example' } });
   * ```
   */
  compile(request: CompileFunctionsRequest, options?: TOptions): APIPromise<CompileFunctionsResponse> {
    return this._invoker.call<CompileFunctionsResponse>(operations['functions.compile'], request, options);
  }

  /**
   * Start a dry run of function source code against a connection.
   *
   * Nothing is deployed. The run is asynchronous: poll `functions.getDryrun` until `status` is
   * `success` or `failed`. Needs an environment secret key with scope `environment:functions:dryrun`.
   *
   * @example
   * ```ts
   * const result = await nango.functions.createDryrun({ body: { integration_id: 'github', function_type: 'action', code: 'example', connection_id: 'user-1' } });
   * ```
   */
  createDryrun(request: CreateDryrunFunctionsRequest, options?: TOptions): APIPromise<CreateDryrunFunctionsResponse> {
    return this._invoker.call<CreateDryrunFunctionsResponse>(operations['functions.createDryrun'], request, options);
  }

  /**
   * Get the status and result of a dry run.
   *
   * Needs an environment secret key with scope `environment:functions:dryrun`.
   *
   * @example
   * ```ts
   * const result = await nango.functions.getDryrun({ id: 'example' });
   * ```
   */
  getDryrun(request: GetDryrunFunctionsRequest, options?: TOptions): APIPromise<GetDryrunFunctionsResponse> {
    return this._invoker.call<GetDryrunFunctionsResponse>(operations['functions.getDryrun'], request, options);
  }

  /**
   * Deploy a function or a catalog template to an integration.
   *
   * `type: function` deploys the submitted source code; `type: template` deploys a template listed by
   * `providers.listTemplates`. If the answer's `status` is not `success`, poll
   * `functions.getDeployment`. Needs an environment secret key with scope `environment:deploy`.
   *
   * @example
   * ```ts
   * const result = await nango.functions.createDeployment({ body: { type: 'function', integration_id: 'github', function_name: 'fetch-issues', function_type: 'action', code: 'example' } });
   * ```
   */
  createDeployment(request: CreateDeploymentFunctionsRequest, options?: TOptions): APIPromise<CreateDeploymentFunctionsResponse> {
    return this._invoker.call<CreateDeploymentFunctionsResponse>(operations['functions.createDeployment'], request, options);
  }

  /**
   * Get the status and result of a deployment.
   *
   * Needs an environment secret key with scope `environment:deploy`.
   *
   * @example
   * ```ts
   * const result = await nango.functions.getDeployment({ id: 'example' });
   * ```
   */
  getDeployment(request: GetDeploymentFunctionsRequest, options?: TOptions): APIPromise<GetDeploymentFunctionsResponse> {
    return this._invoker.call<GetDeploymentFunctionsResponse>(operations['functions.getDeployment'], request, options);
  }
}

/** The `nango.legacyConnections` namespace. */
export class LegacyConnectionsResource<TOptions> {
  constructor(protected readonly _invoker: Invoker<TOptions>) {}

  /**
   * List connections through the deprecated singular route.
   *
   * Same answer as `connections.list`, without credentials. Use `connections.list` instead.
   *
   * @deprecated Use `nango.connections.list` instead.
   *
   * @example
   * ```ts
   * const result = await nango.legacyConnections.list();
   * ```
   */
  list(request?: ListLegacyConnectionsRequest, options?: TOptions): APIPromise<ListLegacyConnectionsResponse> {
    return this._invoker.call<ListLegacyConnectionsResponse>(operations['legacyConnections.list'], request, options);
  }

  /**
   * Import a connection through the deprecated singular route.
   *
   * Takes the credentials as flat fields. Use `connections.create`, which takes a typed
   * `credentials` object, instead.
   *
   * @deprecated Use `nango.connections.create` instead.
   *
   * @example
   * ```ts
   * await nango.legacyConnections.create({ body: { provider_config_key: 'github' } });
   * ```
   */
  create(request: CreateLegacyConnectionsRequest, options?: TOptions): APIPromise<CreateLegacyConnectionsResponse> {
    return this._invoker.call<CreateLegacyConnectionsResponse>(operations['legacyConnections.create'], request, options);
  }

  /**
   * Get a connection through the deprecated singular route.
   *
   * Use `connections.get` instead.
   *
   * @deprecated Use `nango.connections.get` instead.
   *
   * @example
   * ```ts
   * const legacyConnection = await nango.legacyConnections.get({ connectionId: 'user-1', providerConfigKey: 'github' });
   * ```
   */
  get(request: GetLegacyConnectionsRequest, options?: TOptions): APIPromise<GetLegacyConnectionsResponse> {
    return this._invoker.call<GetLegacyConnectionsResponse>(operations['legacyConnections.get'], request, options);
  }

  /**
   * Delete a connection through the deprecated singular route.
   *
   * Use `connections.delete` instead.
   *
   * @deprecated Use `nango.connections.delete` instead.
   *
   * @example
   * ```ts
   * const result = await nango.legacyConnections.delete({ connectionId: 'user-1', providerConfigKey: 'github' });
   * ```
   */
  delete(request: DeleteLegacyConnectionsRequest, options?: TOptions): APIPromise<DeleteLegacyConnectionsResponse> {
    return this._invoker.call<DeleteLegacyConnectionsResponse>(operations['legacyConnections.delete'], request, options);
  }

  /**
   * Replace connection metadata through the deprecated singular route.
   *
   * Use `connections.setMetadata` instead.
   *
   * @deprecated Use `nango.connections.setMetadata` instead.
   *
   * @example
   * ```ts
   * const result = await nango.legacyConnections.setMetadata({ body: { connection_id: 'user-1', provider_config_key: 'github', metadata: {} } });
   * ```
   */
  setMetadata(request: SetMetadataLegacyConnectionsRequest, options?: TOptions): APIPromise<SetMetadataLegacyConnectionsResponse> {
    return this._invoker.call<SetMetadataLegacyConnectionsResponse>(operations['legacyConnections.setMetadata'], request, options);
  }

  /**
   * Merge keys into connection metadata through the deprecated singular route.
   *
   * Use `connections.updateMetadata` instead.
   *
   * @deprecated Use `nango.connections.updateMetadata` instead.
   *
   * @example
   * ```ts
   * const result = await nango.legacyConnections.updateMetadata({ body: { connection_id: 'user-1', provider_config_key: 'github', metadata: {} } });
   * ```
   */
  updateMetadata(request: UpdateMetadataLegacyConnectionsRequest, options?: TOptions): APIPromise<UpdateMetadataLegacyConnectionsResponse> {
    return this._invoker.call<UpdateMetadataLegacyConnectionsResponse>(operations['legacyConnections.updateMetadata'], request, options);
  }

  /**
   * Replace the metadata of one connection through the deprecated route.
   *
   * The request body is the metadata object itself. Use `connections.setMetadata` instead.
   *
   * @deprecated Use `nango.connections.setMetadata` instead.
   *
   * @example
   * ```ts
   * await nango.legacyConnections.setMetadataById({ connectionId: 'user-1', providerConfigKey: 'github', body: {} });
   * ```
   */
  setMetadataById(request: SetMetadataByIdLegacyConnectionsRequest, options?: TOptions): APIPromise<SetMetadataByIdLegacyConnectionsResponse> {
    return this._invoker.call<SetMetadataByIdLegacyConnectionsResponse>(operations['legacyConnections.setMetadataById'], request, options);
  }

  /**
   * Merge keys into the metadata of one connection through the deprecated route.
   *
   * The request body holds the keys to merge. Use `connections.updateMetadata` instead.
   *
   * @deprecated Use `nango.connections.updateMetadata` instead.
   *
   * @example
   * ```ts
   * const result = await nango.legacyConnections.updateMetadataById({ connectionId: 'user-1', providerConfigKey: 'github', body: {} });
   * ```
   */
  updateMetadataById(request: UpdateMetadataByIdLegacyConnectionsRequest, options?: TOptions): APIPromise<UpdateMetadataByIdLegacyConnectionsResponse> {
    return this._invoker.call<UpdateMetadataByIdLegacyConnectionsResponse>(operations['legacyConnections.updateMetadataById'], request, options);
  }
}

/** The `nango.connections` namespace. */
export class ConnectionsResource<TOptions> {
  constructor(protected readonly _invoker: Invoker<TOptions>) {}

  /**
   * List connections, without credentials.
   *
   * Paginated with `page` (0-based) and `limit`; there is no total, so stop at the first short page.
   * Without `limit` the server returns up to 10 000 connections. Needs an environment secret key with
   * scope `environment:connections:list`.
   *
   * @example
   * ```ts
   * for await (const connection of nango.connections.list()) {
   *   console.log(connection);
   * }
   * ```
   */
  list(request?: ListConnectionsRequest, options?: TOptions): PagePromise<ListConnectionsResponse, ListConnectionsResponse['connections'][number]> {
    return this._invoker.paginate<ListConnectionsResponse, ListConnectionsResponse['connections'][number]>(operations['connections.list'], request, options);
  }

  /**
   * Create or replace a connection from credentials you already hold.
   *
   * Imports existing credentials (for example when migrating to Nango). If the connection exists it is
   * overwritten. Needs an environment secret key with scope `environment:connections:create`.
   *
   * @example
   * ```ts
   * const connection = await nango.connections.create({ body: { provider_config_key: 'github', credentials: { type: 'OAUTH1', oauth_token: 'example', oauth_token_secret: 'example' } } });
   * ```
   */
  create(request: CreateConnectionsRequest, options?: TOptions): APIPromise<CreateConnectionsResponse> {
    return this._invoker.call<CreateConnectionsResponse>(operations['connections.create'], request, options);
  }

  /**
   * Get a connection, with its credentials.
   *
   * Refreshes expired OAuth tokens before answering. `credentials` is only present when the key has
   * scope `environment:connections:read_credentials`; the refresh flags without that scope answer
   * `403 forbidden`. `424` means the token refresh failed for good. Needs an environment secret key
   * with scope `environment:connections:read`.
   *
   * @example
   * ```ts
   * const connection = await nango.connections.get({ connectionId: 'user-1', providerConfigKey: 'github' });
   * ```
   */
  get(request: GetConnectionsRequest, options?: TOptions): APIPromise<GetConnectionsResponse> {
    return this._invoker.call<GetConnectionsResponse>(operations['connections.get'], request, options);
  }

  /**
   * Update the tags or webhook URL override of a connection.
   *
   * Needs an environment secret key with scope `environment:connections:update`.
   *
   * @example
   * ```ts
   * const result = await nango.connections.update({ connectionId: 'user-1', providerConfigKey: 'github', body: {} });
   * ```
   */
  update(request: UpdateConnectionsRequest, options?: TOptions): APIPromise<UpdateConnectionsResponse> {
    return this._invoker.call<UpdateConnectionsResponse>(operations['connections.update'], request, options);
  }

  /**
   * Delete a connection.
   *
   * An unknown connection answers `400` with code `unknown_connection` (not `404`). Needs an
   * environment secret key with scope `environment:connections:delete`.
   *
   * @example
   * ```ts
   * const result = await nango.connections.delete({ connectionId: 'user-1', providerConfigKey: 'github' });
   * ```
   */
  delete(request: DeleteConnectionsRequest, options?: TOptions): APIPromise<DeleteConnectionsResponse> {
    return this._invoker.call<DeleteConnectionsResponse>(operations['connections.delete'], request, options);
  }

  /**
   * Replace the metadata of one or more connections.
   *
   * Pass an array in `connection_id` to update several connections; if any of them is unknown nothing is
   * changed. Needs an environment secret key with scope `environment:connections:update`.
   *
   * @example
   * ```ts
   * const result = await nango.connections.setMetadata({ body: { connection_id: 'user-1', provider_config_key: 'github', metadata: {} } });
   * ```
   */
  setMetadata(request: SetMetadataConnectionsRequest, options?: TOptions): APIPromise<SetMetadataConnectionsResponse> {
    return this._invoker.call<SetMetadataConnectionsResponse>(operations['connections.setMetadata'], request, options);
  }

  /**
   * Merge keys into the metadata of one or more connections.
   *
   * Only the given top-level keys are overwritten; other keys are kept. Pass an array in
   * `connection_id` to update several connections at once (all or nothing). Needs an environment
   * secret key with scope `environment:connections:update`.
   *
   * @example
   * ```ts
   * const result = await nango.connections.updateMetadata({ body: { connection_id: 'user-1', provider_config_key: 'github', metadata: {} } });
   * ```
   */
  updateMetadata(request: UpdateMetadataConnectionsRequest, options?: TOptions): APIPromise<UpdateMetadataConnectionsResponse> {
    return this._invoker.call<UpdateMetadataConnectionsResponse>(operations['connections.updateMetadata'], request, options);
  }
}

/** The `nango.records` namespace. */
export class RecordsResource<TOptions> {
  constructor(protected readonly _invoker: Invoker<TOptions>) {}

  /**
   * List the records a sync stored for a connection.
   *
   * Records come in ascending modification order. Follow `next_cursor` until it is `null`; a page can
   * hold fewer than `limit` records. An unknown connection answers `400 unknown_connection`. Needs an
   * environment secret key with scope `environment:records:read`.
   *
   * @example
   * ```ts
   * for await (const record of nango.records.list({ model: 'Contact', connectionId: 'user-1', providerConfigKey: 'github' })) {
   *   console.log(record);
   * }
   * ```
   */
  list(request: ListRecordsRequest, options?: TOptions): PagePromise<ListRecordsResponse, ListRecordsResponse['records'][number]> {
    return this._invoker.paginate<ListRecordsResponse, ListRecordsResponse['records'][number]>(operations['records.list'], request, options);
  }

  /**
   * Empty the payload of records up to a cursor.
   *
   * Pruning keeps each record's metadata but deletes its data, up to and including `until_cursor`.
   * Repeat while `has_more` is `true`. Needs an environment secret key with scope
   * `environment:records:write`.
   *
   * @example
   * ```ts
   * const result = await nango.records.prune({ connectionId: 'user-1', providerConfigKey: 'github', body: { model: 'Contact', until_cursor: 'example' } });
   * ```
   */
  prune(request: PruneRecordsRequest, options?: TOptions): APIPromise<PruneRecordsResponse> {
    return this._invoker.call<PruneRecordsResponse>(operations['records.prune'], request, options);
  }
}

/** The `nango.syncs` namespace. */
export class SyncsResource<TOptions> {
  constructor(protected readonly _invoker: Invoker<TOptions>) {}

  /**
   * Run syncs once, now, outside their schedule.
   *
   * Applies to one connection, or to every connection of the integration when `connection_id` is
   * omitted. The server also reads the integration and connection IDs from the `Provider-Config-Key`
   * and `Connection-Id` headers when they are missing from the body (legacy). Needs an environment
   * secret key with scope `environment:syncs:execute`.
   *
   * @example
   * ```ts
   * const result = await nango.syncs.trigger({ body: { provider_config_key: 'github', syncs: ['example'] } });
   * ```
   */
  trigger(request: TriggerSyncsRequest, options?: TOptions): APIPromise<TriggerSyncsResponse> {
    return this._invoker.call<TriggerSyncsResponse>(operations['syncs.trigger'], request, options);
  }

  /**
   * Start the schedule of syncs.
   *
   * The syncs run once immediately, then on their schedule. Has no effect on syncs already scheduled.
   * Applies to all connections of the integration when `connection_id` is omitted. Needs an
   * environment secret key with scope `environment:syncs:update`.
   *
   * @example
   * ```ts
   * const result = await nango.syncs.start({ body: { provider_config_key: 'github', syncs: ['example'] } });
   * ```
   */
  start(request: StartSyncsRequest, options?: TOptions): APIPromise<StartSyncsResponse> {
    return this._invoker.call<StartSyncsResponse>(operations['syncs.start'], request, options);
  }

  /**
   * Pause the schedule of syncs.
   *
   * Applies to all connections of the integration when `connection_id` is omitted. Needs an
   * environment secret key with scope `environment:syncs:update`.
   *
   * @example
   * ```ts
   * const result = await nango.syncs.pause({ body: { provider_config_key: 'github', syncs: ['example'] } });
   * ```
   */
  pause(request: PauseSyncsRequest, options?: TOptions): APIPromise<PauseSyncsResponse> {
    return this._invoker.call<PauseSyncsResponse>(operations['syncs.pause'], request, options);
  }

  /**
   * Get the status of syncs.
   *
   * Reports each selected sync for one connection, or for every connection when `connection_id` is
   * omitted. Needs an environment secret key with scope `environment:syncs:read`.
   *
   * @example
   * ```ts
   * const result = await nango.syncs.status({ providerConfigKey: 'github', syncs: ['example'] });
   * ```
   */
  status(request: StatusSyncsRequest, options?: TOptions): APIPromise<StatusSyncsResponse> {
    return this._invoker.call<StatusSyncsResponse>(operations['syncs.status'], request, options);
  }

  /**
   * Create a variant of a sync for a connection.
   *
   * A variant is a separate copy of the sync with its own records and checkpoint. Errors use codes
   * such as `invalid_variant`, `unknown_connection`, `unknown_sync`, `sync_variant_already_exists`,
   * `resource_capped` and `feature_disabled` (400) or `failed_sync_variant_creation` (500). Needs an
   * environment secret key with scope `environment:syncs:variant:create`.
   *
   * @example
   * ```ts
   * const result = await nango.syncs.createVariant({ name: 'fetch-issues', variant: 'example', body: { provider_config_key: 'github', connection_id: 'user-1' } });
   * ```
   */
  createVariant(request: CreateVariantSyncsRequest, options?: TOptions): APIPromise<CreateVariantSyncsResponse> {
    return this._invoker.call<CreateVariantSyncsResponse>(operations['syncs.createVariant'], request, options);
  }

  /**
   * Delete a variant of a sync for a connection.
   *
   * This DELETE carries a JSON body. Errors use codes such as `invalid_variant` and
   * `unknown_connection` (400), `not_found` (404) or `failed_sync_variant_deletion` (500). Needs an
   * environment secret key with scope `environment:syncs:variant:delete`.
   *
   * @example
   * ```ts
   * const result = await nango.syncs.deleteVariant({ name: 'fetch-issues', variant: 'example', body: { provider_config_key: 'github', connection_id: 'user-1' } });
   * ```
   */
  deleteVariant(request: DeleteVariantSyncsRequest, options?: TOptions): APIPromise<DeleteVariantSyncsResponse> {
    return this._invoker.call<DeleteVariantSyncsResponse>(operations['syncs.deleteVariant'], request, options);
  }

  /**
   * Override how often a sync runs for one connection.
   *
   * `frequency` uses the `ms` notation (`'every hour'`, `'30m'`), with a 30-second minimum; `null`
   * restores the sync's default. Needs an environment secret key with scope `environment:syncs:update`.
   *
   * @example
   * ```ts
   * const result = await nango.syncs.updateFrequency({ body: { provider_config_key: 'github', connection_id: 'user-1', sync_name: 'example', frequency: 'example' } });
   * ```
   */
  updateFrequency(request: UpdateFrequencySyncsRequest, options?: TOptions): APIPromise<UpdateFrequencySyncsResponse> {
    return this._invoker.call<UpdateFrequencySyncsResponse>(operations['syncs.updateFrequency'], request, options);
  }
}

/** The `nango.actions` namespace. */
export class ActionsResource<TOptions> {
  constructor(protected readonly _invoker: Invoker<TOptions>) {}

  /**
   * Run an action for a connection.
   *
   * Synchronously (default) the answer is `200` with the action's output (at most 10 MB). With
   * `X-Async: true` the answer is `202` with an ID and a `Location`/`statusUrl` to poll with
   * `actions.getResult`. `424` reports an upstream HTTP failure inside the action; `500` an action
   * error. Needs an environment secret key with scope `environment:actions:execute`.
   *
   * @example
   * ```ts
   * const result = await nango.actions.trigger({ connectionId: 'user-1', providerConfigKey: 'github', body: { action_name: 'fetch-issues' } });
   * ```
   */
  trigger(request: TriggerActionsRequest, options?: TOptions): APIPromise<TriggerActionsResponse> {
    return this._invoker.call<TriggerActionsResponse>(operations['actions.trigger'], request, options);
  }

  /**
   * Get the result of an asynchronous action.
   *
   * `404` (code `not_found`) means the action has not finished yet (or the ID is unknown): poll again
   * later. `500` means the action failed. Needs an environment secret key with scope
   * `environment:actions:execute`.
   *
   * @example
   * ```ts
   * const result = await nango.actions.getResult({ actionId: 'example' });
   * ```
   */
  getResult(request: GetResultActionsRequest, options?: TOptions): APIPromise<GetResultActionsResponse> {
    return this._invoker.call<GetResultActionsResponse>(operations['actions.getResult'], request, options);
  }
}

/** The `nango.environments` namespace. */
export class EnvironmentsResource<TOptions> {
  constructor(protected readonly _invoker: Invoker<TOptions>) {}

  /**
   * Create an environment.
   *
   * Needs an account secret key with scope `account:environments:create`.
   *
   * @example
   * ```ts
   * const environment = await nango.environments.create({ body: { name: 'fetch-issues' } });
   * ```
   */
  create(request: CreateEnvironmentsRequest, options?: TOptions): APIPromise<CreateEnvironmentsResponse> {
    return this._invoker.call<CreateEnvironmentsResponse>(operations['environments.create'], request, options);
  }

  /**
   * Delete an environment.
   *
   * The `prod` environment cannot be deleted (`400`). Needs an account secret key with scope
   * `account:environments:delete`.
   *
   * @example
   * ```ts
   * await nango.environments.delete({ environmentId: 1 });
   * ```
   */
  delete(request: DeleteEnvironmentsRequest, options?: TOptions): APIPromise<DeleteEnvironmentsResponse> {
    return this._invoker.call<DeleteEnvironmentsResponse>(operations['environments.delete'], request, options);
  }
}

/** The `nango.apiKeys` namespace. */
export class ApiKeysResource<TOptions> {
  constructor(protected readonly _invoker: Invoker<TOptions>) {}

  /**
   * Create an API key for an environment.
   *
   * The secret is returned only once. Keys created here always have the scope `environment:*`. Needs
   * an account secret key.
   *
   * @example
   * ```ts
   * const apiKey = await nango.apiKeys.create({ body: { environment_id: 1, display_name: 'example' } });
   * ```
   */
  create(request: CreateApiKeysRequest, options?: TOptions): APIPromise<CreateApiKeysResponse> {
    return this._invoker.call<CreateApiKeysResponse>(operations['apiKeys.create'], request, options);
  }

  /**
   * Delete an environment API key.
   *
   * This DELETE carries a JSON body. Needs an account secret key.
   *
   * @example
   * ```ts
   * const result = await nango.apiKeys.delete({ body: { environment_id: 1, key_id: 1 } });
   * ```
   */
  delete(request: DeleteApiKeysRequest, options?: TOptions): APIPromise<DeleteApiKeysResponse> {
    return this._invoker.call<DeleteApiKeysResponse>(operations['apiKeys.delete'], request, options);
  }
}

/** The `nango.environmentVariables` namespace. */
export class EnvironmentVariablesResource<TOptions> {
  constructor(protected readonly _invoker: Invoker<TOptions>) {}

  /**
   * List the environment variables set in the dashboard.
   *
   * The answer is a bare array, not wrapped in `data`. Needs an environment secret key with scope
   * `environment:variables:read`.
   *
   * @example
   * ```ts
   * const result = await nango.environmentVariables.list();
   * ```
   */
  list(options?: TOptions): APIPromise<ListEnvironmentVariablesResponse> {
    return this._invoker.call<ListEnvironmentVariablesResponse>(operations['environmentVariables.list'], undefined, options);
  }
}

/** The `nango.webhookSigningKey` namespace. */
export class WebhookSigningKeyResource<TOptions> {
  constructor(protected readonly _invoker: Invoker<TOptions>) {}

  /**
   * Replace the webhook signing key with a new one.
   *
   * Nango keeps signing with the previous key for about 5 minutes, so accept both during that window.
   * `409` means the environment has more than one key and cannot be rotated automatically. Needs an
   * environment secret key with scope `environment:webhook_signing_key:rotate`.
   *
   * @example
   * ```ts
   * const result = await nango.webhookSigningKey.rotate();
   * ```
   */
  rotate(options?: TOptions): APIPromise<RotateWebhookSigningKeyResponse> {
    return this._invoker.call<RotateWebhookSigningKeyResponse>(operations['webhookSigningKey.rotate'], undefined, options);
  }
}

/** The `nango.connectSessions` namespace. */
export class ConnectSessionsResource<TOptions> {
  constructor(protected readonly _invoker: Invoker<TOptions>) {}

  /**
   * Create a connect session for an end user.
   *
   * Returns a short-lived token to hand to the front end (Connect UI or the browser SDK), and a
   * ready-made connect link. Needs an environment secret key with scope
   * `environment:connect_sessions:write`.
   *
   * @example
   * ```ts
   * const connectSession = await nango.connectSessions.create({ body: {} });
   * ```
   */
  create(request: CreateConnectSessionsRequest, options?: TOptions): APIPromise<CreateConnectSessionsResponse> {
    return this._invoker.call<CreateConnectSessionsResponse>(operations['connectSessions.create'], request, options);
  }

  /**
   * Create a connect session that repairs an existing connection.
   *
   * Use it when the end user must enter new credentials or re-authorize. Only connections created
   * through a connect session can be reconnected. Needs an environment secret key with scope
   * `environment:connect_sessions:write`.
   *
   * @example
   * ```ts
   * const result = await nango.connectSessions.reconnect({ body: { connection_id: 'user-1', integration_id: 'github' } });
   * ```
   */
  reconnect(request: ReconnectConnectSessionsRequest, options?: TOptions): APIPromise<ReconnectConnectSessionsResponse> {
    return this._invoker.call<ReconnectConnectSessionsResponse>(operations['connectSessions.reconnect'], request, options);
  }

  /**
   * Get the connect session the bearer token belongs to.
   *
   * Authenticated with the connect-session token itself, not with a secret key. Returns what Connect
   * UI needs to render the session.
   *
   * @example
   * ```ts
   * const connectSession = await nango.connectSessions.get();
   * ```
   */
  get(options?: TOptions): APIPromise<GetConnectSessionsResponse> {
    return this._invoker.call<GetConnectSessionsResponse>(operations['connectSessions.get'], undefined, options);
  }

  /**
   * Revoke the connect session the bearer token belongs to.
   *
   * Authenticated with the connect-session token itself, not with a secret key.
   *
   * @example
   * ```ts
   * await nango.connectSessions.delete();
   * ```
   */
  delete(options?: TOptions): APIPromise<DeleteConnectSessionsResponse> {
    return this._invoker.call<DeleteConnectSessionsResponse>(operations['connectSessions.delete'], undefined, options);
  }
}

/** Every generated namespace of the client, keyed by its property name on `nango`. */
export interface GeneratedResources<TOptions> {
  providers: ProvidersResource<TOptions>;
  integrations: IntegrationsResource<TOptions>;
  functions: FunctionsResource<TOptions>;
  legacyConnections: LegacyConnectionsResource<TOptions>;
  connections: ConnectionsResource<TOptions>;
  records: RecordsResource<TOptions>;
  syncs: SyncsResource<TOptions>;
  actions: ActionsResource<TOptions>;
  environments: EnvironmentsResource<TOptions>;
  apiKeys: ApiKeysResource<TOptions>;
  environmentVariables: EnvironmentVariablesResource<TOptions>;
  webhookSigningKey: WebhookSigningKeyResource<TOptions>;
  connectSessions: ConnectSessionsResource<TOptions>;
}

/** Builds every generated namespace around one invoker. */
export function createResources<TOptions>(invoker: Invoker<TOptions>): GeneratedResources<TOptions> {
  return {
    providers: new ProvidersResource(invoker),
    integrations: new IntegrationsResource(invoker),
    functions: new FunctionsResource(invoker),
    legacyConnections: new LegacyConnectionsResource(invoker),
    connections: new ConnectionsResource(invoker),
    records: new RecordsResource(invoker),
    syncs: new SyncsResource(invoker),
    actions: new ActionsResource(invoker),
    environments: new EnvironmentsResource(invoker),
    apiKeys: new ApiKeysResource(invoker),
    environmentVariables: new EnvironmentVariablesResource(invoker),
    webhookSigningKey: new WebhookSigningKeyResource(invoker),
    connectSessions: new ConnectSessionsResource(invoker),
  };
}
