import type { RequestTarget } from '../server/incoming.js';
import type { FakeState } from '../fake/state.js';
import { emitAuthFailureWebhook } from '../server/handlers/webhook-events.js';
import { FakeApiError } from '../state/errors.js';
import { randomHex } from '../state/ids.js';
import { completeConnection, integrationForSession, sessionFromQuery } from './complete-connection.js';
import { escapeHtml, htmlResponse, scriptJson } from './html.js';

interface PendingAuthorization {
  sessionToken: string;
  integration: string;
  connectionId: string | null;
  wsClientId: string | null;
}

const pendingByState = new WeakMap<FakeState, Map<string, PendingAuthorization>>();

function pending(state: FakeState): Map<string, PendingAuthorization> {
  let map = pendingByState.get(state);
  if (!map) {
    map = new Map();
    pendingByState.set(state, map);
  }
  return map;
}

/** The page that posts the outcome to the opener and closes itself, as Nango's callback page does. */
function resultPage(message: Record<string, unknown>, status = 200): Response {
  return htmlResponse(
    `<p>${escapeHtml(String(message['eventType']))}</p><script>(function(){var m=${scriptJson(message)};if(window.opener){window.opener.postMessage(m,'*');}setTimeout(function(){window.close();},50);})();</script>`,
    status,
  );
}

/** Tells the websocket client of the flow (if any), as Nango's `success`/`error` messages do. */
function notify(state: FakeState, wsClientId: string | null, message: Record<string, unknown>): void {
  if (wsClientId) state.oauthListeners.get(wsClientId)?.(message);
}

function failure(errorType: string, errorDesc: string, status = 200): Response {
  return resultPage({ eventType: 'AUTHORIZATION_FAILED', type: 'AUTHORIZATION_FAILED', data: { error_type: errorType, error_desc: errorDesc } }, status);
}

/** `GET /oauth/connect/{integration}`: a consent page with Allow and Deny links. */
export function oauthConnect(state: FakeState, url: RequestTarget, integrationKey: string): Response {
  let session;
  try {
    session = sessionFromQuery(state, url);
    integrationForSession(state, session, integrationKey);
  } catch (error) {
    if (error instanceof FakeApiError) return failure(error.code, error.message);
    throw error;
  }
  const id = randomHex(16);
  pending(state).set(id, {
    sessionToken: session.token,
    integration: integrationKey,
    connectionId: url.searchParams.get('connection_id'),
    wsClientId: url.searchParams.get('ws_client_id'),
  });
  const allow = `/oauth/callback?state=${id}&code=${randomHex(8)}`;
  const deny = `/oauth/callback?state=${id}&error=access_denied&error_description=${encodeURIComponent('The user denied access')}`;
  return htmlResponse(
    `<main><h1>Authorize ${escapeHtml(integrationKey)}</h1><p>The application asks for access to your account.</p><a id="allow" href="${escapeHtml(allow)}">Allow</a> <a id="deny" href="${escapeHtml(deny)}">Deny</a></main>`,
  );
}

/** `GET /oauth/callback`: creates the connection and tells the opener. */
export function oauthCallback(state: FakeState, url: RequestTarget): Response {
  const id = url.searchParams.get('state') ?? '';
  const auth = pending(state).get(id);
  if (!auth) return failure('invalid_state', 'Unknown or already used OAuth state', 400);
  pending(state).delete(id);
  const session = state.sessions.get(auth.sessionToken);
  if (!session) return failure('unknown_connect_session_token', 'The connect session expired');
  const integration = state.integrations.get(session.envId, auth.integration);
  if (!integration) return failure('unknown_provider_config', 'The integration no longer exists');
  const injected = state.oauthFailures.shift();
  const denied = url.searchParams.get('error');
  if (injected || denied) {
    const errorType = injected?.error_type ?? denied ?? 'unknown_error';
    const errorDesc = injected?.error_desc ?? url.searchParams.get('error_description') ?? 'Authorization failed';
    emitAuthFailureWebhook(state, session.envId, integration.uniqueKey, integration.provider, auth.connectionId ?? '', { type: errorType, description: errorDesc });
    notify(state, auth.wsClientId, { message_type: 'error', error_type: errorType, error_desc: errorDesc });
    return failure(errorType, errorDesc);
  }
  const connection = completeConnection(state, session, integration, auth.connectionId);
  const data = { providerConfigKey: connection.providerConfigKey, connectionId: connection.connectionId, isPending: false };
  notify(state, auth.wsClientId, { message_type: 'success', provider_config_key: connection.providerConfigKey, connection_id: connection.connectionId, is_pending: false });
  return resultPage({ eventType: 'AUTHORIZATION_SUCEEDED', type: 'AUTHORIZATION_SUCEEDED', data, ...data });
}
