/** Error details Nango attaches to failed auth and sync webhooks. */
export interface NangoWebhookErrorPayload {
  readonly type?: string;
  readonly description?: string;
  readonly [key: string]: unknown;
}

/** The end user a connection belongs to, when known. */
export interface NangoWebhookEndUser {
  readonly endUserId?: string;
  readonly organizationId?: string;
  readonly tags?: Readonly<Record<string, string>>;
  readonly [key: string]: unknown;
}

/** Fields every webhook carries. */
interface WebhookBase {
  /** Sender: `nango`, or the provider for forwarded webhooks. */
  readonly from: string;
}

/** What a connection event was about. */
export type NangoAuthOperation = 'creation' | 'override' | 'refresh' | 'unknown';

interface AuthWebhookBase extends WebhookBase {
  readonly type: 'auth';
  readonly connectionId: string;
  readonly providerConfigKey: string;
  readonly authMode: string;
  readonly provider: string;
  readonly environment: string;
  readonly operation: NangoAuthOperation;
  readonly endUser?: NangoWebhookEndUser;
}

/** A connection was created, overridden or refreshed. */
export interface NangoAuthWebhookSuccess extends AuthWebhookBase {
  readonly success: true;
}

/** Creating or refreshing a connection failed. */
export interface NangoAuthWebhookFailure extends AuthWebhookBase {
  readonly success: false;
  readonly error: NangoWebhookErrorPayload;
}

/** Auth (connection) webhook. */
export type NangoAuthWebhook = NangoAuthWebhookSuccess | NangoAuthWebhookFailure;

/** Record counts of a sync run. */
export interface NangoSyncResults {
  readonly added: number;
  readonly updated: number;
  readonly deleted: number;
}

interface SyncWebhookBase extends WebhookBase {
  readonly type: 'sync';
  readonly connectionId: string;
  readonly providerConfigKey: string;
  readonly syncName: string;
  readonly syncVariant?: string;
  readonly model: string;
  readonly syncType: 'INITIAL' | 'INCREMENTAL' | 'WEBHOOK' | (string & {});
  readonly startedAt?: string;
}

/** A sync run finished and changed records. */
export interface NangoSyncWebhookSuccess extends SyncWebhookBase {
  readonly success: true;
  readonly responseResults: NangoSyncResults;
  /** Pass it as `modifiedAfter` to fetch the changed records. */
  readonly modifiedAfter: string;
  /** @deprecated Use `modifiedAfter`. */
  readonly queryTimeStamp?: string | null;
}

/** A sync run failed. */
export interface NangoSyncWebhookFailure extends SyncWebhookBase {
  readonly success: false;
  readonly error: NangoWebhookErrorPayload;
  readonly failedAt?: string;
}

/** Sync webhook. */
export type NangoSyncWebhook = NangoSyncWebhookSuccess | NangoSyncWebhookFailure;

/** A provider webhook that Nango forwards. */
export interface NangoForwardWebhook extends WebhookBase {
  readonly type: 'forward';
  readonly connectionId?: string;
  readonly providerConfigKey: string;
  /** The provider's body as Nango received it. */
  readonly payload: unknown;
}

/** An async action finished; fetch its result from `statusUrl` (or `nango.actions.getResult`). */
export interface NangoAsyncActionWebhook extends WebhookBase {
  readonly type: 'async_action';
  readonly connectionId: string;
  readonly providerConfigKey: string;
  readonly payload: { readonly id: string; readonly statusUrl: string; readonly [key: string]: unknown };
}

/** Every webhook Nango sends, discriminated by `type` (and `success`). */
export type NangoWebhookEvent = NangoAuthWebhook | NangoSyncWebhook | NangoForwardWebhook | NangoAsyncActionWebhook;
