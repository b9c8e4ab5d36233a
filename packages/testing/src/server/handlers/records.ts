import type { Connection } from '../../state/connections.js';
import { FakeApiError } from '../../state/errors.js';
import type { LastAction } from '../../state/records.js';
import type { RouteContext } from '../context.js';
import { num, obj, str, strings } from '../read.js';
import { json, jsonText } from '../respond.js';
import { integrationOr400 } from './connection-lookup.js';
import type { Reply } from '../reply.js';

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** The connection named by the `Connection-Id` and `Provider-Config-Key` headers; 400 `unknown_connection` otherwise. */
export function connectionFromHeaders(ctx: RouteContext): Connection {
  const connectionId = ctx.headers.get('connection-id');
  const key = ctx.headers.get('provider-config-key');
  if (!connectionId || !key) {
    throw new FakeApiError(400, 'invalid_headers', undefined, {
      errors: [{ code: 'invalid_type', message: 'Required', path: [!connectionId ? 'connection-id' : 'provider-config-key'] }],
    });
  }
  const integration = integrationOr400(ctx, key);
  return ctx.state.connections.require(ctx.envId, integration.uniqueKey, connectionId);
}

function queryIssue(path: string, message: string): FakeApiError {
  return new FakeApiError(400, 'invalid_query_params', undefined, { errors: [{ code: 'custom', message, path: [path] }] });
}

function parseFilter(value: unknown): LastAction[] | undefined {
  const raw = strings(value);
  if (!raw) return undefined;
  const parts = raw.flatMap((v) => v.split(',')).map((v) => v.trim().toUpperCase());
  const allowed: Record<string, LastAction> = { ADDED: 'ADDED', UPDATED: 'UPDATED', DELETED: 'DELETED' };
  const out = parts.map((p) => allowed[p]);
  if (out.some((v) => v === undefined) || out.length === 0) throw queryIssue('filter', 'filter must be a comma list of added, updated, deleted');
  return out as LastAction[];
}

export function listRecords(ctx: RouteContext): Reply {
  const connection = connectionFromHeaders(ctx);
  const q = ctx.query;
  const limit = num(q['limit']) ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw queryIssue('limit', 'limit must be an integer between 1 and 10000');
  const modifiedRaw = str(q['modified_after']) ?? str(q['delta']);
  let modifiedAfter: number | undefined;
  if (modifiedRaw !== undefined) {
    modifiedAfter = Date.parse(modifiedRaw);
    if (Number.isNaN(modifiedAfter)) throw queryIssue('modified_after', 'Invalid date');
    if (modifiedAfter < ctx.state.clock.now() - YEAR_MS) throw queryIssue('modified_after', 'modified_after must be within the last 12 months');
  }
  const ids = strings(q['ids']);
  if (ids && ids.length > 100) throw queryIssue('ids', 'At most 100 ids');
  const filter = parseFilter(q['filter']);
  const cursor = str(q['cursor']);
  const page = ctx.state.records.listJson(connection.id, str(q['model']) ?? '', str(q['variant']) ?? 'base', {
    limit,
    ...(cursor !== undefined ? { cursor } : {}),
    ...(filter ? { filter } : {}),
    ...(modifiedAfter !== undefined ? { modifiedAfter } : {}),
    ...(ids ? { ids } : {}),
  });
  return jsonText(200, page.text, page.byteLength);
}

export function pruneRecords(ctx: RouteContext): Reply {
  const connection = connectionFromHeaders(ctx);
  const body = obj(ctx.body);
  const limit = num(body['limit']) ?? 1000;
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
    throw new FakeApiError(400, 'invalid_body', undefined, { errors: [{ code: 'too_big', message: 'limit must be between 1 and 10000', path: ['limit'] }] });
  }
  const result = ctx.state.records.prune(connection.id, str(body['model']) ?? '', str(body['variant']) ?? 'base', str(body['until_cursor']) ?? '', limit);
  return json(200, result);
}
