import { FakeApiError } from '../../state/errors.js';
import type { RouteContext } from '../context.js';
import { str } from '../read.js';
import { json } from '../respond.js';
import { providerJson } from '../serialize.js';
import type { Reply } from '../reply.js';

export function listProviders(ctx: RouteContext): Reply {
  const search = str(ctx.query['search']);
  let pattern: RegExp | undefined;
  if (search !== undefined) {
    try {
      pattern = new RegExp(search, 'i');
    } catch {
      pattern = new RegExp(search.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
    }
  }
  const data = Object.entries(ctx.state.providers)
    .filter(([name, p]) => !pattern || pattern.test(name) || pattern.test(p.display_name))
    .map(([name, p]) => providerJson(name, p));
  return json(200, { data });
}

export function getProvider(ctx: RouteContext): Reply {
  const name = ctx.params['provider']!;
  const provider = Object.hasOwn(ctx.state.providers, name) ? ctx.state.providers[name] : undefined;
  if (!provider) throw new FakeApiError(404, 'not_found', `Provider '${name}' not found`);
  return json(200, { data: providerJson(name, provider) });
}

export function listProviderTemplates(ctx: RouteContext): Reply {
  const name = ctx.params['provider']!;
  if (!Object.hasOwn(ctx.state.providers, name)) throw new FakeApiError(404, 'not_found', `Provider '${name}' not found`);
  return json(200, { data: [] });
}
