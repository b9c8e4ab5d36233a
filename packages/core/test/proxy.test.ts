import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NangoAPIError, NangoNotFoundError, NangoValidationError } from '../src/errors.js';
import { buildProxyPath } from '../src/internal/proxy-path.js';
import { makeCore } from './fixtures/core.js';
import { fakeFetch, json } from './fixtures/fake-fetch.js';
import type { UpstreamPaths } from './fixtures/upstream-paths.js';

const ids = { connectionId: 'c1', providerConfigKey: 'github' };

describe('proxy path', () => {
  it('keeps slashes and encodes each segment', () => {
    expect(buildProxyPath('/repos/a b/é')).toBe('/proxy/repos/a%20b/%C3%A9');
    expect(buildProxyPath('repos/owner/repo')).toBe('/proxy/repos/owner/repo');
    expect(buildProxyPath('/v1/files:copy/@me')).toBe('/proxy/v1/files:copy/@me');
    expect(buildProxyPath('/projects/group%2Fproject')).toBe('/proxy/projects/group%2Fproject');
    expect(buildProxyPath('/100%/x')).toBe('/proxy/100%25/x');
  });

  it.each(['/../admin', '/a/../../b', './x', '/a/.', '/%2e%2e/x', '/a/%2E%2E', '/a/..%2Fb', '/a/%252e%252e/b', '/a\\..\\b'])('refuses %s', (path) => {
    expect(() => buildProxyPath(path)).toThrow(NangoValidationError);
  });

  it.each(['/a?b=1', '/a#frag', ''])('refuses %j (use the query option)', (path) => {
    expect(() => buildProxyPath(path)).toThrow(NangoValidationError);
  });

  it('never climbs out of /proxy/ (property)', () => {
    const part = fc.oneof(fc.constantFrom('..', '.', '%2e', '%2E%2E', '%2F', '\\', 'a', ' ', '%', 'é', '%25'), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 6 }), (parts) => {
        const path = `/${parts.join('/')}`;
        let built: string;
        try {
          built = buildProxyPath(path);
        } catch (error) {
          expect(error).toBeInstanceOf(NangoValidationError);
          return;
        }
        const url = new URL(`https://api.test${built}`);
        expect(url.pathname.startsWith('/proxy/')).toBe(true);
        expect(url.search).toBe('');
        expect(url.hash).toBe('');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('proxy requests', () => {
  it('sends control headers, prefixed upstream headers and the query', async () => {
    const fetch = fakeFetch(() => json({ ok: true }));
    const { proxy } = makeCore({ fetch });
    const result = await proxy.get('/repos/nango/sdk/issues', {
      ...ids,
      query: { state: 'open', labels: ['bug', 'p1'], draft: false, skip: undefined },
      headers: { Accept: 'application/vnd.github+json', 'X-GitHub-Api-Version': '2022-11-28' },
      retries: 3,
      retryOn: [404, 409],
      baseUrlOverride: 'https://ghe.example.com/api/v3',
      decompress: true,
      forwardHeadersOnRedirect: false,
    });
    expect(result).toMatchObject({ status: 200, data: { ok: true } });
    const seen = fetch.seen[0];
    expect(seen?.method).toBe('GET');
    expect(seen?.url.pathname).toBe('/proxy/repos/nango/sdk/issues');
    expect(seen?.url.search).toBe('?state=open&labels=bug&labels=p1&draft=false');
    const h = seen?.headers;
    expect(h?.get('connection-id')).toBe('c1');
    expect(h?.get('provider-config-key')).toBe('github');
    expect(h?.get('retries')).toBe('3');
    expect(h?.get('retry-on')).toBe('404,409');
    expect(h?.get('base-url-override')).toBe('https://ghe.example.com/api/v3');
    expect(h?.get('decompress')).toBe('true');
    expect(h?.get('forward-headers-on-redirect')).toBe('false');
    expect(h?.get('nango-proxy-accept')).toBe('application/vnd.github+json');
    expect(h?.get('nango-proxy-x-github-api-version')).toBe('2022-11-28');
    expect(h?.get('accept')).toBeNull();
  });

  it('omits unset control headers', async () => {
    const fetch = fakeFetch(() => json({}));
    const { proxy } = makeCore({ fetch });
    await proxy.delete('/x', ids);
    const names = [...(fetch.seen[0]?.headers.keys() ?? [])];
    expect(names.filter((name) => ['retries', 'retry-on', 'base-url-override', 'decompress', 'forward-headers-on-redirect'].includes(name))).toEqual([]);
    expect(fetch.seen[0]?.method).toBe('DELETE');
  });

  it('checks connectionId and providerConfigKey and refuses CR/LF in headers before sending', async () => {
    const fetch = fakeFetch(() => json({}));
    const { proxy } = makeCore({ fetch });
    await expect(proxy.get('/x', { connectionId: '', providerConfigKey: 'k' })).rejects.toMatchObject({ field: 'connectionId' });
    await expect(proxy.get('/x', { ...ids, headers: { 'X-A': 'a\r\nInjected: 1' } })).rejects.toBeInstanceOf(NangoValidationError);
    await expect(proxy.get('/x', { ...ids, baseUrlOverride: 'https://a\nb' })).rejects.toBeInstanceOf(NangoValidationError);
    expect(fetch.seen).toHaveLength(0);
  });

  it.each([
    ['JSON object', { a: 1 }, 'application/json', '{"a":1}'],
    ['JSON array', [1, 2], 'application/json', '[1,2]'],
    ['string', 'plain', 'text/plain;charset=UTF-8', 'plain'],
    ['Uint8Array', new TextEncoder().encode('bytes'), 'application/octet-stream', 'bytes'],
    ['ArrayBuffer', new TextEncoder().encode('buf').buffer, 'application/octet-stream', 'buf'],
    ['Blob', new Blob(['blob'], { type: 'image/png' }), 'image/png', 'blob'],
    ['URLSearchParams', new URLSearchParams({ a: 'b c' }), 'application/x-www-form-urlencoded;charset=UTF-8', 'a=b+c'],
  ])('sends a %s body', async (_label, body, contentType, text) => {
    const fetch = fakeFetch(() => json({}));
    const { proxy } = makeCore({ fetch });
    await proxy.post('/upload', { ...ids, body });
    expect(fetch.seen[0]?.headers.get('content-type')).toBe(contentType);
    expect(fetch.seen[0]?.body).toBe(text);
  });

  it('sends FormData as multipart', async () => {
    const fetch = fakeFetch(() => json({}));
    const { proxy } = makeCore({ fetch });
    const form = new FormData();
    form.append('file', new Blob(['content']), 'a.txt');
    await proxy.post('/upload', { ...ids, body: form });
    expect(fetch.seen[0]?.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(fetch.seen[0]?.body).toContain('content');
  });

  it('sends a custom content type both to Nango and upstream', async () => {
    const fetch = fakeFetch(() => json({}));
    const { proxy } = makeCore({ fetch });
    await proxy.put('/x', { ...ids, body: '<a/>', headers: { 'Content-Type': 'application/xml' } });
    expect(fetch.seen[0]?.headers.get('content-type')).toBe('application/xml');
    expect(fetch.seen[0]?.headers.get('nango-proxy-content-type')).toBe('application/xml');
  });

  it('streams a body and never retries it', async () => {
    const fetch = fakeFetch(() => new Response('busy', { status: 503 }));
    const { proxy } = makeCore({ fetch, maxRetries: 3 });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('streamed'));
        controller.close();
      },
    });
    await expect(proxy.put('/upload', { ...ids, body: stream })).rejects.toBeInstanceOf(NangoAPIError);
    expect(fetch.seen).toHaveLength(1);
    expect(fetch.seen[0]?.body).toBe('streamed');
  });

  it('retries a buffered PATCH only when asked', async () => {
    const fetch = fakeFetch(() => new Response('busy', { status: 503 }), () => json({ ok: 1 }));
    const { proxy } = makeCore({ fetch });
    await expect(proxy.patch('/x', { ...ids, body: { a: 1 }, retryNonIdempotent: true })).resolves.toMatchObject({ data: { ok: 1 } });
    expect(fetch.seen.map((seen) => seen.body)).toEqual(['{"a":1}', '{"a":1}']);
  });
});

describe('proxy responses', () => {
  const upstream = () => new Response('{"n":1}', { status: 201, headers: { 'content-type': 'application/json', 'x-upstream': 'yes' } });

  it('json (default) keeps status and headers', async () => {
    const { proxy } = makeCore({ fetch: fakeFetch(upstream) });
    const result = await proxy.get<{ n: number }>('/x', ids);
    expect(result.status).toBe(201);
    expect(result.headers.get('x-upstream')).toBe('yes');
    expect(result.data.n).toBe(1);
  });

  it('text, arrayBuffer, blob, stream and response', async () => {
    const { proxy } = makeCore({ fetch: fakeFetch(upstream) });
    expect((await proxy.get('/x', { ...ids, responseType: 'text' })).data).toBe('{"n":1}');
    expect(new TextDecoder().decode((await proxy.get('/x', { ...ids, responseType: 'arrayBuffer' })).data)).toBe('{"n":1}');
    expect(await (await proxy.get('/x', { ...ids, responseType: 'blob' })).data.text()).toBe('{"n":1}');
    const stream = (await proxy.get('/x', { ...ids, responseType: 'stream' })).data;
    expect(await new Response(stream).text()).toBe('{"n":1}');
    const raw = (await proxy.get('/x', { ...ids, responseType: 'response' })).data;
    expect(raw).toBeInstanceOf(Response);
  });

  it('an upstream error carries the upstream body as payload and no Nango code', async () => {
    const { proxy } = makeCore({ fetch: fakeFetch(() => json({ message: 'Not Found', documentation_url: 'https://docs' }, 404)) });
    const error = (await proxy.get('/repos/x', ids).catch((e: unknown) => e)) as NangoNotFoundError;
    expect(error).toBeInstanceOf(NangoNotFoundError);
    expect(error.code).toBeUndefined();
    expect(error.payload).toEqual({ message: 'Not Found', documentation_url: 'https://docs' });
    expect(error.message).toBe('404: Not Found');
    const other = (await makeCore({ fetch: fakeFetch(() => json({ errors: ['x'], status: 'bad' }, 400)) }).proxy.get('/y', ids).catch((e: unknown) => e)) as NangoAPIError;
    expect(other.payload).toEqual({ errors: ['x'], status: 'bad' });
  });

  it('a Nango-owned failure carries its code', async () => {
    const { proxy } = makeCore({ fetch: fakeFetch(() => json({ error: { code: 'unknown_provider_config', message: 'nope' } }, 400)) });
    await expect(proxy.get('/x', ids)).rejects.toMatchObject({ status: 400, code: 'unknown_provider_config' });
  });

  it("responseType 'response' does not throw on an error status", async () => {
    const { proxy } = makeCore({ fetch: fakeFetch(() => new Response('nope', { status: 404 })) });
    const result = await proxy.get('/x', { ...ids, responseType: 'response' });
    expect(result.status).toBe(404);
    expect(await result.data.text()).toBe('nope');
  });
});

describe('typed proxy', () => {
  it('fills path parameters (encoded), query and body', async () => {
    const fetch = fakeFetch(() => json({ id: 7, name: 'sdk', full_name: 'nango/sdk' }));
    const { proxy } = makeCore({ fetch });
    const github = proxy.typed<UpstreamPaths>();
    const { data } = await github.get('/repos/{owner}/{repo}', { ...ids, params: { path: { owner: 'nan go', repo: 'a/b' } } });
    expect(data.full_name).toBe('nango/sdk');
    expect(fetch.seen[0]?.url.pathname).toBe('/proxy/repos/nan%20go/a%2Fb');
    await github.post('/repos/{owner}/{repo}/issues', { ...ids, params: { path: { owner: 'o', repo: 'r' } }, body: { title: 'T' } });
    expect(fetch.seen[1]?.body).toBe('{"title":"T"}');
    await github.get('/user/repos', { ...ids, params: { query: { per_page: 10 } } });
    expect(fetch.seen[2]?.url.search).toBe('?per_page=10');
  });

  it('refuses a missing or dot path parameter', async () => {
    const fetch = fakeFetch(() => json({}));
    const github = makeCore({ fetch }).proxy.typed<UpstreamPaths>();
    await expect(github.get('/repos/{owner}/{repo}', { ...ids, params: { path: { owner: '..', repo: 'r' } } })).rejects.toBeInstanceOf(NangoValidationError);
    expect(fetch.seen).toHaveLength(0);
  });
});
