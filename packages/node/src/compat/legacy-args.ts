import type { ListConnectionsQuery, SyncName } from './compat-types.js';

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
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (first !== undefined && typeof first === 'object') {
    if (first.connectionId) out['connectionId'] = first.connectionId;
    if (first.userId) out['endUserId'] = first.userId;
    if (first.integrationId) out['integrationId'] = Array.isArray(first.integrationId) ? first.integrationId : [first.integrationId];
    if (first.tags) out['tags'] = legacyTags(first.tags);
    if (first.limit) out['limit'] = first.limit;
    if (first.page) out['page'] = first.page;
    return out;
  }
  if (first) out['connectionId'] = first;
  if (search) out['search'] = search;
  if (queries?.endUserId) out['endUserId'] = queries.endUserId;
  if (queries?.endUserOrganizationId) out['endUserOrganizationId'] = queries.endUserOrganizationId;
  if (queries?.limit) out['limit'] = queries.limit;
  if (queries?.page) out['page'] = queries.page;
  return out;
}
