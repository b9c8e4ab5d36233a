/* eslint-disable */
// This file is generated from specs/nango.openapi.yaml. DO NOT EDIT: run `pnpm generate` to regenerate it.

import type { operations } from './openapi.js';

type ParamLocation = 'path' | 'query' | 'header';

/** The parameters an operation takes in one location. */
type ParamsOf<K extends keyof operations, L extends ParamLocation> = NonNullable<operations[K]['parameters'][L]>;

/** The type of one parameter, without the `undefined` that optionality adds (the field's `?` says that). */
type Param<K extends keyof operations, L extends ParamLocation, F extends keyof ParamsOf<K, L>> = Exclude<ParamsOf<K, L>[F], undefined>;

/**
 * List the providers Nango supports.
 *
 * @see `nango.providers.list`
 */
export interface ListProvidersRequest {
  /** Case-insensitive regular expression matched against the provider name. */
  search?: Param<'providers.list', 'query', 'search'>;
  /** Preferred language of the provider texts (standard `Accept-Language` syntax). */
  acceptLanguage?: Param<'providers.list', 'header', 'Accept-Language'>;
}

/**
 * Get one provider from the catalog.
 *
 * @see `nango.providers.get`
 */
export interface GetProvidersRequest {
  /** Provider name, e.g. `github`. */
  provider: Param<'providers.get', 'path', 'provider'>;
  /** Preferred language of the provider texts (standard `Accept-Language` syntax). */
  acceptLanguage?: Param<'providers.get', 'header', 'Accept-Language'>;
}

/**
 * List the catalog template functions of a provider.
 *
 * @see `nango.providers.listTemplates`
 */
export interface ListTemplatesProvidersRequest {
  /** Provider name, e.g. `github`. */
  provider: Param<'providers.listTemplates', 'path', 'provider'>;
}

/**
 * List the integrations of the environment.
 *
 * @see `nango.integrations.list`
 */
export type ListIntegrationsRequest = Record<string, never>;

/** The body of nango.integrations.create (`application/json`). */
export type CreateIntegrationsRequestBody = operations['integrations.create']['requestBody']['content']['application/json'];

/**
 * Create an integration.
 *
 * @see `nango.integrations.create`
 */
export interface CreateIntegrationsRequest {
  /** The request body. */
  body: CreateIntegrationsRequestBody;
}

/** The body of nango.integrations.createQuickstart (`application/json`). */
export type CreateQuickstartIntegrationsRequestBody = operations['integrations.createQuickstart']['requestBody']['content']['application/json'];

/**
 * Create an integration that uses a Nango-provided developer app.
 *
 * @see `nango.integrations.createQuickstart`
 */
export interface CreateQuickstartIntegrationsRequest {
  /** The request body. */
  body: CreateQuickstartIntegrationsRequestBody;
}

/**
 * Get an integration.
 *
 * @see `nango.integrations.get`
 */
export interface GetIntegrationsRequest {
  /** Integration ID (unique key). */
  uniqueKey: Param<'integrations.get', 'path', 'uniqueKey'>;
  /** Sensitive extras to add to the answer. Sent as a repeated key (`include=webhook&include=credentials`). */
  include?: Param<'integrations.get', 'query', 'include'>;
}

/** The body of nango.integrations.update (`application/json`). */
export type UpdateIntegrationsRequestBody = operations['integrations.update']['requestBody']['content']['application/json'];

/**
 * Update an integration.
 *
 * @see `nango.integrations.update`
 */
export interface UpdateIntegrationsRequest {
  /** Integration ID (unique key). */
  uniqueKey: Param<'integrations.update', 'path', 'uniqueKey'>;
  /** The request body. */
  body: UpdateIntegrationsRequestBody;
}

/**
 * Delete an integration and its connections.
 *
 * @see `nango.integrations.delete`
 */
export interface DeleteIntegrationsRequest {
  /** Integration ID (unique key). */
  uniqueKey: Param<'integrations.delete', 'path', 'uniqueKey'>;
}

/**
 * List the functions deployed to an integration.
 *
 * @see `nango.functions.list`
 */
export interface ListFunctionsRequest {
  /** Integration ID (unique key). */
  uniqueKey: Param<'functions.list', 'path', 'uniqueKey'>;
  /** Only return functions of this type. */
  type?: Param<'functions.list', 'query', 'type'>;
  /** Case-insensitive filter on the function name. */
  search?: Param<'functions.list', 'query', 'search'>;
  /** Page number, starting at 0. */
  page?: Param<'functions.list', 'query', 'page'>;
  /** Page size. */
  limit?: Param<'functions.list', 'query', 'limit'>;
}

/**
 * Get a function deployed to an integration.
 *
 * @see `nango.functions.get`
 */
export interface GetFunctionsRequest {
  /** Integration ID (unique key). */
  uniqueKey: Param<'functions.get', 'path', 'uniqueKey'>;
  /** Function name. */
  name: Param<'functions.get', 'path', 'name'>;
  /** Function type; needed when a sync and an action share the name. */
  type?: Param<'functions.get', 'query', 'type'>;
}

/**
 * Delete a deployed function.
 *
 * @see `nango.functions.delete`
 */
export interface DeleteFunctionsRequest {
  /** Integration ID (unique key). */
  uniqueKey: Param<'functions.delete', 'path', 'uniqueKey'>;
  /** Function name. */
  name: Param<'functions.delete', 'path', 'name'>;
  /** Type of the function to delete. On-event functions cannot be deleted here. */
  type: Param<'functions.delete', 'query', 'type'>;
}

/**
 * Get the TypeScript source of a deployed function.
 *
 * @see `nango.functions.getCode`
 */
export interface GetCodeFunctionsRequest {
  /** Integration ID (unique key). */
  uniqueKey: Param<'functions.getCode', 'path', 'uniqueKey'>;
  /** Function name. */
  name: Param<'functions.getCode', 'path', 'name'>;
  /** Function type; needed when several functions share the name (otherwise `409 ambiguous_function`). */
  type?: Param<'functions.getCode', 'query', 'type'>;
}

/**
 * Get the configuration of all deployed functions.
 *
 * @see `nango.functions.getScriptsConfig`
 */
export interface GetScriptsConfigFunctionsRequest {
  /** Output format. */
  format?: Param<'functions.getScriptsConfig', 'query', 'format'>;
}

/** The body of nango.functions.compile (`application/json`). */
export type CompileFunctionsRequestBody = operations['functions.compile']['requestBody']['content']['application/json'];

/**
 * Compile function source code into a JavaScript bundle.
 *
 * @see `nango.functions.compile`
 */
export interface CompileFunctionsRequest {
  /** The request body. */
  body: CompileFunctionsRequestBody;
}

/** The body of nango.functions.createDryrun (`application/json`). */
export type CreateDryrunFunctionsRequestBody = operations['functions.createDryrun']['requestBody']['content']['application/json'];

/**
 * Start a dry run of function source code against a connection.
 *
 * @see `nango.functions.createDryrun`
 */
export interface CreateDryrunFunctionsRequest {
  /** The request body. */
  body: CreateDryrunFunctionsRequestBody;
}

/**
 * Get the status and result of a dry run.
 *
 * @see `nango.functions.getDryrun`
 */
export interface GetDryrunFunctionsRequest {
  /** Dry-run ID returned by `functions.createDryrun`. */
  id: Param<'functions.getDryrun', 'path', 'id'>;
}

/** The body of nango.functions.createDeployment (`application/json`). */
export type CreateDeploymentFunctionsRequestBody = operations['functions.createDeployment']['requestBody']['content']['application/json'];

/**
 * Deploy a function or a catalog template to an integration.
 *
 * @see `nango.functions.createDeployment`
 */
export interface CreateDeploymentFunctionsRequest {
  /** What to deploy, chosen by `type`. */
  body: CreateDeploymentFunctionsRequestBody;
}

/**
 * Get the status and result of a deployment.
 *
 * @see `nango.functions.getDeployment`
 */
export interface GetDeploymentFunctionsRequest {
  /** Deployment ID returned by `functions.createDeployment`. */
  id: Param<'functions.getDeployment', 'path', 'id'>;
}

/**
 * List connections through the deprecated singular route.
 *
 * @see `nango.legacyConnections.list`
 */
export interface ListLegacyConnectionsRequest {
  /** Exact connection ID; can match one connection per integration. */
  connectionId?: Param<'legacyConnections.list', 'query', 'connectionId'>;
  /** Partial match on the connection ID or the end-user profile. */
  search?: Param<'legacyConnections.list', 'query', 'search'>;
  /** @deprecated Deprecated end-user filter; filter on a tag such as `tags[end_user_id]` instead. */
  endUserId?: Param<'legacyConnections.list', 'query', 'endUserId'>;
  /** @deprecated Deprecated organization filter; filter on a tag such as `tags[organization_id]` instead. */
  endUserOrganizationId?: Param<'legacyConnections.list', 'query', 'endUserOrganizationId'>;
  /** Only return connections having all these tags, sent as `tags[key]=value`. */
  tags?: Param<'legacyConnections.list', 'query', 'tags'>;
  /** Maximum number of connections to return. */
  limit?: Param<'legacyConnections.list', 'query', 'limit'>;
  /** Page number, starting at 0. */
  page?: Param<'legacyConnections.list', 'query', 'page'>;
}

/** The body of nango.legacyConnections.create (`application/json`). */
export type CreateLegacyConnectionsRequestBody = operations['legacyConnections.create']['requestBody']['content']['application/json'];

/**
 * Import a connection through the deprecated singular route.
 *
 * @see `nango.legacyConnections.create`
 */
export interface CreateLegacyConnectionsRequest {
  /** The request body. */
  body: CreateLegacyConnectionsRequestBody;
}

/**
 * Get a connection through the deprecated singular route.
 *
 * @see `nango.legacyConnections.get`
 */
export interface GetLegacyConnectionsRequest {
  /** ID of the connection, as chosen when it was created. */
  connectionId: Param<'legacyConnections.get', 'path', 'connectionId'>;
  /** Integration ID (unique key) the connection was created for. */
  providerConfigKey: Param<'legacyConnections.get', 'query', 'provider_config_key'>;
  /** Refresh the access token even if it has not expired (default `false`). */
  forceRefresh?: Param<'legacyConnections.get', 'query', 'force_refresh'>;
  /** Include the refresh token in the credentials (default `false`). */
  refreshToken?: Param<'legacyConnections.get', 'query', 'refresh_token'>;
}

/**
 * Delete a connection through the deprecated singular route.
 *
 * @see `nango.legacyConnections.delete`
 */
export interface DeleteLegacyConnectionsRequest {
  /** ID of the connection, as chosen when it was created. */
  connectionId: Param<'legacyConnections.delete', 'path', 'connectionId'>;
  /** Integration ID (unique key) the connection was created for. */
  providerConfigKey: Param<'legacyConnections.delete', 'query', 'provider_config_key'>;
}

/** The body of nango.legacyConnections.setMetadata (`application/json`). */
export type SetMetadataLegacyConnectionsRequestBody = operations['legacyConnections.setMetadata']['requestBody']['content']['application/json'];

/**
 * Replace connection metadata through the deprecated singular route.
 *
 * @see `nango.legacyConnections.setMetadata`
 */
export interface SetMetadataLegacyConnectionsRequest {
  /** The request body. */
  body: SetMetadataLegacyConnectionsRequestBody;
}

/** The body of nango.legacyConnections.updateMetadata (`application/json`). */
export type UpdateMetadataLegacyConnectionsRequestBody = operations['legacyConnections.updateMetadata']['requestBody']['content']['application/json'];

/**
 * Merge keys into connection metadata through the deprecated singular route.
 *
 * @see `nango.legacyConnections.updateMetadata`
 */
export interface UpdateMetadataLegacyConnectionsRequest {
  /** The request body. */
  body: UpdateMetadataLegacyConnectionsRequestBody;
}

/** The body of nango.legacyConnections.setMetadataById (`application/json`). */
export type SetMetadataByIdLegacyConnectionsRequestBody = operations['legacyConnections.setMetadataById']['requestBody']['content']['application/json'];

/**
 * Replace the metadata of one connection through the deprecated route.
 *
 * @see `nango.legacyConnections.setMetadataById`
 */
export interface SetMetadataByIdLegacyConnectionsRequest {
  /** ID of the connection, as chosen when it was created. */
  connectionId: Param<'legacyConnections.setMetadataById', 'path', 'connectionId'>;
  /** Integration ID (unique key) the connection was created for. */
  providerConfigKey: Param<'legacyConnections.setMetadataById', 'header', 'Provider-Config-Key'>;
  /** Free-form JSON object stored on a connection. */
  body: SetMetadataByIdLegacyConnectionsRequestBody;
}

/** The body of nango.legacyConnections.updateMetadataById (`application/json`). */
export type UpdateMetadataByIdLegacyConnectionsRequestBody = operations['legacyConnections.updateMetadataById']['requestBody']['content']['application/json'];

/**
 * Merge keys into the metadata of one connection through the deprecated route.
 *
 * @see `nango.legacyConnections.updateMetadataById`
 */
export interface UpdateMetadataByIdLegacyConnectionsRequest {
  /** ID of the connection, as chosen when it was created. */
  connectionId: Param<'legacyConnections.updateMetadataById', 'path', 'connectionId'>;
  /** Integration ID (unique key) the connection was created for. */
  providerConfigKey: Param<'legacyConnections.updateMetadataById', 'header', 'Provider-Config-Key'>;
  /** Free-form JSON object stored on a connection. */
  body: UpdateMetadataByIdLegacyConnectionsRequestBody;
}

/**
 * List connections, without credentials.
 *
 * @see `nango.connections.list`
 */
export interface ListConnectionsRequest {
  /** Exact connection ID; can match one connection per integration. */
  connectionId?: Param<'connections.list', 'query', 'connectionId'>;
  /** Partial match on the connection ID or the end-user profile. */
  search?: Param<'connections.list', 'query', 'search'>;
  /** @deprecated Deprecated end-user filter; filter on a tag such as `tags[end_user_id]` instead. */
  endUserId?: Param<'connections.list', 'query', 'endUserId'>;
  /** @deprecated Deprecated organization filter; filter on a tag such as `tags[organization_id]` instead. */
  endUserOrganizationId?: Param<'connections.list', 'query', 'endUserOrganizationId'>;
  /** Only return connections of these integrations. Sent as one comma-separated value. */
  integrationId?: Param<'connections.list', 'query', 'integrationId'>;
  /** Only return connections having all these tags, sent as `tags[key]=value`. */
  tags?: Param<'connections.list', 'query', 'tags'>;
  /** Page size. */
  limit?: Param<'connections.list', 'query', 'limit'>;
  /** Page number, starting at 0 (offset = page x limit). */
  page?: Param<'connections.list', 'query', 'page'>;
}

/** The body of nango.connections.create (`application/json`). */
export type CreateConnectionsRequestBody = operations['connections.create']['requestBody']['content']['application/json'];

/**
 * Create or replace a connection from credentials you already hold.
 *
 * @see `nango.connections.create`
 */
export interface CreateConnectionsRequest {
  /** The request body. */
  body: CreateConnectionsRequestBody;
}

/**
 * Get a connection, with its credentials.
 *
 * @see `nango.connections.get`
 */
export interface GetConnectionsRequest {
  /** ID of the connection, as chosen when it was created. */
  connectionId: Param<'connections.get', 'path', 'connectionId'>;
  /** Integration ID (unique key) the connection was created for. */
  providerConfigKey: Param<'connections.get', 'query', 'provider_config_key'>;
  /** Refresh the access token even if it has not expired (default `false`). */
  forceRefresh?: Param<'connections.get', 'query', 'force_refresh'>;
  /** Include the refresh token in the credentials (default `false`). */
  refreshToken?: Param<'connections.get', 'query', 'refresh_token'>;
  /** Refresh the JWT of a GitHub App (or GitHub App OAuth) connection (default `false`). */
  refreshGithubAppJwtToken?: Param<'connections.get', 'query', 'refresh_github_app_jwt_token'>;
}

/** The body of nango.connections.update (`application/json`). */
export type UpdateConnectionsRequestBody = operations['connections.update']['requestBody']['content']['application/json'];

/**
 * Update the tags or webhook URL override of a connection.
 *
 * @see `nango.connections.update`
 */
export interface UpdateConnectionsRequest {
  /** ID of the connection, as chosen when it was created. */
  connectionId: Param<'connections.update', 'path', 'connectionId'>;
  /** Integration ID (unique key) the connection was created for. */
  providerConfigKey: Param<'connections.update', 'query', 'provider_config_key'>;
  /** The request body. */
  body: UpdateConnectionsRequestBody;
}

/**
 * Delete a connection.
 *
 * @see `nango.connections.delete`
 */
export interface DeleteConnectionsRequest {
  /** ID of the connection, as chosen when it was created. */
  connectionId: Param<'connections.delete', 'path', 'connectionId'>;
  /** Integration ID (unique key) the connection was created for. */
  providerConfigKey: Param<'connections.delete', 'query', 'provider_config_key'>;
}

/** The body of nango.connections.setMetadata (`application/json`). */
export type SetMetadataConnectionsRequestBody = operations['connections.setMetadata']['requestBody']['content']['application/json'];

/**
 * Replace the metadata of one or more connections.
 *
 * @see `nango.connections.setMetadata`
 */
export interface SetMetadataConnectionsRequest {
  /** The request body. */
  body: SetMetadataConnectionsRequestBody;
}

/** The body of nango.connections.updateMetadata (`application/json`). */
export type UpdateMetadataConnectionsRequestBody = operations['connections.updateMetadata']['requestBody']['content']['application/json'];

/**
 * Merge keys into the metadata of one or more connections.
 *
 * @see `nango.connections.updateMetadata`
 */
export interface UpdateMetadataConnectionsRequest {
  /** The request body. */
  body: UpdateMetadataConnectionsRequestBody;
}

/**
 * List the records a sync stored for a connection.
 *
 * @see `nango.records.list`
 */
export interface ListRecordsRequest {
  /** Name of the model to read. */
  model: Param<'records.list', 'query', 'model'>;
  /** Return records modified after this point: a previous `next_cursor`, or the `_nango_metadata.cursor` of the last record you processed. More precise than `modified_after`. */
  cursor?: Param<'records.list', 'query', 'cursor'>;
  /** Maximum number of records per page. */
  limit?: Param<'records.list', 'query', 'limit'>;
  /** Only return records whose last change is of these kinds: a comma-separated list of `added`, `updated` and `deleted` (either case), e.g. `added,updated`. */
  filter?: Param<'records.list', 'query', 'filter'>;
  /** Only return records modified after this timestamp (at most 12 months ago). */
  modifiedAfter?: Param<'records.list', 'query', 'modified_after'>;
  /** @deprecated Old name of `modified_after`. */
  delta?: Param<'records.list', 'query', 'delta'>;
  /** Only return records with these IDs. Sent as a repeated key. */
  ids?: Param<'records.list', 'query', 'ids'>;
  /** Model variant to read (default `base`). */
  variant?: Param<'records.list', 'query', 'variant'>;
  /** ID of the connection, as chosen when it was created. */
  connectionId: Param<'records.list', 'header', 'Connection-Id'>;
  /** Integration ID (unique key) the connection was created for. */
  providerConfigKey: Param<'records.list', 'header', 'Provider-Config-Key'>;
}

/** The body of nango.records.prune (`application/json`). */
export type PruneRecordsRequestBody = operations['records.prune']['requestBody']['content']['application/json'];

/**
 * Empty the payload of records up to a cursor.
 *
 * @see `nango.records.prune`
 */
export interface PruneRecordsRequest {
  /** ID of the connection, as chosen when it was created. */
  connectionId: Param<'records.prune', 'header', 'Connection-Id'>;
  /** Integration ID (unique key) the connection was created for. */
  providerConfigKey: Param<'records.prune', 'header', 'Provider-Config-Key'>;
  /** The request body. */
  body: PruneRecordsRequestBody;
}

/** The body of nango.syncs.trigger (`application/json`). */
export type TriggerSyncsRequestBody = operations['syncs.trigger']['requestBody']['content']['application/json'];

/**
 * Run syncs once, now, outside their schedule.
 *
 * @see `nango.syncs.trigger`
 */
export interface TriggerSyncsRequest {
  /** Legacy fallback for `provider_config_key` in the body. */
  providerConfigKey?: Param<'syncs.trigger', 'header', 'Provider-Config-Key'>;
  /** Legacy fallback for `connection_id` in the body. */
  connectionId?: Param<'syncs.trigger', 'header', 'Connection-Id'>;
  /** The request body. */
  body: TriggerSyncsRequestBody;
}

/** The body of nango.syncs.start (`application/json`). */
export type StartSyncsRequestBody = operations['syncs.start']['requestBody']['content']['application/json'];

/**
 * Start the schedule of syncs.
 *
 * @see `nango.syncs.start`
 */
export interface StartSyncsRequest {
  /** The request body. */
  body: StartSyncsRequestBody;
}

/** The body of nango.syncs.pause (`application/json`). */
export type PauseSyncsRequestBody = operations['syncs.pause']['requestBody']['content']['application/json'];

/**
 * Pause the schedule of syncs.
 *
 * @see `nango.syncs.pause`
 */
export interface PauseSyncsRequest {
  /** The request body. */
  body: PauseSyncsRequestBody;
}

/**
 * Get the status of syncs.
 *
 * @see `nango.syncs.status`
 */
export interface StatusSyncsRequest {
  /** Integration ID (unique key). */
  providerConfigKey: Param<'syncs.status', 'query', 'provider_config_key'>;
  /** Syncs to report, sent as one comma-separated value. `*` selects every sync of the integration; a variant is written `name::variant`. */
  syncs: Param<'syncs.status', 'query', 'syncs'>;
  /** Connection to report on; all connections when omitted. */
  connectionId?: Param<'syncs.status', 'query', 'connection_id'>;
}

/** The body of nango.syncs.createVariant (`application/json`). */
export type CreateVariantSyncsRequestBody = operations['syncs.createVariant']['requestBody']['content']['application/json'];

/**
 * Create a variant of a sync for a connection.
 *
 * @see `nango.syncs.createVariant`
 */
export interface CreateVariantSyncsRequest {
  /** Sync name. */
  name: Param<'syncs.createVariant', 'path', 'name'>;
  /** Variant name; `base` is reserved. */
  variant: Param<'syncs.createVariant', 'path', 'variant'>;
  /** The request body. */
  body: CreateVariantSyncsRequestBody;
}

/** The body of nango.syncs.deleteVariant (`application/json`). */
export type DeleteVariantSyncsRequestBody = operations['syncs.deleteVariant']['requestBody']['content']['application/json'];

/**
 * Delete a variant of a sync for a connection.
 *
 * @see `nango.syncs.deleteVariant`
 */
export interface DeleteVariantSyncsRequest {
  /** Sync name. */
  name: Param<'syncs.deleteVariant', 'path', 'name'>;
  /** Variant name; `base` is reserved. */
  variant: Param<'syncs.deleteVariant', 'path', 'variant'>;
  /** The request body. */
  body: DeleteVariantSyncsRequestBody;
}

/** The body of nango.syncs.updateFrequency (`application/json`). */
export type UpdateFrequencySyncsRequestBody = operations['syncs.updateFrequency']['requestBody']['content']['application/json'];

/**
 * Override how often a sync runs for one connection.
 *
 * @see `nango.syncs.updateFrequency`
 */
export interface UpdateFrequencySyncsRequest {
  /** The request body. */
  body: UpdateFrequencySyncsRequestBody;
}

/** The body of nango.actions.trigger (`application/json`). */
export type TriggerActionsRequestBody = operations['actions.trigger']['requestBody']['content']['application/json'];

/**
 * Run an action for a connection.
 *
 * @see `nango.actions.trigger`
 */
export interface TriggerActionsRequest {
  /** ID of the connection, as chosen when it was created. */
  connectionId: Param<'actions.trigger', 'header', 'Connection-Id'>;
  /** Integration ID (unique key) the connection was created for. */
  providerConfigKey: Param<'actions.trigger', 'header', 'Provider-Config-Key'>;
  /** Run the action in the background and answer `202` at once. */
  async?: Param<'actions.trigger', 'header', 'X-Async'>;
  /** How many times a failed async run is retried (0 to 5). Only used with `X-Async`. */
  maxRetries?: Param<'actions.trigger', 'header', 'X-Max-Retries'>;
  /** The request body. */
  body: TriggerActionsRequestBody;
}

/**
 * Get the result of an asynchronous action.
 *
 * @see `nango.actions.getResult`
 */
export interface GetResultActionsRequest {
  /** ID returned by `actions.trigger` with `X-Async`. */
  actionId: Param<'actions.getResult', 'path', 'actionId'>;
}

/** The body of nango.environments.create (`application/json`). */
export type CreateEnvironmentsRequestBody = operations['environments.create']['requestBody']['content']['application/json'];

/**
 * Create an environment.
 *
 * @see `nango.environments.create`
 */
export interface CreateEnvironmentsRequest {
  /** The request body. */
  body: CreateEnvironmentsRequestBody;
}

/**
 * Delete an environment.
 *
 * @see `nango.environments.delete`
 */
export interface DeleteEnvironmentsRequest {
  /** Numeric environment ID. */
  environmentId: Param<'environments.delete', 'path', 'environmentId'>;
}

/** The body of nango.apiKeys.create (`application/json`). */
export type CreateApiKeysRequestBody = operations['apiKeys.create']['requestBody']['content']['application/json'];

/**
 * Create an API key for an environment.
 *
 * @see `nango.apiKeys.create`
 */
export interface CreateApiKeysRequest {
  /** The request body. */
  body: CreateApiKeysRequestBody;
}

/** The body of nango.apiKeys.delete (`application/json`). */
export type DeleteApiKeysRequestBody = operations['apiKeys.delete']['requestBody']['content']['application/json'];

/**
 * Delete an environment API key.
 *
 * @see `nango.apiKeys.delete`
 */
export interface DeleteApiKeysRequest {
  /** The request body. */
  body: DeleteApiKeysRequestBody;
}

/**
 * List the environment variables set in the dashboard.
 *
 * @see `nango.environmentVariables.list`
 */
export type ListEnvironmentVariablesRequest = Record<string, never>;

/**
 * Replace the webhook signing key with a new one.
 *
 * @see `nango.webhookSigningKey.rotate`
 */
export type RotateWebhookSigningKeyRequest = Record<string, never>;

/**
 * Send a GET request to the provider API through the proxy.
 *
 * @see `nango.proxy.get`
 */
export interface GetProxyRequest {
  /** Raw path of the upstream endpoint, appended to the provider's base URL. Its slashes are kept as they are (not percent-encoded), e.g. `repos/octo/hello/issues`. */
  path: Param<'proxy.get', 'path', 'path'>;
  /** Query parameters forwarded to the upstream API as they are; an array value becomes a repeated key. */
  query?: Param<'proxy.get', 'query', 'query'>;
  /** ID of the connection, as chosen when it was created. */
  connectionId: Param<'proxy.get', 'header', 'Connection-Id'>;
  /** Integration ID (unique key) the connection was created for. */
  providerConfigKey: Param<'proxy.get', 'header', 'Provider-Config-Key'>;
  /** Number of retries, with exponential back-off, on network errors, 5xx and 429 (default 0). */
  retries?: Param<'proxy.get', 'header', 'Retries'>;
  /** Comma-separated extra status codes to retry on, e.g. `404,409`. */
  retryOn?: Param<'proxy.get', 'header', 'Retry-On'>;
  /** Base URL to use instead of the provider's (a URL, or empty). Can be disabled for the environment. */
  baseUrlOverride?: Param<'proxy.get', 'header', 'Base-Url-Override'>;
  /** Decompress the upstream response before returning it (default `false`). */
  decompress?: Param<'proxy.get', 'header', 'Decompress'>;
  /** Keep forwarding the request headers when the upstream API redirects. */
  forwardHeadersOnRedirect?: Param<'proxy.get', 'header', 'Forward-Headers-On-Redirect'>;
}

/** The body of nango.proxy.post (`application/json`). */
export type PostProxyRequestBody = NonNullable<operations['proxy.post']['requestBody']>['content']['application/json'];

/**
 * Send a POST request to the provider API through the proxy.
 *
 * @see `nango.proxy.post`
 */
export interface PostProxyRequest {
  /** Raw path of the upstream endpoint, appended to the provider's base URL. Its slashes are kept as they are (not percent-encoded), e.g. `repos/octo/hello/issues`. */
  path: Param<'proxy.post', 'path', 'path'>;
  /** Query parameters forwarded to the upstream API as they are; an array value becomes a repeated key. */
  query?: Param<'proxy.post', 'query', 'query'>;
  /** ID of the connection, as chosen when it was created. */
  connectionId: Param<'proxy.post', 'header', 'Connection-Id'>;
  /** Integration ID (unique key) the connection was created for. */
  providerConfigKey: Param<'proxy.post', 'header', 'Provider-Config-Key'>;
  /** Number of retries, with exponential back-off, on network errors, 5xx and 429 (default 0). */
  retries?: Param<'proxy.post', 'header', 'Retries'>;
  /** Comma-separated extra status codes to retry on, e.g. `404,409`. */
  retryOn?: Param<'proxy.post', 'header', 'Retry-On'>;
  /** Base URL to use instead of the provider's (a URL, or empty). Can be disabled for the environment. */
  baseUrlOverride?: Param<'proxy.post', 'header', 'Base-Url-Override'>;
  /** Decompress the upstream response before returning it (default `false`). */
  decompress?: Param<'proxy.post', 'header', 'Decompress'>;
  /** Keep forwarding the request headers when the upstream API redirects. */
  forwardHeadersOnRedirect?: Param<'proxy.post', 'header', 'Forward-Headers-On-Redirect'>;
  /** Body forwarded to the upstream API unchanged, with its content type. */
  body?: PostProxyRequestBody;
}

/** The body of nango.proxy.put (`application/json`). */
export type PutProxyRequestBody = NonNullable<operations['proxy.put']['requestBody']>['content']['application/json'];

/**
 * Send a PUT request to the provider API through the proxy.
 *
 * @see `nango.proxy.put`
 */
export interface PutProxyRequest {
  /** Raw path of the upstream endpoint, appended to the provider's base URL. Its slashes are kept as they are (not percent-encoded), e.g. `repos/octo/hello/issues`. */
  path: Param<'proxy.put', 'path', 'path'>;
  /** Query parameters forwarded to the upstream API as they are; an array value becomes a repeated key. */
  query?: Param<'proxy.put', 'query', 'query'>;
  /** ID of the connection, as chosen when it was created. */
  connectionId: Param<'proxy.put', 'header', 'Connection-Id'>;
  /** Integration ID (unique key) the connection was created for. */
  providerConfigKey: Param<'proxy.put', 'header', 'Provider-Config-Key'>;
  /** Number of retries, with exponential back-off, on network errors, 5xx and 429 (default 0). */
  retries?: Param<'proxy.put', 'header', 'Retries'>;
  /** Comma-separated extra status codes to retry on, e.g. `404,409`. */
  retryOn?: Param<'proxy.put', 'header', 'Retry-On'>;
  /** Base URL to use instead of the provider's (a URL, or empty). Can be disabled for the environment. */
  baseUrlOverride?: Param<'proxy.put', 'header', 'Base-Url-Override'>;
  /** Decompress the upstream response before returning it (default `false`). */
  decompress?: Param<'proxy.put', 'header', 'Decompress'>;
  /** Keep forwarding the request headers when the upstream API redirects. */
  forwardHeadersOnRedirect?: Param<'proxy.put', 'header', 'Forward-Headers-On-Redirect'>;
  /** Body forwarded to the upstream API unchanged, with its content type. */
  body?: PutProxyRequestBody;
}

/** The body of nango.proxy.patch (`application/json`). */
export type PatchProxyRequestBody = NonNullable<operations['proxy.patch']['requestBody']>['content']['application/json'];

/**
 * Send a PATCH request to the provider API through the proxy.
 *
 * @see `nango.proxy.patch`
 */
export interface PatchProxyRequest {
  /** Raw path of the upstream endpoint, appended to the provider's base URL. Its slashes are kept as they are (not percent-encoded), e.g. `repos/octo/hello/issues`. */
  path: Param<'proxy.patch', 'path', 'path'>;
  /** Query parameters forwarded to the upstream API as they are; an array value becomes a repeated key. */
  query?: Param<'proxy.patch', 'query', 'query'>;
  /** ID of the connection, as chosen when it was created. */
  connectionId: Param<'proxy.patch', 'header', 'Connection-Id'>;
  /** Integration ID (unique key) the connection was created for. */
  providerConfigKey: Param<'proxy.patch', 'header', 'Provider-Config-Key'>;
  /** Number of retries, with exponential back-off, on network errors, 5xx and 429 (default 0). */
  retries?: Param<'proxy.patch', 'header', 'Retries'>;
  /** Comma-separated extra status codes to retry on, e.g. `404,409`. */
  retryOn?: Param<'proxy.patch', 'header', 'Retry-On'>;
  /** Base URL to use instead of the provider's (a URL, or empty). Can be disabled for the environment. */
  baseUrlOverride?: Param<'proxy.patch', 'header', 'Base-Url-Override'>;
  /** Decompress the upstream response before returning it (default `false`). */
  decompress?: Param<'proxy.patch', 'header', 'Decompress'>;
  /** Keep forwarding the request headers when the upstream API redirects. */
  forwardHeadersOnRedirect?: Param<'proxy.patch', 'header', 'Forward-Headers-On-Redirect'>;
  /** Body forwarded to the upstream API unchanged, with its content type. */
  body?: PatchProxyRequestBody;
}

/**
 * Send a DELETE request to the provider API through the proxy.
 *
 * @see `nango.proxy.delete`
 */
export interface DeleteProxyRequest {
  /** Raw path of the upstream endpoint, appended to the provider's base URL. Its slashes are kept as they are (not percent-encoded), e.g. `repos/octo/hello/issues`. */
  path: Param<'proxy.delete', 'path', 'path'>;
  /** Query parameters forwarded to the upstream API as they are; an array value becomes a repeated key. */
  query?: Param<'proxy.delete', 'query', 'query'>;
  /** ID of the connection, as chosen when it was created. */
  connectionId: Param<'proxy.delete', 'header', 'Connection-Id'>;
  /** Integration ID (unique key) the connection was created for. */
  providerConfigKey: Param<'proxy.delete', 'header', 'Provider-Config-Key'>;
  /** Number of retries, with exponential back-off, on network errors, 5xx and 429 (default 0). */
  retries?: Param<'proxy.delete', 'header', 'Retries'>;
  /** Comma-separated extra status codes to retry on, e.g. `404,409`. */
  retryOn?: Param<'proxy.delete', 'header', 'Retry-On'>;
  /** Base URL to use instead of the provider's (a URL, or empty). Can be disabled for the environment. */
  baseUrlOverride?: Param<'proxy.delete', 'header', 'Base-Url-Override'>;
  /** Decompress the upstream response before returning it (default `false`). */
  decompress?: Param<'proxy.delete', 'header', 'Decompress'>;
  /** Keep forwarding the request headers when the upstream API redirects. */
  forwardHeadersOnRedirect?: Param<'proxy.delete', 'header', 'Forward-Headers-On-Redirect'>;
}

/** The body of nango.connectSessions.create (`application/json`). */
export type CreateConnectSessionsRequestBody = operations['connectSessions.create']['requestBody']['content']['application/json'];

/**
 * Create a connect session for an end user.
 *
 * @see `nango.connectSessions.create`
 */
export interface CreateConnectSessionsRequest {
  /** The request body. */
  body: CreateConnectSessionsRequestBody;
}

/** The body of nango.connectSessions.reconnect (`application/json`). */
export type ReconnectConnectSessionsRequestBody = operations['connectSessions.reconnect']['requestBody']['content']['application/json'];

/**
 * Create a connect session that repairs an existing connection.
 *
 * @see `nango.connectSessions.reconnect`
 */
export interface ReconnectConnectSessionsRequest {
  /** The request body. */
  body: ReconnectConnectSessionsRequestBody;
}

/**
 * Get the connect session the bearer token belongs to.
 *
 * @see `nango.connectSessions.get`
 */
export type GetConnectSessionsRequest = Record<string, never>;

/**
 * Revoke the connect session the bearer token belongs to.
 *
 * @see `nango.connectSessions.delete`
 */
export type DeleteConnectSessionsRequest = Record<string, never>;
