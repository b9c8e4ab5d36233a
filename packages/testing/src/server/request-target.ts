import type { RequestTarget } from './incoming.js';

/**
 * Request targets that URL parsing would return unchanged: an absolute path (not `//`, which would read as a host)
 * of unreserved and sub-delimiter characters, `%`, `:`, `@` and `/`, and a query of the same plus `?` and `.`. Paths
 * with dots are left to the URL parser, which resolves `.` and `..` segments (also when written as `%2e`); so are
 * spaces, quotes, `#`, `\`, brackets and anything outside ASCII, which it encodes or treats specially.
 */
const PLAIN_TARGET = /^\/(?!\/)[A-Za-z0-9\-_~!$&()*+,;=:@%/]*(?:\?[A-Za-z0-9\-_~!$&()*+,;=:@%/?.]*)?$/;

class PlainTarget implements RequestTarget {
  readonly pathname: string;
  readonly search: string;
  #params: URLSearchParams | undefined;

  constructor(pathname: string, search: string) {
    this.pathname = pathname;
    this.search = search;
  }

  get searchParams(): URLSearchParams {
    return (this.#params ??= new URLSearchParams(this.search));
  }
}

/**
 * The target of a request line as the pipeline reads it. Plain targets (nearly every API call) are split without a
 * full URL parse; any other target goes through `URL`, so both give the same `pathname`, `search` and `searchParams`.
 * Throws a TypeError when the target cannot be parsed.
 */
export function parseRequestTarget(target: string, origin: string): RequestTarget {
  if (PLAIN_TARGET.test(target)) {
    const q = target.indexOf('?');
    const pathname = q === -1 ? target : target.slice(0, q);
    if (!/%2e/i.test(pathname)) return new PlainTarget(pathname, q === -1 || q === target.length - 1 ? '' : target.slice(q));
  }
  return new URL(target, origin);
}
