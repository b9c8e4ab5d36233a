import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { RouteMatcher } from '../src/server/match.js';
import { routes } from '../src/server/routes.js';

const matcher = new RouteMatcher(routes);
const methods = [...new Set(routes.map((route) => route.method))];

/** A request path for a route template, with `value` in every parameter. */
const pathOf = (template: string, value: string): string => template.replace(/\{[^}]+\}/g, value);

describe('RouteMatcher', () => {
  it('matches every route of the table by its own path, with its parameters', () => {
    for (const route of routes) {
      const found = matcher.match(route.method, pathOf(route.path, 'x1'));
      expect(found?.route.operationId, `${route.method} ${route.path}`).toBe(route.operationId);
      for (const value of Object.values(found?.params ?? {})) expect(value).toBe('x1');
    }
  });

  it('prefers literal segments over parameters', () => {
    expect(matcher.match('POST', '/connections/metadata')?.route.operationId).toBe('connections.setMetadata');
    expect(matcher.match('GET', '/sync/status')?.route.operationId).toBe('syncs.status');
    expect(matcher.match('GET', '/connections/metadata')?.route.operationId).toBe('connections.get');
    expect(matcher.match('GET', '/connections/c1/')?.params).toEqual({ connectionId: 'c1' });
    expect(matcher.match('GET', '/proxy/a/b/c')?.params).toEqual({ path: 'a/b/c' });
  });

  it('answers exactly as a scan of the whole table in order of literal segments would', () => {
    const segment = fc.oneof(fc.constantFrom('connections', 'connection', 'records', 'sync', 'status', 'metadata', 'proxy', 'integrations', 'functions', 'x1', '', '{id}'), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.constantFrom(...methods, 'OPTIONS'), fc.array(segment, { minLength: 1, maxLength: 5 }), fc.boolean(), (method, segments, slash) => {
        const path = `/${segments.join('/')}${slash ? '/' : ''}`;
        const expected = linearMatch(method, path);
        const found = matcher.match(method, path);
        expect(found === undefined ? undefined : { id: found.route.operationId, params: found.params }).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

/** A template's literal segments score 10 each and its parameters -1: more literal segments are tried first. */
const score = (template: string): number => template.split('/').reduce((sum, part) => sum + (part === '' ? 0 : part.startsWith('{') ? -1 : 10), 0);

/** Matches one template segment by segment: literals equal, a parameter any non-empty segment, the proxy's the whole rest. */
function matchTemplate(template: string, passthrough: boolean, path: string): Record<string, string> | undefined {
  const parts = template.split('/');
  if (passthrough) {
    const prefix = `${parts.slice(0, -1).join('/')}/`;
    const rest = path.slice(prefix.length);
    return path.startsWith(prefix) && rest !== '' ? { [parts.at(-1)!.slice(1, -1)]: rest } : undefined;
  }
  const given = (path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path).split('/');
  if (given.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]!;
    if (part.startsWith('{')) {
      if (given[i] === '') return undefined;
      params[part.slice(1, -1)] = given[i]!;
    } else if (part !== given[i]) return undefined;
  }
  return params;
}

/** The reference: every route of the method, most literal segments first (table order on ties), first that matches. */
function linearMatch(method: string, path: string): { id: string; params: Record<string, string> } | undefined {
  for (const route of [...routes].sort((a, b) => score(b.path) - score(a.path))) {
    if (route.method !== method) continue;
    const params = matchTemplate(route.path, route.passthrough === true, path);
    if (params) return { id: route.operationId, params };
  }
  return undefined;
}
