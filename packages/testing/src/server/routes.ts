import type { AuthKind, RouteHandler } from './context.js';
import * as actions from './handlers/actions.js';
import * as connections from './handlers/connections.js';
import * as sessions from './handlers/connect-sessions.js';
import * as environments from './handlers/environments.js';
import * as functions from './handlers/functions.js';
import * as integrations from './handlers/integrations.js';
import * as providers from './handlers/providers.js';
import { proxyRequest } from './handlers/proxy.js';
import { routeScopes } from './route-scopes.js';
import * as records from './handlers/records.js';
import * as syncs from './handlers/syncs.js';

/** One operation of the public API. */
export interface Route {
  operationId: string;
  method: string;
  /** Path template as in the spec (`/connections/{connectionId}`). */
  path: string;
  auth: AuthKind;
  /** Scope an API key needs (see {@link routeScopes}). */
  scope?: string;
  handler: RouteHandler;
  /** Query and body pass through unchecked (the proxy). */
  passthrough?: boolean;
}

const r = (operationId: string, method: string, path: string, handler: RouteHandler, auth: AuthKind = 'secret', passthrough = false): Route => ({
  operationId,
  method,
  path,
  handler,
  auth,
  ...(routeScopes[operationId] !== undefined ? { scope: routeScopes[operationId] } : {}),
  ...(passthrough ? { passthrough } : {}),
});

/** The 60 operations. */
export const routes: readonly Route[] = [
  r('providers.list', 'GET', '/providers', providers.listProviders, 'either'),
  r('providers.get', 'GET', '/providers/{provider}', providers.getProvider, 'either'),
  r('providers.listTemplates', 'GET', '/providers/{provider}/templates', providers.listProviderTemplates),
  r('integrations.list', 'GET', '/integrations', integrations.listIntegrations, 'either'),
  r('integrations.create', 'POST', '/integrations', integrations.createIntegration),
  r('integrations.createQuickstart', 'POST', '/integrations/quickstart', integrations.createQuickstartIntegration),
  r('integrations.get', 'GET', '/integrations/{uniqueKey}', integrations.getIntegration, 'either'),
  r('integrations.update', 'PATCH', '/integrations/{uniqueKey}', integrations.updateIntegration),
  r('integrations.delete', 'DELETE', '/integrations/{uniqueKey}', integrations.deleteIntegration),
  r('functions.list', 'GET', '/integrations/{uniqueKey}/functions', functions.listFunctions),
  r('functions.get', 'GET', '/integrations/{uniqueKey}/functions/{name}', functions.getFunction),
  r('functions.delete', 'DELETE', '/integrations/{uniqueKey}/functions/{name}', functions.deleteFunction),
  r('functions.getCode', 'GET', '/integrations/{uniqueKey}/functions/{name}/code', functions.getFunctionCode),
  r('functions.getScriptsConfig', 'GET', '/scripts/config', functions.getScriptsConfig),
  r('functions.compile', 'POST', '/functions/compile', functions.compileFunction),
  r('functions.createDryrun', 'POST', '/functions/dryruns', functions.createDryrun),
  r('functions.getDryrun', 'GET', '/functions/dryruns/{id}', functions.getDryrun),
  r('functions.createDeployment', 'POST', '/functions/deployments', functions.createDeployment),
  r('functions.getDeployment', 'GET', '/functions/deployments/{id}', functions.getDeployment),
  r('legacyConnections.list', 'GET', '/connection', connections.listConnections),
  r('legacyConnections.create', 'POST', '/connection', connections.legacyCreateConnection),
  r('legacyConnections.get', 'GET', '/connection/{connectionId}', connections.getConnection),
  r('legacyConnections.delete', 'DELETE', '/connection/{connectionId}', connections.legacyDeleteConnection),
  r('legacyConnections.setMetadata', 'POST', '/connection/metadata', connections.setMetadata),
  r('legacyConnections.updateMetadata', 'PATCH', '/connection/metadata', connections.updateMetadata),
  r('legacyConnections.setMetadataById', 'POST', '/connection/{connectionId}/metadata', connections.legacySetMetadataById),
  r('legacyConnections.updateMetadataById', 'PATCH', '/connection/{connectionId}/metadata', connections.legacyUpdateMetadataById),
  r('connections.list', 'GET', '/connections', connections.listConnections),
  r('connections.create', 'POST', '/connections', connections.createConnection),
  r('connections.get', 'GET', '/connections/{connectionId}', connections.getConnection),
  r('connections.update', 'PATCH', '/connections/{connectionId}', connections.updateConnection),
  r('connections.delete', 'DELETE', '/connections/{connectionId}', connections.deleteConnection),
  r('connections.setMetadata', 'POST', '/connections/metadata', connections.setMetadata),
  r('connections.updateMetadata', 'PATCH', '/connections/metadata', connections.updateMetadata),
  r('records.list', 'GET', '/records', records.listRecords),
  r('records.prune', 'PATCH', '/records/prune', records.pruneRecords),
  r('syncs.trigger', 'POST', '/sync/trigger', syncs.triggerSync),
  r('syncs.start', 'POST', '/sync/start', syncs.startSync),
  r('syncs.pause', 'POST', '/sync/pause', syncs.pauseSync),
  r('syncs.status', 'GET', '/sync/status', syncs.syncStatus),
  r('syncs.createVariant', 'POST', '/sync/{name}/variant/{variant}', syncs.createSyncVariant),
  r('syncs.deleteVariant', 'DELETE', '/sync/{name}/variant/{variant}', syncs.deleteSyncVariant),
  r('syncs.updateFrequency', 'PUT', '/sync/update-connection-frequency', syncs.updateSyncFrequency),
  r('actions.trigger', 'POST', '/action/trigger', actions.triggerAction),
  r('actions.getResult', 'GET', '/action/{actionId}', actions.getActionResult),
  r('environments.create', 'POST', '/environments', environments.createEnvironment, 'account'),
  r('environments.delete', 'DELETE', '/environments/{environmentId}', environments.deleteEnvironment, 'account'),
  r('apiKeys.create', 'POST', '/environment/api-keys', environments.createApiKey, 'account'),
  r('apiKeys.delete', 'DELETE', '/environment/api-keys', environments.deleteApiKey, 'account'),
  r('environmentVariables.list', 'GET', '/environment-variables', environments.listEnvironmentVariables),
  r('webhookSigningKey.rotate', 'POST', '/environment/webhook-signing-key/rotate', environments.rotateWebhookSigningKey),
  r('proxy.get', 'GET', '/proxy/{path}', proxyRequest, 'secret', true),
  r('proxy.post', 'POST', '/proxy/{path}', proxyRequest, 'secret', true),
  r('proxy.put', 'PUT', '/proxy/{path}', proxyRequest, 'secret', true),
  r('proxy.patch', 'PATCH', '/proxy/{path}', proxyRequest, 'secret', true),
  r('proxy.delete', 'DELETE', '/proxy/{path}', proxyRequest, 'secret', true),
  r('connectSessions.create', 'POST', '/connect/sessions', sessions.createConnectSession),
  r('connectSessions.reconnect', 'POST', '/connect/sessions/reconnect', sessions.createReconnectSession),
  r('connectSessions.get', 'GET', '/connect/session', sessions.getConnectSession, 'session'),
  r('connectSessions.delete', 'DELETE', '/connect/session', sessions.deleteConnectSession, 'session'),
];
