import type { Route } from './routes.js';

interface CompiledRoute {
  route: Route;
  regex: RegExp;
  names: string[];
  literalScore: number;
}

/** The first path segment, or undefined when it is a parameter (`/{x}/...`). */
function firstSegment(path: string): string | undefined {
  const end = path.indexOf('/', 1);
  const segment = end === -1 ? path.slice(1) : path.slice(1, end);
  return segment.startsWith('{') ? undefined : segment;
}

/** Matches a method and path against the route table; literal segments win over parameters. */
export class RouteMatcher {
  /** Candidates, in match order, by method and literal first segment; routes that start with a parameter are in every list. */
  readonly #byHead = new Map<string, CompiledRoute[]>();
  /** Candidates by method for a first segment no route names. */
  readonly #byMethod = new Map<string, CompiledRoute[]>();

  constructor(routes: readonly Route[]) {
    const compiled = routes
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
    const candidates = (method: string, head: string | undefined): CompiledRoute[] =>
      compiled.filter((c) => {
        const own = firstSegment(c.route.path);
        return c.route.method === method && (own === undefined || own === head);
      });
    for (const { route } of compiled) {
      const head = firstSegment(route.path);
      const key = `${route.method} ${head}`;
      if (head !== undefined && !this.#byHead.has(key)) this.#byHead.set(key, candidates(route.method, head));
      if (!this.#byMethod.has(route.method)) this.#byMethod.set(route.method, candidates(route.method, undefined));
    }
  }

  /** The route and its raw (still percent-encoded) path parameters. */
  match(method: string, pathname: string): { route: Route; params: Record<string, string> } | undefined {
    const candidates = this.#byHead.get(`${method} ${firstSegment(pathname) ?? ''}`) ?? this.#byMethod.get(method) ?? [];
    for (const c of candidates) {
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
