import type { ConnectSession } from '../../state/connect-sessions.js';
import { FakeApiError } from '../../state/errors.js';
import type { RouteContext } from '../context.js';
import { obj, str } from '../read.js';
import { json, noContent } from '../respond.js';
import { endUserFrom, integrationOr400, validateTags } from './connection-lookup.js';
import type { Reply } from '../reply.js';

function sessionJson(ctx: RouteContext, session: ConnectSession): Record<string, unknown> {
  return {
    token: session.token,
    connect_link: `${ctx.baseUrl}/connect-ui/?session_token=${session.token}`,
    expires_at: new Date(session.expiresAt).toISOString(),
  };
}

function commonInput(ctx: RouteContext, body: Record<string, unknown>): Omit<ConnectSession, 'token' | 'createdAt' | 'expiresAt' | 'envId' | 'reconnect'> {
  const allowed = Array.isArray(body['allowed_integrations']) ? body['allowed_integrations'].map(String) : null;
  for (const key of allowed ?? []) {
    if (!ctx.state.integrations.get(ctx.envId, key)) {
      throw new FakeApiError(400, 'invalid_body', undefined, { errors: [{ code: 'custom', message: `Integration '${key}' does not exist`, path: ['allowed_integrations'] }] });
    }
  }
  const org = obj(body['organization']);
  const endUser = endUserFrom(body['end_user']);
  return {
    tags: validateTags(body['tags'], 'tags') ?? {},
    endUser: endUser ?? null,
    organization: str(org['id']) ? { id: str(org['id'])!, ...(str(org['display_name']) ? { display_name: str(org['display_name'])! } : {}) } : null,
    allowedIntegrations: allowed,
    integrationsConfigDefaults: body['integrations_config_defaults'] ? obj(body['integrations_config_defaults']) : null,
    overrides: body['overrides'] ? obj(body['overrides']) : null,
    webhookUrlOverride: str(body['webhook_url_override']) ?? null,
  };
}

export function createConnectSession(ctx: RouteContext): Reply {
  const body = obj(ctx.body);
  const session = ctx.state.sessions.create(ctx.envId, { ...commonInput(ctx, body), reconnect: null });
  return json(201, { data: sessionJson(ctx, session) });
}

export function createReconnectSession(ctx: RouteContext): Reply {
  const body = obj(ctx.body);
  const integration = integrationOr400(ctx, str(body['integration_id']));
  const connection = ctx.state.connections.require(ctx.envId, integration.uniqueKey, str(body['connection_id']) ?? '');
  const session = ctx.state.sessions.create(ctx.envId, {
    ...commonInput(ctx, body),
    allowedIntegrations: [integration.uniqueKey],
    reconnect: { connectionId: connection.connectionId, integrationId: integration.uniqueKey },
  });
  return json(201, { data: sessionJson(ctx, session) });
}

/** `GET /connect/session` (connect-session token only): what the Connect UI needs. */
export function getConnectSession(ctx: RouteContext): Reply {
  const session = ctx.session!;
  const data: Record<string, unknown> = {
    endUser: session.endUser
      ? { id: session.endUser.id, email: session.endUser.email ?? null, display_name: session.endUser.display_name ?? null, organization: session.endUser.organization ?? null }
      : null,
    connectUISettings: { showWatermark: true, defaultTheme: 'system', theme: { light: { primary: '#00B2E3' }, dark: { primary: '#00B2E3' } } },
    isReconnecting: session.reconnect !== null,
  };
  if (session.allowedIntegrations) data['allowed_integrations'] = session.allowedIntegrations;
  if (session.integrationsConfigDefaults) data['integrations_config_defaults'] = session.integrationsConfigDefaults;
  if (session.overrides) data['overrides'] = session.overrides;
  return json(200, { data });
}

export function deleteConnectSession(ctx: RouteContext): Reply {
  ctx.state.sessions.delete(ctx.session!.token);
  return noContent();
}
