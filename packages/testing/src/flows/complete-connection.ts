import type { RequestTarget } from '../server/incoming.js';
import type { FakeState } from '../fake/state.js';
import { emitAuthWebhook } from '../server/handlers/webhook-events.js';
import type { ConnectSession } from '../state/connect-sessions.js';
import type { Connection } from '../state/connections.js';
import type { Credentials } from '../state/credentials.js';
import { FakeApiError } from '../state/errors.js';
import type { Integration } from '../state/integrations.js';

/** The live session for a `connect_session_token` query value, or 401. */
export function sessionFromQuery(state: FakeState, url: RequestTarget): ConnectSession {
  const token = url.searchParams.get('connect_session_token');
  if (!token) throw new FakeApiError(401, 'missing_connect_session_token', 'A connect_session_token is required');
  return state.sessions.require(token);
}

/** The integration a session may connect to, or 400. */
export function integrationForSession(state: FakeState, session: ConnectSession, key: string): Integration {
  const integration = state.integrations.get(session.envId, key);
  if (!integration) throw new FakeApiError(400, 'unknown_provider_config', `Integration '${key}' does not exist`);
  if (session.allowedIntegrations && !session.allowedIntegrations.includes(key)) {
    throw new FakeApiError(400, 'integration_not_allowed', `Integration '${key}' is not allowed by this session`);
  }
  return integration;
}

/** Creates (or, for a reconnect session, re-authorises) the connection and sends the auth webhook. */
export function completeConnection(state: FakeState, session: ConnectSession, integration: Integration, requestedId: string | null, credentials?: Credentials): Connection {
  const connectionId = session.reconnect?.connectionId ?? requestedId ?? undefined;
  const existed = connectionId !== undefined && state.connections.find(session.envId, integration.uniqueKey, connectionId) !== undefined;
  const connection = state.connections.add(integration, state.authModeOf(integration.provider), {
    providerConfigKey: integration.uniqueKey,
    ...(connectionId !== undefined ? { connectionId } : {}),
    ...(credentials ? { credentials } : {}),
    tags: session.tags,
    ...(session.endUser ? { endUser: session.endUser } : {}),
    ...(session.webhookUrlOverride ? { webhookUrlOverride: session.webhookUrlOverride } : {}),
  });
  emitAuthWebhook(state, connection, existed ? 'override' : 'creation');
  return connection;
}
