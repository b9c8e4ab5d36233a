import { FakeApiError } from '../../state/errors.js';
import type { DeployedFunction, FunctionType, Job } from '../../state/functions.js';
import type { RouteContext } from '../context.js';
import { num, obj, str } from '../read.js';
import { json } from '../respond.js';
import type { Reply } from '../reply.js';

function functionJson(f: DeployedFunction): Record<string, unknown> {
  const base: Record<string, unknown> = {
    name: f.name,
    type: f.type,
    ...(f.description !== undefined ? { description: f.description } : {}),
    scopes: [],
    id: f.id,
    enabled: f.enabled,
    last_deployed: f.lastDeployed,
    source: f.source,
  };
  if (f.type === 'on-event') return { ...base, event: f.event ?? 'post-connection-creation' };
  const runnable = { ...base, returns: f.returns, json_schema: null };
  return f.type === 'sync' ? { ...runnable, runs: f.runs, auto_start: true, track_deletes: false } : runnable;
}

function requireIntegration(ctx: RouteContext): string {
  return ctx.state.integrations.require(ctx.envId, ctx.params['uniqueKey']!).uniqueKey;
}

export function listFunctions(ctx: RouteContext): Reply {
  const integrationId = requireIntegration(ctx);
  const type = str(ctx.query['type']) as FunctionType | undefined;
  const search = str(ctx.query['search']);
  const page = num(ctx.query['page']) ?? 0;
  const limit = num(ctx.query['limit']) ?? 20;
  const all = ctx.state.functions.list(ctx.envId, integrationId, { ...(type ? { type } : {}), ...(search ? { search } : {}) });
  const data = all.slice(page * limit, page * limit + limit).map(functionJson);
  return json(200, { data, pagination: { total: all.length, page, limit } });
}

export function getFunction(ctx: RouteContext): Reply {
  const integrationId = requireIntegration(ctx);
  const fn = ctx.state.functions.get(ctx.envId, integrationId, ctx.params['name']!, str(ctx.query['type']) as FunctionType | undefined);
  return json(200, { data: functionJson(fn) });
}

export function deleteFunction(ctx: RouteContext): Reply {
  const integrationId = requireIntegration(ctx);
  ctx.state.functions.delete(ctx.envId, integrationId, ctx.params['name']!, str(ctx.query['type']) as FunctionType);
  return json(200, { data: { success: true } });
}

export function getFunctionCode(ctx: RouteContext): Reply {
  const integrationId = requireIntegration(ctx);
  const fn = ctx.state.functions.get(ctx.envId, integrationId, ctx.params['name']!, str(ctx.query['type']) as FunctionType | undefined);
  return json(200, { type: fn.type, code: fn.code });
}

/** Nango format: an array with one config per integration. OpenAI format: `{ data: [...] }`. */
export function getScriptsConfig(ctx: RouteContext): Reply {
  const all = ctx.state.functions.all(ctx.envId);
  if (str(ctx.query['format']) === 'openai') {
    const data = all
      .filter((f) => f.type === 'action')
      .map((f) => ({ name: f.name, description: f.description ?? '', parameters: { type: 'object', properties: {}, required: [] } }));
    return json(200, { data });
  }
  const configs = ctx.state.integrations.list(ctx.envId).map((i) => {
    const fns = all.filter((f) => f.integrationId === i.uniqueKey);
    const common = (f: DeployedFunction): Record<string, unknown> => ({
      name: f.name,
      type: f.type,
      description: f.description ?? '',
      enabled: f.enabled,
      last_deployed: f.lastDeployed,
      version: f.version,
      returns: f.returns,
      scopes: [],
      endpoints: [],
      models: f.returns.map((name) => ({ name, fields: [] })),
    });
    return {
      providerConfigKey: i.uniqueKey,
      provider: i.provider,
      syncs: fns.filter((f) => f.type === 'sync').map((f) => ({ ...common(f), runs: f.runs ?? 'every hour', track_deletes: false, auto_start: true })),
      actions: fns.filter((f) => f.type === 'action').map(common),
      'on-events': fns.filter((f) => f.type === 'on-event').map((f) => ({ name: f.name, event: f.event })),
    };
  });
  return json(200, configs);
}

export function compileFunction(ctx: RouteContext): Reply {
  const code = str(obj(ctx.body)['code']) ?? '';
  const bundled = `// bundled\n${code}`;
  return json(200, { bundle_size_bytes: new TextEncoder().encode(bundled).length, bundled_js: bundled, compiled_at: ctx.state.clock.iso() });
}

function jobJson(job: Job): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: job.id,
    status: job.status,
    integration_id: job.integrationId,
    function_type: job.functionType,
    created_at: job.createdAt,
    updated_at: job.completedAt ?? job.startedAt ?? job.createdAt,
  };
  if (job.startedAt) out['started_at'] = job.startedAt;
  if (job.completedAt) {
    out['completed_at'] = job.completedAt;
    out['duration_ms'] = Math.max(0, Date.parse(job.completedAt) - Date.parse(job.startedAt ?? job.createdAt));
  }
  return out;
}

export function createDryrun(ctx: RouteContext): Reply {
  const body = obj(ctx.body);
  const integrationId = str(body['integration_id'])!;
  const integration = ctx.state.integrations.require(ctx.envId, integrationId);
  ctx.state.connections.require(ctx.envId, integration.uniqueKey, str(body['connection_id'])!, 404);
  const job = ctx.state.functions.createJob({ kind: 'dryrun', envId: ctx.envId, integrationId, functionType: str(body['function_type']) as 'sync' | 'action' });
  return json(202, { id: job.id, status: job.status, created_at: job.createdAt });
}

export function getDryrun(ctx: RouteContext): Reply {
  const job = ctx.state.functions.readJob('dryrun', ctx.params['id']!);
  const out = jobJson(job);
  if (job.status === 'success') out['output'] = 'dry run completed';
  return json(200, out);
}

export function createDeployment(ctx: RouteContext): Reply {
  const body = obj(ctx.body);
  const integrationId = str(body['integration_id'])!;
  ctx.state.integrations.require(ctx.envId, integrationId);
  const functionName = str(body['function_name']) ?? str(body['template']) ?? 'template';
  const functionType = (str(body['function_type']) ?? 'action') as 'sync' | 'action';
  if (body['type'] === 'template' && ctx.state.functions.list(ctx.envId, integrationId).some((f) => f.name === functionName && f.source === 'catalog')) {
    throw new FakeApiError(409, 'template_already_deployed', `The template '${functionName}' is already deployed on this integration`);
  }
  ctx.state.functions.add(ctx.envId, { integrationId, name: functionName, type: functionType, code: str(body['code']) ?? '', ...(str(body['version']) ? { version: str(body['version'])! } : {}), source: body['type'] === 'template' ? 'catalog' : 'standalone' });
  const job = ctx.state.functions.createJob({ kind: 'deployment', envId: ctx.envId, integrationId, functionName, functionType });
  return json(202, { id: job.id, status: job.status, created_at: job.createdAt });
}

export function getDeployment(ctx: RouteContext): Reply {
  const job = ctx.state.functions.readJob('deployment', ctx.params['id']!);
  const out = { ...jobJson(job), function_name: job.functionName ?? '' };
  if (job.status === 'success') Object.assign(out, { deployed: true, deployed_functions: [{ name: job.functionName ?? '', version: '0.0.1' }] });
  return json(200, out);
}
