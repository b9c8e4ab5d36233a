import type { OpenApiDocument } from '../server/openapi.js';
import type { ConnectionInput } from '../state/connections.js';
import type { IntegrationCredentials } from '../state/integrations.js';
import type { ProviderCatalog } from '../state/providers.js';

/** An integration to create. */
export interface IntegrationFixture {
  uniqueKey: string;
  provider: string;
  displayName?: string;
  forwardWebhooks?: boolean;
  credentials?: IntegrationCredentials | null;
  /** Environment name (default: the default environment). */
  environment?: string;
}

/** A connection to create; credentials default to fresh ones for the provider's auth mode. */
export interface ConnectionFixture extends Omit<ConnectionInput, 'webhookUrlOverride'> {
  environment?: string;
}

/** Records to add or update for a connection, model and variant. */
export interface RecordsFixture {
  providerConfigKey: string;
  connectionId: string;
  model: string;
  variant?: string;
  records: Record<string, unknown>[];
  environment?: string;
}

/** A sync deployed on an integration. */
export interface SyncFixture {
  providerConfigKey: string;
  name: string;
  frequency?: string;
  models?: string[];
  environment?: string;
}

/** A function deployed on an integration. */
export interface FunctionFixture {
  integrationId: string;
  name: string;
  type: 'sync' | 'action' | 'on-event';
  code?: string;
  description?: string;
  returns?: string[];
  environment?: string;
}

/** Initial state, as JSON (the CLI's `--seed` file has this shape). */
export interface FakeSeed {
  integrations?: IntegrationFixture[];
  connections?: ConnectionFixture[];
  records?: RecordsFixture[];
  syncs?: SyncFixture[];
  functions?: FunctionFixture[];
  /** Actions that always answer with the given output. */
  actions?: Record<string, unknown>;
  environmentVariables?: Record<string, string>;
}

export interface FakeNangoOptions {
  /** Secret key of the default environment (default: a random UUID). */
  secretKey?: string;
  /** Account key for `/environments` and `/environment/api-keys`; when unset, environment keys are accepted there. */
  accountKey?: string;
  /** Webhook signing key of the default environment (default: random). */
  webhookSigningKey?: string;
  /** Base URL the msw handlers intercept and links point to (default `http://localhost:3003`). */
  baseUrl?: string;
  /** Provider catalog (default: the official catalog in Node, a small built-in catalog in browsers). */
  providers?: ProviderCatalog;
  /** OpenAPI document to validate against (default: the bundled spec); `false` turns validation off. */
  spec?: OpenApiDocument | false;
  /** Check every response against the spec and record violations in `fake.violations` (default false). */
  validateResponses?: boolean;
  /** With `validateResponses`, answer 500 instead of the violating response. */
  strictResponses?: boolean;
  /** Requests per minute before 429 (default 1000). */
  rateLimit?: number;
  /** How long a rotated-out signing key stays valid, in ms (default 5 minutes). */
  signingKeyGraceMs?: number;
  /** Largest accepted request body in bytes (default 10 MiB). */
  maxBodyBytes?: number;
  seed?: FakeSeed;
}
