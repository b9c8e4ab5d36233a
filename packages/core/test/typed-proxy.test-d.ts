import { describe, expectTypeOf, it } from 'vitest';
import type { ProxyResource } from '../src/proxy.js';
import type { ProxyResponse } from '../src/proxy-types.js';
import type { PathsWithMethod } from '../src/typed-proxy.js';
import type { Issue, Repo, UpstreamPaths } from './fixtures/upstream-paths.js';

declare const proxy: ProxyResource;
const ids = { connectionId: 'c', providerConfigKey: 'k' };
const github = proxy.typed<UpstreamPaths>();

describe('typed proxy', () => {
  it('lists the paths of each method', () => {
    expectTypeOf<PathsWithMethod<UpstreamPaths, 'get'>>().toEqualTypeOf<'/repos/{owner}/{repo}' | '/user/repos'>();
    expectTypeOf<PathsWithMethod<UpstreamPaths, 'post'>>().toEqualTypeOf<'/repos/{owner}/{repo}/issues'>();
    expectTypeOf<PathsWithMethod<UpstreamPaths, 'put'>>().toEqualTypeOf<'/user/repos'>();
    expectTypeOf<PathsWithMethod<UpstreamPaths, 'patch'>>().toEqualTypeOf<'/repos/{owner}/{repo}'>();
    expectTypeOf<PathsWithMethod<UpstreamPaths, 'delete'>>().toEqualTypeOf<'/repos/{owner}/{repo}'>();
  });

  it('infers response data per method', () => {
    expectTypeOf(github.get('/repos/{owner}/{repo}', { ...ids, params: { path: { owner: 'o', repo: 'r' } } })).toEqualTypeOf<Promise<ProxyResponse<Repo>>>();
    expectTypeOf(github.get('/user/repos', { ...ids })).toEqualTypeOf<Promise<ProxyResponse<Repo[]>>>();
    expectTypeOf(github.post('/repos/{owner}/{repo}/issues', { ...ids, params: { path: { owner: 'o', repo: 'r' } }, body: { title: 't' } })).toEqualTypeOf<
      Promise<ProxyResponse<Issue>>
    >();
    expectTypeOf(github.put('/user/repos', { ...ids, body: { name: 'n' } })).toEqualTypeOf<Promise<ProxyResponse<Repo>>>();
    expectTypeOf(github.patch('/repos/{owner}/{repo}', { ...ids, params: { path: { owner: 'o', repo: 'r' } } })).toEqualTypeOf<Promise<ProxyResponse<Repo>>>();
    expectTypeOf(github.delete('/repos/{owner}/{repo}', { ...ids, params: { path: { owner: 'o', repo: 'r' } } })).toEqualTypeOf<
      Promise<ProxyResponse<undefined>>
    >();
  });

  it('checks paths, parameters and bodies', () => {
    // @ts-expect-error: unknown path
    void github.get('/nope', ids);
    // @ts-expect-error: no POST on this path
    void github.post('/user/repos', { ...ids, body: {} });
    // @ts-expect-error: path parameters are required
    void github.get('/repos/{owner}/{repo}', ids);
    // @ts-expect-error: a path parameter is missing
    void github.get('/repos/{owner}/{repo}', { ...ids, params: { path: { owner: 'o' } } });
    // @ts-expect-error: wrong query type
    void github.get('/user/repos', { ...ids, params: { query: { per_page: 'ten' } } });
    // @ts-expect-error: the body is required
    void github.post('/repos/{owner}/{repo}/issues', { ...ids, params: { path: { owner: 'o', repo: 'r' } } });
    // @ts-expect-error: wrong body shape
    void github.put('/user/repos', { ...ids, body: { title: 'x' } });
    // @ts-expect-error: connectionId is required
    void github.get('/user/repos', { providerConfigKey: 'k' });
  });
});

describe('untyped proxy', () => {
  it('maps responseType to the data type', () => {
    expectTypeOf(proxy.get('/x', ids)).toEqualTypeOf<Promise<ProxyResponse<unknown>>>();
    expectTypeOf(proxy.get<Repo>('/x', ids)).toEqualTypeOf<Promise<ProxyResponse<Repo>>>();
    expectTypeOf(proxy.get('/x', { ...ids, responseType: 'text' })).toEqualTypeOf<Promise<ProxyResponse<string>>>();
    expectTypeOf(proxy.get('/x', { ...ids, responseType: 'arrayBuffer' })).toEqualTypeOf<Promise<ProxyResponse<ArrayBuffer>>>();
    expectTypeOf(proxy.get('/x', { ...ids, responseType: 'blob' })).toEqualTypeOf<Promise<ProxyResponse<Blob>>>();
    expectTypeOf(proxy.get('/x', { ...ids, responseType: 'stream' })).toEqualTypeOf<Promise<ProxyResponse<ReadableStream<Uint8Array> | null>>>();
    expectTypeOf(proxy.get('/x', { ...ids, responseType: 'response' })).toEqualTypeOf<Promise<ProxyResponse<Response>>>();
  });
});
