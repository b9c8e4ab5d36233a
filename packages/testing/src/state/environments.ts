import type { Clock } from './clock.js';
import { FakeApiError } from './errors.js';
import { randomHex, secretKey as newSecretKey } from './ids.js';
import { ENVIRONMENT_SCOPES } from './scopes.js';

/** How long a rotated-out webhook signing key stays valid. */
export const DEFAULT_SIGNING_KEY_GRACE_MS = 5 * 60 * 1000;

export interface ApiKey {
  id: number;
  displayName: string;
  secret: string;
  scopes: string[];
  createdAt: string;
}

export interface SigningKey {
  key: string;
  /** Epoch ms after which the key no longer verifies; undefined for the current key. */
  validUntil?: number;
}

export interface Environment {
  id: number;
  name: string;
  isProduction: boolean;
  apiKeys: ApiKey[];
  signingKeys: SigningKey[];
  variables: { name: string; value: string }[];
  callbackUrl?: string;
}

export interface EnvironmentInput {
  name: string;
  secretKey?: string;
  webhookSigningKey?: string;
  variables?: Record<string, string>;
  isProduction?: boolean;
}

/** Environments, their secret keys, webhook signing keys and variables. */
export class EnvironmentStore {
  readonly #clock: Clock;
  readonly #envs = new Map<number, Environment>();
  #nextEnvId = 1;
  #nextKeyId = 1;
  readonly graceMs: number;

  constructor(clock: Clock, graceMs = DEFAULT_SIGNING_KEY_GRACE_MS) {
    this.#clock = clock;
    this.graceMs = graceMs;
  }

  add(input: EnvironmentInput): Environment {
    if (this.byName(input.name)) throw new FakeApiError(409, 'conflict', `Environment '${input.name}' already exists`);
    const env: Environment = {
      id: this.#nextEnvId++,
      name: input.name,
      isProduction: input.isProduction ?? input.name === 'prod',
      apiKeys: [],
      signingKeys: [{ key: input.webhookSigningKey ?? randomHex(32) }],
      variables: Object.entries(input.variables ?? {}).map(([name, value]) => ({ name, value })),
    };
    this.#envs.set(env.id, env);
    this.addApiKey(env.id, 'default', input.secretKey ?? newSecretKey());
    return env;
  }

  get(id: number): Environment | undefined {
    return this.#envs.get(id);
  }

  byName(name: string): Environment | undefined {
    return [...this.#envs.values()].find((e) => e.name === name);
  }

  list(): Environment[] {
    return [...this.#envs.values()];
  }

  /** The API key with this secret and its environment, if any. */
  keyBySecret(secret: string): { env: Environment; key: ApiKey } | undefined {
    for (const env of this.#envs.values()) {
      const key = env.apiKeys.find((k) => k.secret === secret);
      if (key) return { env, key };
    }
    return undefined;
  }

  delete(id: number): void {
    const env = this.#envs.get(id);
    if (!env) throw new FakeApiError(404, 'not_found', 'Environment not found');
    if (env.name === 'prod') throw new FakeApiError(400, 'cannot_delete_prod_environment', 'The prod environment cannot be deleted');
    this.#envs.delete(id);
  }

  addApiKey(envId: number, displayName: string, secret = newSecretKey(), scopes: readonly string[] = [ENVIRONMENT_SCOPES]): ApiKey {
    const env = this.#envs.get(envId);
    if (!env) throw new FakeApiError(404, 'not_found', 'Environment not found');
    if (env.apiKeys.some((k) => k.displayName === displayName && displayName !== 'default')) {
      throw new FakeApiError(409, 'conflict', 'An API key with this display name already exists');
    }
    const key: ApiKey = { id: this.#nextKeyId++, displayName, secret, scopes: [...scopes], createdAt: this.#clock.iso() };
    env.apiKeys.push(key);
    return key;
  }

  deleteApiKey(envId: number, keyId: number): void {
    const env = this.#envs.get(envId);
    if (!env) throw new FakeApiError(404, 'not_found', 'Environment not found');
    const index = env.apiKeys.findIndex((k) => k.id === keyId);
    if (index < 0) throw new FakeApiError(404, 'not_found', 'API key not found');
    env.apiKeys.splice(index, 1);
  }

  /** The key webhooks are signed with now. */
  currentSigningKey(envId: number): string {
    const env = this.#require(envId);
    return env.signingKeys[0]!.key;
  }

  /** Every key that still verifies: the current one and any rotated-out key inside its grace window. */
  validSigningKeys(envId: number): string[] {
    const env = this.#require(envId);
    const now = this.#clock.now();
    return env.signingKeys.filter((k) => k.validUntil === undefined || k.validUntil > now).map((k) => k.key);
  }

  rotateSigningKey(envId: number): string {
    const env = this.#require(envId);
    const now = this.#clock.now();
    env.signingKeys = env.signingKeys.filter((k) => k.validUntil === undefined || k.validUntil > now);
    if (env.signingKeys.length > 1) {
      throw new FakeApiError(409, 'conflict', 'A previous signing key is still valid; wait for its window to close');
    }
    const previous = env.signingKeys[0]!;
    previous.validUntil = now + this.graceMs;
    const next = randomHex(32);
    env.signingKeys = [{ key: next }, previous];
    return next;
  }

  setVariable(envId: number, name: string, value: string): void {
    const env = this.#require(envId);
    const existing = env.variables.find((v) => v.name === name);
    if (existing) existing.value = value;
    else env.variables.push({ name, value });
  }

  #require(envId: number): Environment {
    const env = this.#envs.get(envId);
    if (!env) throw new FakeApiError(404, 'not_found', 'Environment not found');
    return env;
  }
}
