import { FakeApiError } from '../../state/errors.js';
import type { RouteContext } from '../context.js';
import { num, obj, str } from '../read.js';
import { json, noContent } from '../respond.js';
import type { Reply } from '../reply.js';

export function createEnvironment(ctx: RouteContext): Reply {
  const body = obj(ctx.body);
  const name = str(body['name']) ?? '';
  if (!/^[a-z0-9_-]+$/.test(name) || name.length > 255) {
    throw new FakeApiError(400, 'invalid_body', undefined, { errors: [{ code: 'invalid_string', message: 'Invalid environment name', path: ['name'] }] });
  }
  const env = ctx.state.environments.add({ name, isProduction: body['is_production'] === true });
  return json(200, { data: { id: env.id, name: env.name } });
}

export function deleteEnvironment(ctx: RouteContext): Reply {
  const id = num(ctx.params['environmentId']);
  if (id === undefined) throw new FakeApiError(404, 'not_found', 'Environment not found');
  ctx.state.environments.delete(id);
  return noContent();
}

export function createApiKey(ctx: RouteContext): Reply {
  const body = obj(ctx.body);
  const key = ctx.state.environments.addApiKey(num(body['environment_id']) ?? -1, str(body['display_name']) ?? '');
  return json(200, { data: { id: key.id, display_name: key.displayName, scopes: key.scopes, secret: key.secret, created_at: key.createdAt } });
}

export function deleteApiKey(ctx: RouteContext): Reply {
  const body = obj(ctx.body);
  ctx.state.environments.deleteApiKey(num(body['environment_id']) ?? -1, num(body['key_id']) ?? -1);
  return json(200, { success: true });
}

export function listEnvironmentVariables(ctx: RouteContext): Reply {
  return json(200, ctx.state.environments.get(ctx.envId)?.variables ?? []);
}

export function rotateWebhookSigningKey(ctx: RouteContext): Reply {
  const key = ctx.state.environments.rotateSigningKey(ctx.envId);
  return json(200, { data: { webhook_signing_key: key } });
}
