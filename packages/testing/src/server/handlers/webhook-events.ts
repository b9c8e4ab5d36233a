import type { FakeState } from '../../fake/state.js';
import type { Connection } from '../../state/connections.js';

/** Sends the `auth` webhook for a connection that was created or re-authorised. */
export function emitAuthWebhook(state: FakeState, connection: Connection, operation: 'creation' | 'override'): void {
  void state.webhooks.send(
    {
      type: 'auth',
      operation,
      success: true,
      connectionId: connection.connectionId,
      providerConfigKey: connection.providerConfigKey,
      provider: connection.provider,
      environment: state.envName(connection.envId),
      authMode: connection.credentials.type,
      tags: connection.tags,
      ...(connection.endUser ? { endUser: { endUserId: connection.endUser.id, ...(connection.endUser.organization ? { organizationId: connection.endUser.organization.id } : {}) } } : {}),
    },
    connection.envId,
  );
}

/** Sends a failed `auth` webhook (for example after a refused consent). */
export function emitAuthFailureWebhook(state: FakeState, envId: number, providerConfigKey: string, provider: string, connectionId: string, error: { type: string; description: string }): void {
  void state.webhooks.send(
    { type: 'auth', operation: 'creation', success: false, connectionId, providerConfigKey, provider, environment: state.envName(envId), authMode: state.authModeOf(provider), error },
    envId,
  );
}
