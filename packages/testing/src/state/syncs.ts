import type { Clock } from './clock.js';
import type { Connection } from './connections.js';
import { FakeApiError } from './errors.js';
import { uuid } from './ids.js';

export type SyncStatus = 'RUNNING' | 'PAUSED' | 'STOPPED' | 'SUCCESS' | 'ERROR';

export interface SyncDefinition {
  envId: number;
  providerConfigKey: string;
  name: string;
  frequency: string;
  models: string[];
}

export interface SyncInstance {
  id: string;
  connectionPk: number;
  name: string;
  variant: string;
  status: SyncStatus;
  frequency: string | null;
  finishedAt: string | null;
  nextScheduledSyncAt: string | null;
  latestResult: Record<string, { added: number; updated: number; deleted: number }>;
  checkpoint: Record<string, unknown> | null;
  triggers: number;
}

const FREQUENCY_RE = /^(every\s+)?(\d+\s*)?(ms|millisecond|milliseconds|s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks)$/i;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Parses a frequency such as `every 30 minutes` or `1h` into milliseconds. */
export function frequencyToMs(frequency: string): number | undefined {
  const match = FREQUENCY_RE.exec(frequency.trim());
  if (!match) return undefined;
  const amount = match[2] ? parseInt(match[2], 10) : 1;
  const unitWord = match[3]!.toLowerCase();
  const unit = unitWord.startsWith('ms') || unitWord.startsWith('milli') ? 'ms' : unitWord[0]!;
  return amount * (UNIT_MS[unit] ?? 0);
}

/** Sync definitions per integration and their per-connection, per-variant state. */
export class SyncStore {
  readonly #clock: Clock;
  readonly #definitions: SyncDefinition[] = [];
  readonly #instances = new Map<string, SyncInstance>();

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  define(def: SyncDefinition): SyncDefinition {
    const existing = this.definition(def.envId, def.providerConfigKey, def.name);
    if (existing) Object.assign(existing, def);
    else this.#definitions.push(def);
    return existing ?? def;
  }

  definition(envId: number, providerConfigKey: string, name: string): SyncDefinition | undefined {
    return this.#definitions.find((d) => d.envId === envId && d.providerConfigKey === providerConfigKey && d.name === name);
  }

  definitions(envId: number, providerConfigKey: string): SyncDefinition[] {
    return this.#definitions.filter((d) => d.envId === envId && d.providerConfigKey === providerConfigKey);
  }

  /** Requires the sync to exist on the connection's integration; 400 `unknown_sync` otherwise. */
  requireDefinition(connectionOrKey: { envId: number; providerConfigKey: string }, name: string): SyncDefinition {
    const def = this.definition(connectionOrKey.envId, connectionOrKey.providerConfigKey, name);
    if (!def) throw new FakeApiError(400, 'unknown_sync', `Sync '${name}' does not exist`);
    return def;
  }

  instance(connection: Connection, name: string, variant = 'base', create = variant === 'base'): SyncInstance | undefined {
    const key = `${connection.id}\u0000${name}\u0000${variant}`;
    let instance = this.#instances.get(key);
    if (!instance && create) {
      const def = this.requireDefinition(connection, name);
      const next = this.#clock.now() + (frequencyToMs(def.frequency) ?? 3_600_000);
      instance = {
        id: uuid(),
        connectionPk: connection.id,
        name,
        variant,
        status: 'SUCCESS',
        frequency: null,
        finishedAt: null,
        nextScheduledSyncAt: new Date(next).toISOString(),
        latestResult: {},
        checkpoint: null,
        triggers: 0,
      };
      this.#instances.set(key, instance);
    }
    return instance;
  }

  instancesFor(connection: Connection): SyncInstance[] {
    for (const def of this.definitions(connection.envId, connection.providerConfigKey)) this.instance(connection, def.name);
    return [...this.#instances.values()].filter((i) => i.connectionPk === connection.id);
  }

  createVariant(connection: Connection, name: string, variant: string): SyncInstance {
    this.requireDefinition(connection, name);
    if (this.instance(connection, name, variant, false)) {
      throw new FakeApiError(400, 'sync_variant_already_exists', `Variant '${variant}' of sync '${name}' already exists`);
    }
    return this.instance(connection, name, variant, true)!;
  }

  deleteVariant(connection: Connection, name: string, variant: string): void {
    const key = `${connection.id}\u0000${name}\u0000${variant}`;
    if (!this.#instances.delete(key)) throw new FakeApiError(404, 'not_found', `Variant '${variant}' of sync '${name}' not found`);
  }

  /** Runs a sync at once (the fake has no scheduler): it finishes successfully and records the time. */
  run(instance: SyncInstance): void {
    const now = this.#clock.now();
    instance.triggers++;
    instance.status = instance.status === 'PAUSED' ? 'PAUSED' : 'SUCCESS';
    instance.finishedAt = new Date(now).toISOString();
    instance.nextScheduledSyncAt = new Date(now + 3_600_000).toISOString();
  }

  dropConnection(connectionPk: number): void {
    for (const [key, i] of this.#instances) if (i.connectionPk === connectionPk) this.#instances.delete(key);
  }

  renameIntegration(envId: number, from: string, to: string): void {
    for (const d of this.#definitions) if (d.envId === envId && d.providerConfigKey === from) d.providerConfigKey = to;
  }
}
