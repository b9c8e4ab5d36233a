import type { FakeState } from '../../fake/state.js';
import type { Connection } from '../../state/connections.js';
import { FakeApiError } from '../../state/errors.js';
import { frequencyToMs, type SyncInstance } from '../../state/syncs.js';
import type { RouteContext } from '../context.js';
import { obj, str } from '../read.js';
import { json } from '../respond.js';
import { integrationOr400 } from './connection-lookup.js';
import type { Reply } from '../reply.js';

interface SyncRef {
  name: string;
  variant: string;
}

function syncRefs(value: unknown): SyncRef[] {
  if (!Array.isArray(value)) throw new FakeApiError(400, 'invalid_body', undefined, { errors: [{ code: 'invalid_type', message: 'Required', path: ['syncs'] }] });
  return value.map((item) => (typeof item === 'string' ? { name: item, variant: 'base' } : { name: str(obj(item)['name']) ?? '', variant: str(obj(item)['variant']) ?? 'base' }));
}

/** The connections a sync command targets: one, or every connection of the integration. */
function targetConnections(ctx: RouteContext, body: Record<string, unknown>): Connection[] {
  const key = str(body['provider_config_key']) ?? ctx.headers.get('provider-config-key') ?? undefined;
  const integration = integrationOr400(ctx, key);
  const connectionId = str(body['connection_id']) ?? ctx.headers.get('connection-id') ?? undefined;
  if (connectionId !== undefined) return [ctx.state.connections.require(ctx.envId, integration.uniqueKey, connectionId)];
  return ctx.state.connections.list(ctx.envId).filter((c) => c.providerConfigKey === integration.uniqueKey);
}

function instancesFor(state: FakeState, connections: Connection[], refs: SyncRef[]): { connection: Connection; instance: SyncInstance }[] {
  const out: { connection: Connection; instance: SyncInstance }[] = [];
  for (const connection of connections) {
    for (const ref of refs) {
      state.syncs.requireDefinition(connection, ref.name);
      const instance = state.syncs.instance(connection, ref.name, ref.variant);
      if (!instance) throw new FakeApiError(400, 'unknown_sync', `Variant '${ref.variant}' of sync '${ref.name}' does not exist`);
      out.push({ connection, instance });
    }
  }
  return out;
}

/** Runs a sync now and sends one `sync` webhook per model. */
export function runSync(state: FakeState, connection: Connection, instance: SyncInstance): void {
  const startedAt = state.clock.iso();
  state.syncs.run(instance);
  const def = state.syncs.requireDefinition(connection, instance.name);
  const counts = state.records.counts(connection.id, instance.variant);
  for (const model of def.models.length ? def.models : [instance.name]) {
    const result = { added: counts[model] ?? 0, updated: 0, deleted: 0 };
    instance.latestResult[model] = result;
    void state.webhooks.send(
      {
        type: 'sync',
        connectionId: connection.connectionId,
        providerConfigKey: connection.providerConfigKey,
        syncName: instance.name,
        syncVariant: instance.variant,
        model,
        syncType: instance.triggers > 1 ? 'INCREMENTAL' : 'INITIAL',
        success: true,
        modifiedAfter: startedAt,
        responseResults: result,
        startedAt,
      },
      connection.envId,
    );
  }
}

export function triggerSync(ctx: RouteContext): Reply {
  const body = obj(ctx.body);
  const targets = instancesFor(ctx.state, targetConnections(ctx, body), syncRefs(body['syncs']));
  for (const { connection, instance } of targets) runSync(ctx.state, connection, instance);
  return json(200, { success: true });
}

export function startSync(ctx: RouteContext): Reply {
  const body = obj(ctx.body);
  for (const { instance } of instancesFor(ctx.state, targetConnections(ctx, body), syncRefs(body['syncs']))) {
    if (instance.status === 'PAUSED' || instance.status === 'STOPPED') instance.status = 'SUCCESS';
  }
  return json(200, { success: true });
}

export function pauseSync(ctx: RouteContext): Reply {
  const body = obj(ctx.body);
  for (const { instance } of instancesFor(ctx.state, targetConnections(ctx, body), syncRefs(body['syncs']))) instance.status = 'PAUSED';
  return json(200, { success: true });
}

export function syncStatus(ctx: RouteContext): Reply {
  const integration = integrationOr400(ctx, str(ctx.query['provider_config_key']));
  const connectionId = str(ctx.query['connection_id']);
  const rawSyncs = ctx.query['syncs'];
  const names = (Array.isArray(rawSyncs) ? rawSyncs.map(String) : String(rawSyncs ?? '').split(',')).filter(Boolean);
  const connections = connectionId !== undefined
    ? [ctx.state.connections.require(ctx.envId, integration.uniqueKey, connectionId)]
    : ctx.state.connections.list(ctx.envId).filter((c) => c.providerConfigKey === integration.uniqueKey);
  const syncs: Record<string, unknown>[] = [];
  for (const connection of connections) {
    const counts = (variant: string): Record<string, number> => ctx.state.records.counts(connection.id, variant);
    for (const instance of ctx.state.syncs.instancesFor(connection)) {
      const label = instance.variant === 'base' ? instance.name : `${instance.name}::${instance.variant}`;
      if (!names.includes('*') && !names.includes(label) && !(instance.variant === 'base' && names.includes(`${instance.name}::base`))) continue;
      const def = ctx.state.syncs.requireDefinition(connection, instance.name);
      syncs.push({
        id: instance.id,
        connection_id: connection.connectionId,
        name: instance.name,
        variant: instance.variant,
        status: instance.status,
        type: instance.triggers > 1 ? 'INCREMENTAL' : 'INITIAL',
        ...(instance.finishedAt ? { finishedAt: instance.finishedAt } : {}),
        ...(instance.nextScheduledSyncAt ? { nextScheduledSyncAt: instance.nextScheduledSyncAt } : {}),
        frequency: instance.frequency ?? def.frequency,
        latestResult: instance.latestResult,
        recordCount: counts(instance.variant),
        checkpoint: instance.checkpoint,
      });
    }
  }
  for (const name of names) {
    if (name === '*') continue;
    const base = name.split('::')[0]!;
    if (!ctx.state.syncs.definition(ctx.envId, integration.uniqueKey, base)) throw new FakeApiError(400, 'unknown_sync', `Sync '${base}' does not exist`);
  }
  return json(200, { syncs });
}

function variantTarget(ctx: RouteContext): { connection: Connection; name: string; variant: string } {
  const body = obj(ctx.body);
  const integration = integrationOr400(ctx, str(body['provider_config_key']));
  const connection = ctx.state.connections.require(ctx.envId, integration.uniqueKey, str(body['connection_id']) ?? '');
  return { connection, name: ctx.params['name']!, variant: ctx.params['variant']! };
}

export function createSyncVariant(ctx: RouteContext): Reply {
  if (ctx.params['variant']!.toLowerCase() === 'base') throw new FakeApiError(400, 'invalid_variant', "The variant name 'base' is reserved");
  const { connection, name, variant } = variantTarget(ctx);
  const instance = ctx.state.syncs.createVariant(connection, name, variant);
  return json(200, { id: instance.id, name, variant });
}

export function deleteSyncVariant(ctx: RouteContext): Reply {
  if (ctx.params['variant']!.toLowerCase() === 'base') throw new FakeApiError(400, 'invalid_variant', "The variant name 'base' is reserved");
  const { connection, name, variant } = variantTarget(ctx);
  ctx.state.syncs.deleteVariant(connection, name, variant);
  return json(200, { success: true });
}

export function updateSyncFrequency(ctx: RouteContext): Reply {
  const body = obj(ctx.body);
  const integration = integrationOr400(ctx, str(body['provider_config_key']));
  const connection = ctx.state.connections.require(ctx.envId, integration.uniqueKey, str(body['connection_id']) ?? '');
  const name = str(body['sync_name']) ?? '';
  const def = ctx.state.syncs.requireDefinition(connection, name);
  const instance = ctx.state.syncs.instance(connection, name, str(body['sync_variant']) ?? 'base');
  if (!instance) throw new FakeApiError(400, 'unknown_sync', `Sync '${name}' does not exist`);
  const frequency = body['frequency'];
  if (frequency === null) {
    instance.frequency = null;
    return json(200, { frequency: def.frequency });
  }
  const ms = typeof frequency === 'string' ? frequencyToMs(frequency) : undefined;
  if (ms === undefined || ms < 30_000) {
    throw new FakeApiError(400, 'invalid_body', undefined, { errors: [{ code: 'custom', message: 'frequency must be a duration of at least 30 seconds', path: ['frequency'] }] });
  }
  instance.frequency = frequency as string;
  return json(200, { frequency });
}
