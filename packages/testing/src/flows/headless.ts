import type { FakeState } from '../fake/state.js';
import { json } from '../server/respond.js';
import type { Credentials } from '../state/credentials.js';
import { FakeApiError } from '../state/errors.js';
import { completeConnection, integrationForSession, sessionFromQuery } from './complete-connection.js';
import type { Reply } from '../server/reply.js';

async function readJson(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.trim() === '') return {};
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    throw new FakeApiError(400, 'invalid_body', 'Malformed JSON body');
  }
}

/** `POST /api-auth/{api-key|basic}/{integration}?connect_session_token=...`: connects without a popup. */
export async function headlessAuth(state: FakeState, request: Request, url: URL, kind: 'api-key' | 'basic', integrationKey: string): Promise<Reply> {
  const session = sessionFromQuery(state, url);
  const integration = integrationForSession(state, session, integrationKey);
  const mode = state.authModeOf(integration.provider);
  const expected = kind === 'api-key' ? 'API_KEY' : 'BASIC';
  if (mode !== expected) throw new FakeApiError(400, 'invalid_auth_mode', `Integration '${integrationKey}' uses ${mode}, not ${expected}`);
  const body = await readJson(request);
  let credentials: Credentials;
  if (kind === 'api-key') {
    const apiKey = body['apiKey'];
    if (typeof apiKey !== 'string' || apiKey === '') throw new FakeApiError(400, 'invalid_body', 'apiKey is required', { errors: [{ code: 'invalid_type', message: 'Required', path: ['apiKey'] }] });
    credentials = { type: 'API_KEY', apiKey };
  } else {
    const username = body['username'];
    if (typeof username !== 'string' || username === '') throw new FakeApiError(400, 'invalid_body', 'username is required', { errors: [{ code: 'invalid_type', message: 'Required', path: ['username'] }] });
    credentials = { type: 'BASIC', username, password: typeof body['password'] === 'string' ? body['password'] : '' };
  }
  const connection = completeConnection(state, session, integration, url.searchParams.get('connection_id'), credentials);
  return json(200, { providerConfigKey: connection.providerConfigKey, connectionId: connection.connectionId });
}
