export { Nango, type ActionsNamespace, type NangoNamespaces } from './client.js';
export type { ClientOptions, FetchLike, RequestOptions, RetryOptions, SecretKeySource } from './options.js';
export type { LogLevel, Logger } from './logger.js';
export { VERSION } from './version.js';
export {
  makeAPIError,
  NangoAbortError,
  NangoAPIError,
  NangoAuthenticationError,
  NangoBadRequestError,
  NangoConflictError,
  NangoConnectionError,
  NangoError,
  NangoFailedDependencyError,
  NangoInternalServerError,
  NangoNotFoundError,
  NangoPermissionDeniedError,
  NangoRateLimitError,
  NangoResponseParseError,
  NangoTimeoutError,
  NangoUnprocessableEntityError,
  NangoValidationError,
  NangoWebhookVerificationError,
  type NangoAPIErrorInit,
  type NangoResponseParseErrorInit,
  type NangoValidationIssue,
  type WebhookVerificationFailure,
} from './errors.js';
export { ProxyResource } from './proxy.js';
export type { ProxyBody, ProxyData, ProxyDataByType, ProxyOptions, ProxyQueryValue, ProxyResponse, ProxyResponseType } from './proxy-types.js';
export {
  TypedProxy,
  type OperationOf,
  type PathsWithMethod,
  type TypedProxyMethod,
  type TypedProxyOptions,
  type TypedProxyParams,
  type TypedProxyResponseData,
} from './typed-proxy.js';
export { isValidWebhookSignature, signWebhookBody, verifyWebhook, WEBHOOK_SIGNATURE_HEADER, type VerifyWebhookOptions, type WebhookHeaders, type WebhookRawBody } from './webhooks.js';
export type {
  NangoAsyncActionWebhook,
  NangoAuthOperation,
  NangoAuthWebhook,
  NangoAuthWebhookFailure,
  NangoAuthWebhookSuccess,
  NangoForwardWebhook,
  NangoSyncResults,
  NangoSyncWebhook,
  NangoSyncWebhookFailure,
  NangoSyncWebhookSuccess,
  NangoWebhookEndUser,
  NangoWebhookErrorPayload,
  NangoWebhookEvent,
} from './webhook-events.js';
export type { WaitForResultOptions } from './wait-for-result.js';
export type * from './generated/index.js';
export { operations } from './generated/index.js';
