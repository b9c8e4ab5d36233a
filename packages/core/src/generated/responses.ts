/* eslint-disable */
// This file is generated from specs/nango.openapi.yaml. DO NOT EDIT: run `pnpm generate` to regenerate it.

import type { operations } from './openapi.js';

/**
 * List the providers Nango supports.: what the call resolves to.
 *
 * @see `nango.providers.list`
 */
export type ListProvidersResponse = operations['providers.list']['responses'][200]['content']['application/json'];

/**
 * Get one provider from the catalog.: what the call resolves to.
 *
 * @see `nango.providers.get`
 */
export type GetProvidersResponse = operations['providers.get']['responses'][200]['content']['application/json'];

/**
 * List the catalog template functions of a provider.: what the call resolves to.
 *
 * @see `nango.providers.listTemplates`
 */
export type ListTemplatesProvidersResponse = operations['providers.listTemplates']['responses'][200]['content']['application/json'];

/**
 * List the integrations of the environment.: what the call resolves to.
 *
 * @see `nango.integrations.list`
 */
export type ListIntegrationsResponse = operations['integrations.list']['responses'][200]['content']['application/json'];

/**
 * Create an integration.: what the call resolves to.
 *
 * @see `nango.integrations.create`
 */
export type CreateIntegrationsResponse = operations['integrations.create']['responses'][200]['content']['application/json'];

/**
 * Create an integration that uses a Nango-provided developer app.: what the call resolves to.
 *
 * @see `nango.integrations.createQuickstart`
 */
export type CreateQuickstartIntegrationsResponse = operations['integrations.createQuickstart']['responses'][200]['content']['application/json'];

/**
 * Get an integration.: what the call resolves to.
 *
 * @see `nango.integrations.get`
 */
export type GetIntegrationsResponse = operations['integrations.get']['responses'][200]['content']['application/json'];

/**
 * Update an integration.: what the call resolves to.
 *
 * @see `nango.integrations.update`
 */
export type UpdateIntegrationsResponse = operations['integrations.update']['responses'][200]['content']['application/json'];

/**
 * Delete an integration and its connections.: what the call resolves to.
 *
 * @see `nango.integrations.delete`
 */
export type DeleteIntegrationsResponse = operations['integrations.delete']['responses'][200]['content']['application/json'];

/**
 * List the functions deployed to an integration.: what the call resolves to.
 *
 * @see `nango.functions.list`
 */
export type ListFunctionsResponse = operations['functions.list']['responses'][200]['content']['application/json'];

/**
 * Get a function deployed to an integration.: what the call resolves to.
 *
 * @see `nango.functions.get`
 */
export type GetFunctionsResponse = operations['functions.get']['responses'][200]['content']['application/json'];

/**
 * Delete a deployed function.: what the call resolves to.
 *
 * @see `nango.functions.delete`
 */
export type DeleteFunctionsResponse = operations['functions.delete']['responses'][200]['content']['application/json'];

/**
 * Get the TypeScript source of a deployed function.: what the call resolves to.
 *
 * @see `nango.functions.getCode`
 */
export type GetCodeFunctionsResponse = operations['functions.getCode']['responses'][200]['content']['application/json'];

/**
 * Get the configuration of all deployed functions.: what the call resolves to.
 *
 * @see `nango.functions.getScriptsConfig`
 */
export type GetScriptsConfigFunctionsResponse = operations['functions.getScriptsConfig']['responses'][200]['content']['application/json'];

/**
 * Compile function source code into a JavaScript bundle.: what the call resolves to.
 *
 * @see `nango.functions.compile`
 */
export type CompileFunctionsResponse = operations['functions.compile']['responses'][200]['content']['application/json'];

/**
 * Start a dry run of function source code against a connection.: what the call resolves to.
 *
 * @see `nango.functions.createDryrun`
 */
export type CreateDryrunFunctionsResponse = operations['functions.createDryrun']['responses'][202]['content']['application/json'];

/**
 * Get the status and result of a dry run.: what the call resolves to.
 *
 * @see `nango.functions.getDryrun`
 */
export type GetDryrunFunctionsResponse = operations['functions.getDryrun']['responses'][200]['content']['application/json'];

/**
 * Deploy a function or a catalog template to an integration.: what the call resolves to.
 *
 * @see `nango.functions.createDeployment`
 */
export type CreateDeploymentFunctionsResponse = operations['functions.createDeployment']['responses'][202]['content']['application/json'];

/**
 * Get the status and result of a deployment.: what the call resolves to.
 *
 * @see `nango.functions.getDeployment`
 */
export type GetDeploymentFunctionsResponse = operations['functions.getDeployment']['responses'][200]['content']['application/json'];

/**
 * List connections through the deprecated singular route.: what the call resolves to.
 *
 * @see `nango.legacyConnections.list`
 */
export type ListLegacyConnectionsResponse = operations['legacyConnections.list']['responses'][200]['content']['application/json'];

/**
 * Import a connection through the deprecated singular route.: what the call resolves to.
 *
 * @see `nango.legacyConnections.create`
 */
export type CreateLegacyConnectionsResponse = void;

/**
 * Get a connection through the deprecated singular route.: what the call resolves to.
 *
 * @see `nango.legacyConnections.get`
 */
export type GetLegacyConnectionsResponse = operations['legacyConnections.get']['responses'][200]['content']['application/json'];

/**
 * Delete a connection through the deprecated singular route.: what the call resolves to.
 *
 * @see `nango.legacyConnections.delete`
 */
export type DeleteLegacyConnectionsResponse = operations['legacyConnections.delete']['responses'][200]['content']['application/json'];

/**
 * Replace connection metadata through the deprecated singular route.: what the call resolves to.
 *
 * @see `nango.legacyConnections.setMetadata`
 */
export type SetMetadataLegacyConnectionsResponse = operations['legacyConnections.setMetadata']['responses'][201]['content']['application/json'];

/**
 * Merge keys into connection metadata through the deprecated singular route.: what the call resolves to.
 *
 * @see `nango.legacyConnections.updateMetadata`
 */
export type UpdateMetadataLegacyConnectionsResponse = operations['legacyConnections.updateMetadata']['responses'][200]['content']['application/json'];

/**
 * Replace the metadata of one connection through the deprecated route.: what the call resolves to.
 *
 * @see `nango.legacyConnections.setMetadataById`
 */
export type SetMetadataByIdLegacyConnectionsResponse = void;

/**
 * Merge keys into the metadata of one connection through the deprecated route.: what the call resolves to.
 *
 * @see `nango.legacyConnections.updateMetadataById`
 */
export type UpdateMetadataByIdLegacyConnectionsResponse = operations['legacyConnections.updateMetadataById']['responses'][200]['content']['application/json'];

/**
 * List connections, without credentials.: what the call resolves to.
 *
 * @see `nango.connections.list`
 */
export type ListConnectionsResponse = operations['connections.list']['responses'][200]['content']['application/json'];

/**
 * Create or replace a connection from credentials you already hold.: what the call resolves to.
 *
 * @see `nango.connections.create`
 */
export type CreateConnectionsResponse = operations['connections.create']['responses'][200]['content']['application/json'];

/**
 * Get a connection, with its credentials.: what the call resolves to.
 *
 * @see `nango.connections.get`
 */
export type GetConnectionsResponse = operations['connections.get']['responses'][200]['content']['application/json'];

/**
 * Update the tags or webhook URL override of a connection.: what the call resolves to.
 *
 * @see `nango.connections.update`
 */
export type UpdateConnectionsResponse = operations['connections.update']['responses'][200]['content']['application/json'];

/**
 * Delete a connection.: what the call resolves to.
 *
 * @see `nango.connections.delete`
 */
export type DeleteConnectionsResponse = operations['connections.delete']['responses'][200]['content']['application/json'];

/**
 * Replace the metadata of one or more connections.: what the call resolves to.
 *
 * @see `nango.connections.setMetadata`
 */
export type SetMetadataConnectionsResponse = operations['connections.setMetadata']['responses'][201]['content']['application/json'];

/**
 * Merge keys into the metadata of one or more connections.: what the call resolves to.
 *
 * @see `nango.connections.updateMetadata`
 */
export type UpdateMetadataConnectionsResponse = operations['connections.updateMetadata']['responses'][200]['content']['application/json'];

/**
 * List the records a sync stored for a connection.: what the call resolves to.
 *
 * @see `nango.records.list`
 */
export type ListRecordsResponse = operations['records.list']['responses'][200]['content']['application/json'];

/**
 * Empty the payload of records up to a cursor.: what the call resolves to.
 *
 * @see `nango.records.prune`
 */
export type PruneRecordsResponse = operations['records.prune']['responses'][200]['content']['application/json'];

/**
 * Run syncs once, now, outside their schedule.: what the call resolves to.
 *
 * @see `nango.syncs.trigger`
 */
export type TriggerSyncsResponse = operations['syncs.trigger']['responses'][200]['content']['application/json'];

/**
 * Start the schedule of syncs.: what the call resolves to.
 *
 * @see `nango.syncs.start`
 */
export type StartSyncsResponse = operations['syncs.start']['responses'][200]['content']['application/json'];

/**
 * Pause the schedule of syncs.: what the call resolves to.
 *
 * @see `nango.syncs.pause`
 */
export type PauseSyncsResponse = operations['syncs.pause']['responses'][200]['content']['application/json'];

/**
 * Get the status of syncs.: what the call resolves to.
 *
 * @see `nango.syncs.status`
 */
export type StatusSyncsResponse = operations['syncs.status']['responses'][200]['content']['application/json'];

/**
 * Create a variant of a sync for a connection.: what the call resolves to.
 *
 * @see `nango.syncs.createVariant`
 */
export type CreateVariantSyncsResponse = operations['syncs.createVariant']['responses'][200]['content']['application/json'];

/**
 * Delete a variant of a sync for a connection.: what the call resolves to.
 *
 * @see `nango.syncs.deleteVariant`
 */
export type DeleteVariantSyncsResponse = operations['syncs.deleteVariant']['responses'][200]['content']['application/json'];

/**
 * Override how often a sync runs for one connection.: what the call resolves to.
 *
 * @see `nango.syncs.updateFrequency`
 */
export type UpdateFrequencySyncsResponse = operations['syncs.updateFrequency']['responses'][200]['content']['application/json'];

/**
 * Run an action for a connection.: what the call resolves to.
 *
 * @see `nango.actions.trigger`
 */
export type TriggerActionsResponse =
  | operations['actions.trigger']['responses'][200]['content']['application/json']
  | operations['actions.trigger']['responses'][202]['content']['application/json'];

/**
 * Get the result of an asynchronous action.: what the call resolves to.
 *
 * @see `nango.actions.getResult`
 */
export type GetResultActionsResponse = operations['actions.getResult']['responses'][200]['content']['application/json'];

/**
 * Create an environment.: what the call resolves to.
 *
 * @see `nango.environments.create`
 */
export type CreateEnvironmentsResponse = operations['environments.create']['responses'][200]['content']['application/json'];

/**
 * Delete an environment.: what the call resolves to.
 *
 * @see `nango.environments.delete`
 */
export type DeleteEnvironmentsResponse = void;

/**
 * Create an API key for an environment.: what the call resolves to.
 *
 * @see `nango.apiKeys.create`
 */
export type CreateApiKeysResponse = operations['apiKeys.create']['responses'][200]['content']['application/json'];

/**
 * Delete an environment API key.: what the call resolves to.
 *
 * @see `nango.apiKeys.delete`
 */
export type DeleteApiKeysResponse = operations['apiKeys.delete']['responses'][200]['content']['application/json'];

/**
 * List the environment variables set in the dashboard.: what the call resolves to.
 *
 * @see `nango.environmentVariables.list`
 */
export type ListEnvironmentVariablesResponse = operations['environmentVariables.list']['responses'][200]['content']['application/json'];

/**
 * Replace the webhook signing key with a new one.: what the call resolves to.
 *
 * @see `nango.webhookSigningKey.rotate`
 */
export type RotateWebhookSigningKeyResponse = operations['webhookSigningKey.rotate']['responses'][200]['content']['application/json'];

/**
 * Send a GET request to the provider API through the proxy.: what the call resolves to.
 *
 * @see `nango.proxy.get`
 */
export type GetProxyResponse = operations['proxy.get']['responses'][200]['content']['*/*'];

/**
 * Send a POST request to the provider API through the proxy.: what the call resolves to.
 *
 * @see `nango.proxy.post`
 */
export type PostProxyResponse = operations['proxy.post']['responses'][200]['content']['*/*'];

/**
 * Send a PUT request to the provider API through the proxy.: what the call resolves to.
 *
 * @see `nango.proxy.put`
 */
export type PutProxyResponse = operations['proxy.put']['responses'][200]['content']['*/*'];

/**
 * Send a PATCH request to the provider API through the proxy.: what the call resolves to.
 *
 * @see `nango.proxy.patch`
 */
export type PatchProxyResponse = operations['proxy.patch']['responses'][200]['content']['*/*'];

/**
 * Send a DELETE request to the provider API through the proxy.: what the call resolves to.
 *
 * @see `nango.proxy.delete`
 */
export type DeleteProxyResponse = operations['proxy.delete']['responses'][200]['content']['*/*'];

/**
 * Create a connect session for an end user.: what the call resolves to.
 *
 * @see `nango.connectSessions.create`
 */
export type CreateConnectSessionsResponse = operations['connectSessions.create']['responses'][201]['content']['application/json'];

/**
 * Create a connect session that repairs an existing connection.: what the call resolves to.
 *
 * @see `nango.connectSessions.reconnect`
 */
export type ReconnectConnectSessionsResponse = operations['connectSessions.reconnect']['responses'][201]['content']['application/json'];

/**
 * Get the connect session the bearer token belongs to.: what the call resolves to.
 *
 * @see `nango.connectSessions.get`
 */
export type GetConnectSessionsResponse = operations['connectSessions.get']['responses'][200]['content']['application/json'];

/**
 * Revoke the connect session the bearer token belongs to.: what the call resolves to.
 *
 * @see `nango.connectSessions.delete`
 */
export type DeleteConnectSessionsResponse = void;
