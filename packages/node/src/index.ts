export * from '@nango-sdk/core';
export { Nango, type ListedConnectionItem, type NodeConnectionsExtras, type NodeProxyExtras, type NodeRecordsExtras } from './client.js';
export type { NodeClientOptions } from './config/resolve-options.js';
export { ENV_NAMES } from './config/env.js';
export { NangoCredentialsUnavailableError } from './errors.js';
export { NodeWebhooks, type VerifyWebhookOptions } from './webhooks/node-webhooks.js';
export type { RawWebhookInput, WebhookInput } from './webhooks/webhook-input.js';
export type {
  ProxyDownloadRequest,
  ProxyStreamBody,
  ProxyStreamOptions,
  ProxyStreamRequest,
  ProxyTransferResult,
  ProxyUploadRequest,
} from './proxy/proxy-stream-types.js';
export type { ListedConnection, WaitForConnectionOptions } from './connections/wait-for-types.js';
export type { ConnectionToken, ConnectionTokenType } from './tokens/token-types.js';
export type { GetTokenRequest } from './tokens/get-token.js';
export type { CheckpointStore } from './records/checkpoint-store.js';
export { MemoryCheckpointStore } from './records/memory-checkpoint-store.js';
export { FileCheckpointStore } from './records/file-checkpoint-store.js';
export { checkpointKey } from './records/record-sync.js';
export type { NangoRecord, NangoRecordMetadata, RecordChange, RecordSyncOptions } from './records/sync-types.js';
