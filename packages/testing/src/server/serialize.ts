import type { Connection } from '../state/connections.js';
import type { Credentials } from '../state/credentials.js';
import type { Integration } from '../state/integrations.js';
import type { ProviderDefinition } from '../state/providers.js';

/** JSON shapes of the API, built from the state. */
export function integrationJson(i: Integration): Record<string, unknown> {
  return {
    unique_key: i.uniqueKey,
    display_name: i.displayName,
    provider: i.provider,
    logo: `https://app.nango.dev/images/template-logos/${i.provider}.svg`,
    forward_webhooks: i.forwardWebhooks,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
  };
}

export function integrationFullJson(i: Integration, include: string[], baseUrl: string): Record<string, unknown> {
  const out = integrationJson(i);
  if (include.includes('webhook')) out['webhook_url'] = `${baseUrl}/webhook/${i.envId}/${i.uniqueKey}`;
  if (include.includes('credentials')) out['credentials'] = i.credentials;
  return out;
}

export function providerJson(name: string, p: ProviderDefinition): Record<string, unknown> {
  return { name, ...p, logo_url: `https://app.nango.dev/images/template-logos/${name}.svg` };
}

function endUserJson(c: Connection): Record<string, unknown> | null {
  if (!c.endUser) return null;
  return {
    id: c.endUser.id,
    email: c.endUser.email ?? null,
    display_name: c.endUser.display_name ?? null,
    tags: c.endUser.tags ?? {},
    organization: c.endUser.organization ?? null,
  };
}

/** An item of `GET /connections` (no credentials). */
export function connectionListItemJson(c: Connection): Record<string, unknown> {
  return {
    id: c.id,
    connection_id: c.connectionId,
    provider: c.provider,
    provider_config_key: c.providerConfigKey,
    created: c.createdAt,
    metadata: c.metadata,
    tags: c.tags,
    errors: c.errors,
    end_user: endUserJson(c),
  };
}

/** Credentials as returned to the caller; the refresh token only when asked for, and an empty object for providers without auth. */
export function credentialsJson(credentials: Credentials, includeRefreshToken: boolean): Credentials {
  if (credentials.type === 'NONE') return {} as Credentials;
  if (includeRefreshToken || credentials.type !== 'OAUTH2') return { ...credentials };
  const { refresh_token: _omitted, ...out } = credentials as Credentials & { refresh_token?: unknown };
  return out as Credentials;
}

/** `ConnectionFull`, as `GET /connections/{id}` returns it. */
export function connectionFullJson(c: Connection, includeRefreshToken: boolean): Record<string, unknown> {
  return {
    id: c.id,
    connection_id: c.connectionId,
    provider_config_key: c.providerConfigKey,
    provider: c.provider,
    errors: c.errors,
    end_user: endUserJson(c),
    metadata: c.metadata,
    connection_config: c.connectionConfig,
    tags: c.tags,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    last_fetched_at: c.lastFetchedAt,
    credentials: credentialsJson(c.credentials, includeRefreshToken),
  };
}
