import { NangoValidationError, type ListConnectionsRequest, type ListFunctionsRequest, type StartSyncsRequestBody, type TriggerSyncsRequestBody } from '@nango-sdk/core';
import type { ListConnectionsQuery, SyncName } from './compat-types.js';

/** The function types the API knows (`action`, `sync`). */
export type FunctionType = NonNullable<ListFunctionsRequest['type']>;

/** The `type` filter of the functions endpoints; the official client took any string and the server checks it. */
export function functionType(type: string | undefined): { type?: FunctionType } {
  return type === undefined ? {} : { type: type as FunctionType };
}

/** A copy of a sync list; anything but an array is rejected. */
export function checkedSyncs(syncs: readonly SyncName[] | undefined): SyncName[] {
  if (syncs !== undefined && !Array.isArray(syncs)) throw new NangoValidationError('syncs must be an array of sync names', 'syncs');
  return syncs ? [...syncs] : [];
}

/** The sync list of the sync endpoints. A list mixing names and `{ name, variant }` objects is forwarded as given, like the official client did. */
export function syncList(syncs: readonly SyncName[] | undefined): StartSyncsRequestBody['syncs'] {
  return checkedSyncs(syncs) as StartSyncsRequestBody['syncs'];
}

/** The `opts` or `sync_mode` of `triggerSync()`: a boolean means full refresh (true) or incremental (false). */
export function triggerSyncOptions(
  opts: { reset?: boolean | undefined; emptyCache?: boolean | undefined } | string | boolean | undefined,
): Pick<TriggerSyncsRequestBody, 'opts' | 'sync_mode'> {
  if (typeof opts === 'boolean') return { sync_mode: opts ? 'full_refresh' : 'incremental' };
  if (typeof opts === 'string') return { sync_mode: opts as NonNullable<TriggerSyncsRequestBody['sync_mode']> };
  if (opts && (opts.reset !== undefined || opts.emptyCache !== undefined)) {
    return { opts: { ...(opts.reset === undefined ? {} : { reset: opts.reset }), ...(opts.emptyCache === undefined ? {} : { emptyCache: opts.emptyCache }) } };
  }
  return {};
}

/** `name` or `name::variant`, as `/sync/status` reads them. */
export function syncNameString(sync: SyncName): string {
  return typeof sync === 'string' ? sync : `${sync.name}::${sync.variant}`;
}

/** Tag keys the way the official client sent them: alias names mapped, the rest lower-cased. */
export function legacyTags(tags: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tags)) {
    if (key === 'displayName') out['end_user_display_name'] = value;
    else if (key === 'email') out['end_user_email'] = value;
    else out[key.toLowerCase()] = value;
  }
  return out;
}

/** The `GET /connections` filters of either `listConnections()` overload. */
export function listConnectionsFilters(
  first: string | ListConnectionsQuery | undefined,
  search: string | undefined,
  queries: { endUserId?: string | undefined; endUserOrganizationId?: string | undefined; limit?: number | undefined; page?: number | undefined } | undefined,
): ListConnectionsRequest {
  const out: ListConnectionsRequest = {};
  if (first !== undefined && typeof first === 'object') {
    if (first.connectionId) out.connectionId = first.connectionId;
    if (first.userId) out.endUserId = first.userId;
    if (first.integrationId) out.integrationId = Array.isArray(first.integrationId) ? first.integrationId : [first.integrationId];
    if (first.tags) out.tags = legacyTags(first.tags);
    if (first.limit) out.limit = first.limit;
    if (first.page) out.page = first.page;
    return out;
  }
  if (first) out.connectionId = first;
  if (search) out.search = search;
  if (queries?.endUserId) out.endUserId = queries.endUserId;
  if (queries?.endUserOrganizationId) out.endUserOrganizationId = queries.endUserOrganizationId;
  if (queries?.limit) out.limit = queries.limit;
  if (queries?.page) out.page = queries.page;
  return out;
}
