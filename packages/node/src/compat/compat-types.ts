/** Constructor options of the compat client, as the official `@nangohq/node` accepted them. */
export interface CompatNangoProps {
  /** API base URL. Default `NANGO_HOST`, then `https://api.nango.dev`. */
  host?: string | undefined;
  /** Environment secret key. Default `NANGO_SECRET_KEY`. */
  secretKey?: string | undefined;
  /** Same as `secretKey` (the official client's newer name). */
  apiKey?: string | undefined;
  /** Key for `verifyIncomingWebhookRequest`. Default `NANGO_WEBHOOK_SIGNING_KEY`, then the secret key. */
  webhookSigningKey?: string | undefined;
  /** Default connection id for `proxy()`. */
  connectionId?: string | undefined;
  /** Default integration for `proxy()`. */
  providerConfigKey?: string | undefined;
}

/** Second constructor argument of the official client; only `userAgent` is honoured. */
export interface CompatAdminProps {
  userAgent?: string | undefined;
}

/** A sync name, optionally with a variant. */
export type SyncName = string | { name: string; variant: string };

/** Proxy call options of the official client. */
export interface ProxyConfiguration {
  endpoint: string;
  providerConfigKey?: string | undefined;
  connectionId?: string | undefined;
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'get' | 'post' | 'patch' | 'put' | 'delete' | undefined;
  headers?: Record<string, string> | undefined;
  params?: string | Record<string, string | number | string[] | number[]> | undefined;
  data?: unknown | undefined;
  retries?: number | undefined;
  retryOn?: number[] | null | undefined;
  baseUrlOverride?: string | undefined;
  decompress?: boolean | string | undefined;
  responseType?: 'arraybuffer' | 'blob' | 'document' | 'json' | 'text' | 'stream' | undefined;
}

/** Object form of `listConnections()`. */
export interface ListConnectionsQuery {
  connectionId?: string | undefined;
  userId?: string | undefined;
  integrationId?: string | string[] | undefined;
  tags?: Record<string, string> | undefined;
  limit?: number | undefined;
  page?: number | undefined;
}

/** Options of `listRecords()`. */
export interface ListRecordsRequestConfig {
  providerConfigKey: string;
  connectionId: string;
  model: string;
  variant?: string | undefined;
  delta?: string | undefined;
  modifiedAfter?: string | undefined;
  limit?: number | undefined;
  filter?: string | undefined;
  cursor?: string | null | undefined;
  ids?: string[] | undefined;
}

/** Options of `pruneRecords()`. */
export interface PruneRecordsRequestConfig {
  providerConfigKey: string;
  connectionId: string;
  model: string;
  variant?: string | undefined;
  untilCursor: string;
  limit?: number | undefined;
}

/** Arguments of `createSyncVariant()` and `deleteSyncVariant()`. */
export interface SyncVariantArgs {
  name: string;
  variant: string;
  provider_config_key: string;
  connection_id: string;
}
