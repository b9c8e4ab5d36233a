import { AuthError } from '../errors.js';
import type { AuthSuccess } from '../connect-ui/types.js';

/** Outcome of an OAuth flow as reported by the server (websocket or popup postMessage). */
export type FlowOutcome = { ok: AuthSuccess } | { error: AuthError };

type Message = Record<string, unknown>;

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Reads a JSON string or object message; returns undefined when it is not an object. */
export function readMessage(data: unknown): Message | undefined {
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      return undefined;
    }
  }
  return typeof data === 'object' && data !== null ? (data as Message) : undefined;
}

/** Turns a success body (camelCase or snake_case) into an {@link AuthSuccess}. */
export function toAuthSuccess(body: Message, fallbackKey: string, fallbackId?: string): AuthSuccess {
  const result: AuthSuccess = {
    providerConfigKey: str(body['providerConfigKey']) ?? str(body['provider_config_key']) ?? fallbackKey,
    connectionId: str(body['connectionId']) ?? str(body['connection_id']) ?? fallbackId ?? '',
  };
  const pending = body['isPending'] ?? body['is_pending'];
  if (typeof pending === 'boolean') result.isPending = pending;
  return result;
}

const SUCCESS_EVENTS = new Set(['AUTHORIZATION_SUCEEDED', 'AUTHORIZATION_SUCCEEDED']);

/**
 * Parses Nango's completion messages. Over the websocket: `{ message_type: 'success', provider_config_key, connection_id, is_pending }`
 * and `{ message_type: 'error', error_type, error_desc }`. From the callback page to `window.opener`:
 * `{ eventType: 'AUTHORIZATION_SUCEEDED', data: { providerConfigKey, connectionId, isPending } }` and
 * `{ eventType: 'AUTHORIZATION_FAILED', data: { error_type, error_desc } }`. Anything else gives undefined.
 */
export function parseOutcome(data: unknown, integrationId: string): FlowOutcome | undefined {
  const message = readMessage(data);
  if (!message) return undefined;
  const event = message['eventType'] ?? message['message_type'];
  const body = readMessage(message['data']) ?? message;
  if (event === 'success' || SUCCESS_EVENTS.has(event as string)) return { ok: toAuthSuccess(body, integrationId) };
  if (event === 'error' || event === 'AUTHORIZATION_FAILED') {
    return { error: new AuthError(str(body['error_type']) ?? 'unknown_error', str(body['error_desc']) ?? 'The authorization failed.') };
  }
  return undefined;
}
