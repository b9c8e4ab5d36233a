export { Nango } from './compat/compat-client.js';
export type { CompatResponse } from './compat/axios-like.js';
export type {
  CompatAdminProps,
  CompatNangoProps,
  ListConnectionsQuery,
  ListRecordsRequestConfig,
  ProxyConfiguration,
  PruneRecordsRequestConfig,
  SyncName,
  SyncVariantArgs,
} from './compat/compat-types.js';
export type { LegacyToken } from './compat/legacy-token.js';
export {
  NangoAPIError,
  NangoError,
  NangoNotFoundError,
  NangoValidationError,
  NangoTimeoutError,
  NangoAbortError,
} from '@nango-sdk/core';
export { NangoCredentialsUnavailableError } from './errors.js';
