import type { Connection } from '../../state/connections.js';
import type { Credentials } from '../../state/credentials.js';
import { FakeApiError } from '../../state/errors.js';
import type { RouteContext } from '../context.js';
import { bool, num, obj, str } from '../read.js';
import { json } from '../respond.js';
import { connectionFullJson, connectionListItemJson } from '../serialize.js';
import { emitAuthWebhook } from './webhook-events.js';
import { connectionsForMetadata, endUserFrom, integrationOr400, validateTags } from './connection-lookup.js';
import type { Reply } from '../reply.js';
import { hasScope } from '../../state/scopes.js';
import { READ_CONNECTION_CREDENTIALS } from '../route-scopes.js';

export function listConnections(ctx: RouteContext): Reply {
  const q = ctx.query;
  const limit = num(q['limit']);
  if (limit !== undefined && (limit < 1 || limit > 2000 || !Number.isInteger(limit))) {
    throw new FakeApiError(400, 'invalid_query_params', undefined, { errors: [{ code: 'too_big', message: 'limit must be between 1 and 2000', path: ['limit'] }] });
  }
  const page = num(q['page']) ?? 0;
  if (page < 0 || !Number.isInteger(page)) {
    throw new FakeApiError(400, 'invalid_query_params', undefined, { errors: [{ code: 'too_small', message: 'page must be 0 or more', path: ['page'] }] });
  }
  const connectionId = str(q['connectionId']);
  const search = str(q['search'])?.toLowerCase();
  const endUserId = str(q['endUserId']);
  const orgId = str(q['endUserOrganizationId']);
  const integrationIds = str(q['integrationId'])?.split(',').filter(Boolean);
  const tags = Object.entries(obj(q['tags'])).map(([k, v]) => [k.toLowerCase(), String(v)] as const);
  const all = ctx.state.connections
    .list(ctx.envId)
    .filter((c) => connectionId === undefined || c.connectionId === connectionId)
    .filter((c) => search === undefined || c.connectionId.toLowerCase().includes(search) || (c.endUser?.email ?? '').toLowerCase().includes(search) || (c.endUser?.display_name ?? '').toLowerCase().includes(search))
    .filter((c) => endUserId === undefined || c.endUser?.id === endUserId)
    .filter((c) => orgId === undefined || c.endUser?.organization?.id === orgId)
    .filter((c) => !integrationIds || integrationIds.includes(c.providerConfigKey))
    .filter((c) => tags.every(([k, v]) => c.tags[k] === v));
  const size = limit ?? 10_000;
  return json(200, { connections: all.slice(page * size, page * size + size).map(connectionListItemJson) });
}

function checkCredentialsType(authMode: string, credentials: Credentials): void {
  const expected = authMode.startsWith('MCP_OAUTH2') ? 'OAUTH2' : authMode;
  if (credentials.type !== expected) {
    throw new FakeApiError(400, 'invalid_body', undefined, { errors: [{ code: 'custom', message: `Credentials of type ${credentials.type} do not match the integration's auth mode ${authMode}`, path: ['credentials', 'type'] }] });
  }
}

function withRaw(credentials: Credentials): Credentials {
  if (['OAUTH2', 'OAUTH1', 'OAUTH2_CC'].includes(credentials.type) && credentials['raw'] === undefined) return { ...credentials, raw: { ...credentials } };
  return credentials;
}

export function createConnection(ctx: RouteContext): Reply {
  const body = obj(ctx.body);
  const integration = integrationOr400(ctx, str(body['provider_config_key']));
  const authMode = ctx.state.authModeOf(integration.provider);
  const credentials = withRaw(obj(body['credentials']) as Credentials);
  checkCredentialsType(authMode, credentials);
  const tags = validateTags(body['tags'], 'tags');
  const endUser = endUserFrom(body['end_user']);
  const existed = str(body['connection_id']) !== undefined && ctx.state.connections.find(ctx.envId, integration.uniqueKey, str(body['connection_id'])!) !== undefined;
  const connection = ctx.state.connections.add(integration, authMode, {
    providerConfigKey: integration.uniqueKey,
    credentials,
    ...(str(body['connection_id']) !== undefined ? { connectionId: str(body['connection_id'])! } : {}),
    ...(body['metadata'] !== undefined ? { metadata: obj(body['metadata']) } : {}),
    ...(body['connection_config'] !== undefined ? { connectionConfig: obj(body['connection_config']) } : {}),
    ...(tags ? { tags } : {}),
    ...(endUser ? { endUser } : {}),
    ...(str(body['webhook_url_override']) !== undefined ? { webhookUrlOverride: str(body['webhook_url_override'])! } : {}),
  });
  emitAuthWebhook(ctx.state, connection, existed ? 'override' : 'creation');
  return json(200, connectionFullJson(connection, true));
}

/** `GET /connections/{id}`: refreshes when forced or expired; 424 when refresh fails. */
export function getConnection(ctx: RouteContext): Reply {
  const integration = integrationOr400(ctx, str(ctx.query['provider_config_key']));
  const connection = ctx.state.connections.require(ctx.envId, integration.uniqueKey, ctx.params['connectionId']!, 404);
  const forceRefresh = bool(ctx.query['force_refresh']) === true || bool(ctx.query['refresh_github_app_jwt_token']) === true;
  const withRefreshToken = bool(ctx.query['refresh_token']) === true;
  const readCredentials = ctx.scopes === undefined || hasScope(ctx.scopes, READ_CONNECTION_CREDENTIALS);
  if (!readCredentials && (forceRefresh || withRefreshToken)) {
    throw new FakeApiError(403, 'forbidden', `Refreshing or reading the refresh token needs the scope '${READ_CONNECTION_CREDENTIALS}'`);
  }
  ctx.state.connections.refreshIfNeeded(connection, forceRefresh);
  const full = connectionFullJson(connection, withRefreshToken);
  if (!readCredentials) delete full['credentials'];
  return json(200, full);
}

export function updateConnection(ctx: RouteContext): Reply {
  const integration = integrationOr400(ctx, str(ctx.query['provider_config_key']));
  const connection = ctx.state.connections.require(ctx.envId, integration.uniqueKey, ctx.params['connectionId']!, 404);
  const body = obj(ctx.body);
  const tags = validateTags(body['tags'], 'tags');
  if (tags) connection.tags = tags;
  if (body['webhook_url_override'] !== undefined) connection.webhookUrlOverride = str(body['webhook_url_override']) || null;
  const endUser = endUserFrom(body['end_user']);
  if (endUser) connection.endUser = endUser;
  connection.updatedAt = ctx.state.clock.iso();
  return json(200, { success: true });
}

export function deleteConnection(ctx: RouteContext): Reply {
  const integration = integrationOr400(ctx, str(ctx.query['provider_config_key']));
  const connection = ctx.state.connections.require(ctx.envId, integration.uniqueKey, ctx.params['connectionId']!);
  ctx.state.connections.delete(connection);
  return json(200, { success: true });
}

function metadataEcho(body: Record<string, unknown>): Record<string, unknown> {
  return { connection_id: body['connection_id'], provider_config_key: body['provider_config_key'], metadata: body['metadata'] };
}

/** POST: replaces the metadata of every listed connection (201). */
export function setMetadata(ctx: RouteContext): Reply {
  const { connections, body } = connectionsForMetadata(ctx);
  for (const c of connections) ctx.state.connections.setMetadata(c, obj(body['metadata']));
  return json(201, metadataEcho(body));
}

/** PATCH: merges the given keys into the metadata of every listed connection (200). */
export function updateMetadata(ctx: RouteContext): Reply {
  const { connections, body } = connectionsForMetadata(ctx);
  for (const c of connections) ctx.state.connections.updateMetadata(c, obj(body['metadata']));
  return json(200, metadataEcho(body));
}

/** Legacy `POST /connection`: flat credential fields turned into the integration's credential type. */
export function legacyCreateConnection(ctx: RouteContext): Reply {
  const body = obj(ctx.body);
  const integration = integrationOr400(ctx, str(body['provider_config_key']));
  const authMode = ctx.state.authModeOf(integration.provider);
  let credentials: Credentials | undefined;
  if (authMode === 'OAUTH2' && str(body['access_token'])) {
    const expiresIn = num(body['expires_in']);
    const expiresAt = str(body['expires_at']) ?? (expiresIn !== undefined ? new Date(ctx.state.clock.now() + expiresIn * 1000).toISOString() : undefined);
    credentials = { type: 'OAUTH2', access_token: str(body['access_token'])!, ...(str(body['refresh_token']) ? { refresh_token: str(body['refresh_token'])! } : {}), ...(expiresAt && body['no_expiration'] !== true ? { expires_at: expiresAt } : {}), raw: {} };
  } else if (authMode === 'OAUTH1' && str(body['oauth_token'])) {
    credentials = { type: 'OAUTH1', oauth_token: str(body['oauth_token'])!, oauth_token_secret: str(body['oauth_token_secret']) ?? '', raw: {} };
  } else if (authMode === 'API_KEY' && str(body['api_key'])) {
    credentials = { type: 'API_KEY', apiKey: str(body['api_key'])! };
  } else if (authMode === 'BASIC' && str(body['username'])) {
    credentials = { type: 'BASIC', username: str(body['username'])!, password: str(body['password']) ?? '' };
  }
  if (!credentials && authMode !== 'NONE') {
    throw new FakeApiError(400, 'invalid_body', undefined, { errors: [{ code: 'custom', message: `Missing credentials for auth mode ${authMode}`, path: [] }] });
  }
  const connection = ctx.state.connections.add(integration, authMode, {
    providerConfigKey: integration.uniqueKey,
    ...(credentials ? { credentials } : {}),
    ...(str(body['connection_id']) !== undefined ? { connectionId: str(body['connection_id'])! } : {}),
    ...(body['metadata'] !== undefined ? { metadata: obj(body['metadata']) } : {}),
    ...(body['connection_config'] !== undefined ? { connectionConfig: obj(body['connection_config']) } : {}),
  });
  return json(200, connectionFullJson(connection, true));
}

export function legacyDeleteConnection(ctx: RouteContext): Reply {
  const integration = integrationOr400(ctx, str(ctx.query['provider_config_key']));
  const connection = ctx.state.connections.require(ctx.envId, integration.uniqueKey, ctx.params['connectionId']!, 404);
  ctx.state.connections.delete(connection);
  return json(200, { success: true });
}

function byIdWithHeader(ctx: RouteContext): Connection {
  const integration = integrationOr400(ctx, ctx.headers.get('provider-config-key') ?? undefined);
  return ctx.state.connections.require(ctx.envId, integration.uniqueKey, ctx.params['connectionId']!, 404);
}

export function legacySetMetadataById(ctx: RouteContext): Reply {
  ctx.state.connections.setMetadata(byIdWithHeader(ctx), obj(ctx.body));
  return new Response(null, { status: 201 });
}

export function legacyUpdateMetadataById(ctx: RouteContext): Reply {
  ctx.state.connections.updateMetadata(byIdWithHeader(ctx), obj(ctx.body));
  return json(200, {});
}
