import type { FakeState } from '../fake/state.js';
import { json } from '../server/respond.js';
import { FakeApiError } from '../state/errors.js';
import type { Reply } from '../server/reply.js';

/** `POST /webhook/{environmentId}/{integration}`: a provider's webhook, forwarded to the receiver as a `forward` event. */
export async function webhookIngress(state: FakeState, request: Request, envIdText: string, integrationKey: string): Promise<Reply> {
  const envId = Number(envIdText);
  const integration = Number.isInteger(envId) ? state.integrations.get(envId, integrationKey) : undefined;
  if (!integration) throw new FakeApiError(404, 'not_found', 'Unknown environment or integration');
  const text = await request.text();
  let payload: unknown = text;
  try {
    payload = text === '' ? null : (JSON.parse(text) as unknown);
  } catch {
    payload = text;
  }
  if (integration.forwardWebhooks) {
    const connectionId = request.headers.get('connection-id') ?? undefined;
    void state.webhooks.send(
      { type: 'forward', from: integration.provider, providerConfigKey: integration.uniqueKey, payload, ...(connectionId ? { connectionId } : {}) },
      envId,
    );
  }
  return json(200, { success: true });
}
