import type { Clock } from './clock.js';
import { FakeApiError, invalidBody } from './errors.js';
import type { ProviderCatalog } from './providers.js';

export type IntegrationCredentials =
  | { type: 'OAUTH1' | 'OAUTH2' | 'TBA'; client_id: string; client_secret: string; scopes?: string; webhook_secret?: string }
  | { type: 'APP'; app_id: string; app_link: string; private_key: string }
  | { type: 'CUSTOM'; client_id: string; client_secret: string; app_id: string; app_link: string; private_key: string };

export interface Integration {
  envId: number;
  uniqueKey: string;
  provider: string;
  displayName: string;
  forwardWebhooks: boolean;
  credentials: IntegrationCredentials | null;
  integrationConfig: Record<string, string>;
  custom: Record<string, string> | null;
  createdAt: string;
  updatedAt: string;
}

export interface IntegrationInput {
  uniqueKey: string;
  provider: string;
  displayName?: string;
  forwardWebhooks?: boolean;
  credentials?: IntegrationCredentials | null;
  integrationConfig?: Record<string, string>;
  custom?: Record<string, string> | null;
}

export interface IntegrationPatch {
  uniqueKey?: string;
  displayName?: string;
  forwardWebhooks?: boolean;
  credentials?: IntegrationCredentials | null;
  integrationConfig?: Record<string, string>;
  custom?: Record<string, string> | null;
}

const key = (envId: number, uniqueKey: string): string => `${envId}\u0000${uniqueKey}`;

/** Integrations (provider configs) per environment. */
export class IntegrationStore {
  readonly #clock: Clock;
  readonly #providers: ProviderCatalog;
  readonly #items = new Map<string, Integration>();
  /** Called after an integration is removed, so dependent state can be dropped. */
  onDelete: (integration: Integration) => void = () => undefined;
  /** Called after an integration's unique key changes. */
  onRename: (integration: Integration, previousKey: string) => void = () => undefined;

  constructor(clock: Clock, providers: ProviderCatalog) {
    this.#clock = clock;
    this.#providers = providers;
  }

  add(envId: number, input: IntegrationInput): Integration {
    const provider = this.#providers[input.provider];
    if (!provider) {
      throw invalidBody([{ code: 'invalid_string', message: 'Invalid provider', path: ['provider'] }]);
    }
    if (this.#items.has(key(envId, input.uniqueKey))) {
      throw invalidBody([{ code: 'invalid_string', message: 'Unique key already exists', path: ['unique_key'] }]);
    }
    const now = this.#clock.iso();
    const integration: Integration = {
      envId,
      uniqueKey: input.uniqueKey,
      provider: input.provider,
      displayName: input.displayName ?? provider.display_name,
      forwardWebhooks: input.forwardWebhooks ?? true,
      credentials: input.credentials ?? null,
      integrationConfig: input.integrationConfig ?? {},
      custom: input.custom ?? null,
      createdAt: now,
      updatedAt: now,
    };
    this.#items.set(key(envId, integration.uniqueKey), integration);
    return integration;
  }

  get(envId: number, uniqueKey: string): Integration | undefined {
    return this.#items.get(key(envId, uniqueKey));
  }

  require(envId: number, uniqueKey: string): Integration {
    const found = this.get(envId, uniqueKey);
    if (!found) throw new FakeApiError(404, 'not_found', 'Integration does not exist');
    return found;
  }

  list(envId: number): Integration[] {
    return [...this.#items.values()].filter((i) => i.envId === envId);
  }

  update(envId: number, uniqueKey: string, patch: IntegrationPatch): Integration {
    const integration = this.require(envId, uniqueKey);
    if (patch.uniqueKey !== undefined && patch.uniqueKey !== uniqueKey) {
      if (this.#items.has(key(envId, patch.uniqueKey))) {
        throw invalidBody([{ code: 'invalid_string', message: 'Unique key already exists', path: ['unique_key'] }]);
      }
      this.#items.delete(key(envId, uniqueKey));
      integration.uniqueKey = patch.uniqueKey;
      this.#items.set(key(envId, patch.uniqueKey), integration);
      this.onRename(integration, uniqueKey);
    }
    if (patch.displayName !== undefined) integration.displayName = patch.displayName;
    if (patch.forwardWebhooks !== undefined) integration.forwardWebhooks = patch.forwardWebhooks;
    if (patch.credentials !== undefined) integration.credentials = patch.credentials;
    if (patch.integrationConfig !== undefined) integration.integrationConfig = patch.integrationConfig;
    if (patch.custom !== undefined) integration.custom = patch.custom;
    integration.updatedAt = this.#clock.iso();
    return integration;
  }

  delete(envId: number, uniqueKey: string): void {
    const integration = this.require(envId, uniqueKey);
    this.#items.delete(key(envId, uniqueKey));
    this.onDelete(integration);
  }
}
