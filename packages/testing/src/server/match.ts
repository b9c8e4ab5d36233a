import type { Route } from './routes.js';

interface CompiledRoute {
  route: Route;
  regex: RegExp;
  names: string[];
  literalScore: number;
}

/** Matches a method and path against the route table; literal segments win over parameters. */
export class RouteMatcher {
  readonly #compiled: CompiledRoute[];

  constructor(routes: readonly Route[]) {
    this.#compiled = routes
      .map((route) => {
        const names: string[] = [];
        const source = route.path
          .split('/')
          .map((segment) => {
            const param = /^\{(.+)\}$/.exec(segment);
            if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            names.push(param[1]!);
            return route.passthrough ? '(.+)' : '([^/]+)';
          })
          .join('/');
        const literalScore = route.path.split('/').filter((s) => s && !s.startsWith('{')).length * 10 - names.length;
        return { route, regex: new RegExp(`^${source}/?$`), names, literalScore };
      })
      .sort((a, b) => b.literalScore - a.literalScore);
  }

  /** The route and its raw (still percent-encoded) path parameters. */
  match(method: string, pathname: string): { route: Route; params: Record<string, string> } | undefined {
    for (const c of this.#compiled) {
      if (c.route.method !== method) continue;
      const m = c.regex.exec(pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      c.names.forEach((name, i) => {
        params[name] = m[i + 1]!;
      });
      return { route: c.route, params };
    }
    return undefined;
  }
}
