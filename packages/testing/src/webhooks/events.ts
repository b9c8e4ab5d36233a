/** Webhook payloads the fake sends, shaped like Nango's. */
export interface AuthWebhook {
  type: 'auth';
  operation: 'creation' | 'override' | 'refresh';
  success: boolean;
  connectionId: string;
  providerConfigKey: string;
  provider: string;
  environment: string;
  authMode: string;
  endUser?: { endUserId: string; organizationId?: string } | undefined;
  tags?: Record<string, string>;
  error?: { type: string; description: string } | undefined;
}

export interface SyncWebhook {
  type: 'sync';
  connectionId: string;
  providerConfigKey: string;
  syncName: string;
  syncVariant: string;
  model: string;
  syncType: 'INCREMENTAL' | 'INITIAL' | 'WEBHOOK';
  success: boolean;
  modifiedAfter: string;
  responseResults: { added: number; updated: number; deleted: number };
  startedAt: string;
  failedAt?: string;
  error?: { type: string; description: string };
}

export interface ForwardWebhook {
  type: 'forward';
  from: string;
  connectionId?: string;
  providerConfigKey: string;
  payload: unknown;
}

export interface AsyncActionWebhook {
  type: 'async_action';
  from: 'nango';
  connectionId: string;
  providerConfigKey: string;
  payload: { id: string; statusUrl: string };
}

export type NangoWebhookEvent = AuthWebhook | SyncWebhook | ForwardWebhook | AsyncActionWebhook;
