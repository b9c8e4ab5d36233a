/**
 * Browser-safe entry: the fake, without the Node HTTP server, CLI or the official provider catalog. The msw handlers
 * live in `@nango-sdk/testing/msw`, so importing this entry never loads msw.
 * @packageDocumentation
 */
export { createFakeNango, applySeed, type FakeNango } from './fake/create-fake.js';
export type { FakeNangoOptions, FakeSeed, IntegrationFixture, ConnectionFixture, RecordsFixture, SyncFixture, FunctionFixture } from './fake/options.js';
export type { FaultSpec } from './faults/types.js';
export { ActionUpstreamError, type ActionHandler, type ActionContext } from './state/actions.js';
export { builtinProviders, type ProviderCatalog, type ProviderDefinition } from './state/providers.js';
export type { Credentials } from './state/credentials.js';
export type { Connection, EndUser } from './state/connections.js';
export type { Integration } from './state/integrations.js';
export type { LoggedRequest } from './state/request-log.js';
export type { ResponseViolation } from './server/response-validator.js';
export type { OpenApiDocument } from './server/openapi.js';
export type { WebhookDelivery, WebhookTarget } from './webhooks/dispatcher.js';
export type { NangoWebhookEvent, AuthWebhook, SyncWebhook, ForwardWebhook, AsyncActionWebhook } from './webhooks/events.js';
export { stableStringify } from './webhooks/stable-stringify.js';
export { hmacSha256Hex, legacySignatureHex } from './webhooks/sign.js';
