import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { parseRequestTarget } from '../src/server/request-target.js';

const ORIGIN = 'http://127.0.0.1:3003';

function view(target: { pathname: string; search: string; searchParams: URLSearchParams }): unknown {
  return { pathname: target.pathname, search: target.search, params: [...target.searchParams] };
}

/** Characters that matter to URL parsing: delimiters, dots, escapes, spaces, non-ASCII. */
const piece = fc.constantFrom('/', '//', '.', '..', '%2e', '%2E', '%2F', '%', '%zz', '?', '#', '&', '=', '+', ' ', '\\', "'", '"', '<', '[', ']', '{', '@', ':', 'é', '\u0000', 'a', 'Z', '9', '-', '_', '~', '!', '$', '(', '*', ',', ';');

describe('parseRequestTarget', () => {
  it('reads every target exactly as URL parsing does (pathname, search, parameters)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const target = `/${pieces.join('')}`;
        let expected: unknown;
        try {
          expected = view(new URL(target, ORIGIN));
        } catch {
          expect(() => parseRequestTarget(target, ORIGIN)).toThrow(TypeError);
          return;
        }
        expect(view(parseRequestTarget(target, ORIGIN))).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('takes the short path for plain API targets and leaves the rest to URL', () => {
    expect(parseRequestTarget('/connections/c1?provider_config_key=github&force_refresh=true', ORIGIN)).not.toBeInstanceOf(URL);
    expect(parseRequestTarget('/records?model=Issue&modified_after=2026-01-01T00:00:00.000Z', ORIGIN)).not.toBeInstanceOf(URL);
    for (const target of ['/connections/..', '/connections/%2e%2e/x', '//evil.example/x', '/a b', '/a#b', '/é', '/a\\b']) {
      expect(parseRequestTarget(target, ORIGIN)).toBeInstanceOf(URL);
    }
    expect(view(parseRequestTarget('/connections/%2E%2e?x=1', ORIGIN))).toEqual({ pathname: '/', search: '?x=1', params: [['x', '1']] });
    expect(view(parseRequestTarget('/records?', ORIGIN))).toEqual({ pathname: '/records', search: '', params: [] });
  });
});
