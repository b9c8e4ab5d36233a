import type { IntegrationCredentials } from '../../state/integrations.js';
import { FakeApiError } from '../../state/errors.js';
import type { RouteContext } from '../context.js';
import { bool, obj, str, strings } from '../read.js';
import { json } from '../respond.js';
import { integrationFullJson, integrationJson } from '../serialize.js';
import type { Reply } from '../reply.js';

export function listIntegrations(ctx: RouteContext): Reply {
  let items = ctx.state.integrations.list(ctx.envId);
  const allowed = ctx.session?.allowedIntegrations;
  if (allowed) items = items.filter((i) => allowed.includes(i.uniqueKey));
  return json(200, { data: items.map(integrationJson) });
}

function createFromBody(ctx: RouteContext): ReturnType<typeof integrationJson> {
  const body = obj(ctx.body);
  const integration = ctx.state.integrations.add(ctx.envId, {
    uniqueKey: str(body['unique_key']) ?? '',
    provider: str(body['provider']) ?? '',
    ...(str(body['display_name']) !== undefined ? { displayName: str(body['display_name'])! } : {}),
    ...(bool(body['forward_webhooks']) !== undefined ? { forwardWebhooks: bool(body['forward_webhooks'])! } : {}),
    ...(body['credentials'] !== undefined ? { credentials: body['credentials'] as IntegrationCredentials } : {}),
    ...(body['integration_config'] !== undefined ? { integrationConfig: body['integration_config'] as Record<string, string> } : {}),
    ...(body['custom'] !== undefined ? { custom: body['custom'] as Record<string, string> } : {}),
  });
  return integrationJson(integration);
}

export function createIntegration(ctx: RouteContext): Reply {
  return json(200, { data: createFromBody(ctx) });
}

/** The server answers with a single integration here (the spec says an array). */
export function createQuickstartIntegration(ctx: RouteContext): Reply {
  return json(200, { data: createFromBody(ctx) });
}

export function getIntegration(ctx: RouteContext): Reply {
  const include = strings(ctx.query['include']) ?? [];
  if (include.length > 0 && ctx.session) throw new FakeApiError(403, 'invalid_permissions', 'include needs a secret key');
  const integration = ctx.state.integrations.require(ctx.envId, ctx.params['uniqueKey']!);
  return json(200, { data: integrationFullJson(integration, include, ctx.baseUrl) });
}

export function updateIntegration(ctx: RouteContext): Reply {
  const body = obj(ctx.body);
  const integration = ctx.state.integrations.update(ctx.envId, ctx.params['uniqueKey']!, {
    ...(str(body['unique_key']) !== undefined ? { uniqueKey: str(body['unique_key'])! } : {}),
    ...(str(body['display_name']) !== undefined ? { displayName: str(body['display_name'])! } : {}),
    ...(bool(body['forward_webhooks']) !== undefined ? { forwardWebhooks: bool(body['forward_webhooks'])! } : {}),
    ...(body['credentials'] !== undefined ? { credentials: body['credentials'] as IntegrationCredentials } : {}),
    ...(body['integration_config'] !== undefined ? { integrationConfig: body['integration_config'] as Record<string, string> } : {}),
    ...(body['custom'] !== undefined ? { custom: body['custom'] as Record<string, string> } : {}),
  });
  return json(200, { data: integrationJson(integration) });
}

export function deleteIntegration(ctx: RouteContext): Reply {
  ctx.state.integrations.delete(ctx.envId, ctx.params['uniqueKey']!);
  return json(200, { success: true });
}
