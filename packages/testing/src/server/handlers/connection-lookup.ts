import type { Connection, EndUser } from '../../state/connections.js';
import { FakeApiError } from '../../state/errors.js';
import type { Integration } from '../../state/integrations.js';
import type { RouteContext } from '../context.js';
import { obj, str } from '../read.js';

/** The integration named by a request, or 400 `unknown_provider_config`. */
export function integrationOr400(ctx: RouteContext, key: string | undefined): Integration {
  const integration = key === undefined ? undefined : ctx.state.integrations.get(ctx.envId, key);
  if (!integration) throw new FakeApiError(400, 'unknown_provider_config', 'Integration does not exist');
  return integration;
}

/** Reads the deprecated `end_user` body object. */
export function endUserFrom(value: unknown): EndUser | undefined {
  const raw = obj(value);
  const id = str(raw['id']);
  if (!id) return undefined;
  const org = obj(raw['organization']);
  return {
    id,
    email: str(raw['email']) ?? null,
    display_name: str(raw['display_name']) ?? null,
    ...(raw['tags'] ? { tags: obj(raw['tags']) } : {}),
    organization: str(org['id']) ? { id: str(org['id'])!, display_name: str(org['display_name']) ?? null } : null,
  };
}

/** Resolves one or many connection ids, all-or-nothing: an unknown id fails the whole request. */
export function connectionsForMetadata(ctx: RouteContext): { connections: Connection[]; body: Record<string, unknown> } {
  const body = obj(ctx.body);
  const integration = integrationOr400(ctx, str(body['provider_config_key']));
  const raw = body['connection_id'];
  const ids = Array.isArray(raw) ? raw.map(String) : [String(raw)];
  const connections = ids.map((id) => ctx.state.connections.require(ctx.envId, integration.uniqueKey, id));
  return { connections, body };
}

/** Tags must be a string map of at most 10 entries; keys are lowercased. */
export function validateTags(tags: unknown, path: string): Record<string, string> | undefined {
  if (tags === undefined) return undefined;
  const entries = Object.entries(obj(tags));
  if (entries.length > 10 || entries.some(([, v]) => typeof v !== 'string' || v.length > 255)) {
    throw new FakeApiError(400, 'invalid_body', undefined, { errors: [{ code: 'custom', message: 'Tags must be at most 10 strings of at most 255 characters', path: [path] }] });
  }
  return Object.fromEntries(entries.map(([k, v]) => [k.toLowerCase(), String(v)]));
}
