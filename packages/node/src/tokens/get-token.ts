import type { RequestOptions } from '@nango-sdk/core';
import { NangoCredentialsUnavailableError } from '../errors.js';
import { toConnectionToken } from './to-connection-token.js';
import type { ConnectionToken } from './token-types.js';

/** Options of `nango.getToken()`. */
export interface GetTokenRequest {
  readonly connectionId: string;
  readonly providerConfigKey: string;
  /** Refresh the token on the server first, even when it is not about to expire. */
  readonly forceRefresh?: boolean;
}

/** The slice of `nango.connections` that `getToken` calls. */
export interface ConnectionGetter {
  get(
    request: { connectionId: string; providerConfigKey: string; forceRefresh?: boolean },
    options?: RequestOptions,
  ): PromiseLike<{ credentials?: unknown }>;
}

/** Fetches a connection and narrows its credentials by auth mode. */
export async function getToken(connections: ConnectionGetter, request: GetTokenRequest, options?: RequestOptions): Promise<ConnectionToken> {
  const connection = await connections.get(
    {
      connectionId: request.connectionId,
      providerConfigKey: request.providerConfigKey,
      ...(request.forceRefresh === undefined ? {} : { forceRefresh: request.forceRefresh }),
    },
    options,
  );
  const credentials = connection.credentials;
  if (!credentials || typeof credentials !== 'object') {
    throw new NangoCredentialsUnavailableError(request.connectionId, request.providerConfigKey);
  }
  return toConnectionToken(credentials as Record<string, unknown>);
}
