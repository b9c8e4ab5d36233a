import type { RequestTarget } from '../server/incoming.js';
import type { FakeState } from '../fake/state.js';
import { json } from '../server/respond.js';
import { FakeApiError } from '../state/errors.js';
import { completeConnection, integrationForSession, sessionFromQuery } from './complete-connection.js';
import { headlessMode, type HeadlessKind } from './headless-credentials.js';
import type { Reply } from '../server/reply.js';

async function readJson(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new FakeApiError(400, 'invalid_body', 'Malformed JSON body');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new FakeApiError(400, 'invalid_body', 'The body must be a JSON object');
  return value as Record<string, unknown>;
}

/**
 * Headless credential routes (`POST /api-auth/{api-key|basic}/…`, `/auth/{two-step|signature|aws-sigv4|bill|jwt|tba|unauthenticated}/…`,
 * `/oauth2/auth/…`, each with `?connect_session_token=…`): connects without a popup.
 */
export async function headlessAuth(state: FakeState, request: Request, url: RequestTarget, kind: HeadlessKind, integrationKey: string): Promise<Reply> {
  const session = sessionFromQuery(state, url);
  const integration = integrationForSession(state, session, integrationKey);
  const mode = state.authModeOf(integration.provider);
  const expected = headlessMode(kind);
  if (mode !== expected.mode) throw new FakeApiError(400, 'invalid_auth_mode', `Integration '${integrationKey}' uses ${mode}, not ${expected.mode}`);
  const credentials = expected.credentials(await readJson(request), state.clock.now());
  const connection = completeConnection(state, session, integration, url.searchParams.get('connection_id'), credentials);
  return json(200, { providerConfigKey: connection.providerConfigKey, connectionId: connection.connectionId });
}
