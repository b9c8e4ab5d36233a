import { request as httpRequest } from 'node:http';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { builtinProviders, startFakeNango } from '../src/index.js';
import { routes } from '../src/server/routes.js';
import { BASE, makeFake, SECRET } from './support.js';

const RUNS = 200;

/** Paths of every operation with random values in the parameters. */
const pathArb = fc
  .tuple(fc.constantFrom(...routes), fc.array(fc.oneof(fc.string(), fc.constantFrom('github', 'c1', '..', '%', '%zz', 'a/b', ' ', '\u0000', 'x'.repeat(3000))), { minLength: 3, maxLength: 3 }))
  .map(([route, values]) => {
    let i = 0;
    const path = route.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(values[i++ % values.length]!) || 'x');
    return { method: route.method, path };
  });

const queryArb = fc.array(fc.tuple(fc.oneof(fc.string(), fc.constantFrom('limit', 'cursor', 'filter', 'provider_config_key', 'tags[x]', 'ids', 'force_refresh', 'page')), fc.oneof(fc.string(), fc.constantFrom('-1', '0', '10001', 'true', 'added,DELETED', 'nope'))), { maxLength: 5 });

const jsonArb = fc.oneof(
  fc.jsonValue(),
  fc.record({ provider_config_key: fc.oneof(fc.string(), fc.constant('github')), connection_id: fc.oneof(fc.string(), fc.constant('c1'), fc.array(fc.string())), metadata: fc.jsonValue(), syncs: fc.jsonValue(), action_name: fc.string() }, { requiredKeys: [] }),
);

const headerArb = fc.record(
  {
    'connection-id': fc.oneof(fc.string(), fc.constant('c1')),
    'provider-config-key': fc.oneof(fc.string(), fc.constant('github')),
    'x-async': fc.oneof(fc.string(), fc.constant('true')),
    'x-max-retries': fc.string(),
    'content-type': fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'),
    authorization: fc.oneof(fc.constant(`Bearer ${SECRET}`), fc.string(), fc.constant('Bearer nango_connect_session_x')),
  },
  { requiredKeys: [] },
);

function safeHeaders(h: Record<string, string>): Headers {
  const out = new Headers();
  for (const [k, v] of Object.entries(h)) {
    try {
      out.set(k, v);
    } catch {
      // Values the Fetch API refuses cannot be sent by any client.
    }
  }
  return out;
}

describe('fuzz', () => {
  it('never answers 5xx or crashes on random requests, keeps state intact and every answer matches the spec', async () => {
    const fake = makeFake({ providers: builtinProviders });
    fake.connections.add({ providerConfigKey: 'github', connectionId: 'c1', metadata: { keep: 1 } });
    fake.actions.register('echo', (input) => ({ input }));
    fake.proxy.setUpstream('github', () => Response.json({ ok: true }));
    await fc.assert(
      fc.asyncProperty(pathArb, queryArb, fc.option(jsonArb), headerArb, fc.boolean(), async ({ method, path }, query, body, headers, raw) => {
        const qs = new URLSearchParams(query).toString();
        const h = safeHeaders(headers);
        const init: RequestInit = { method, headers: h };
        if (body !== null && method !== 'GET') init.body = raw ? String(JSON.stringify(body)).slice(0, -1) : JSON.stringify(body);
        const res = await fake.handle(new Request(`${BASE}${path}${qs ? `?${qs}` : ''}`, init));
        const text = await res.text();
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400 && text) expect(JSON.parse(text)).toEqual({ error: expect.objectContaining({ code: expect.any(String) }) });
      }),
      { numRuns: RUNS },
    );
    const check = await fake.handle(new Request(`${BASE}/integrations`, { headers: { authorization: `Bearer ${SECRET}` } }));
    expect(check.status).toBe(200);
    expect(fake.integrations.get('github')).toBeDefined();
    expect(fake.connections.get('github', 'c1')).toBeDefined();
    expect(fake.violations).toEqual([]);
  }, 120_000);

  it('random identifiers round-trip through connections and metadata', async () => {
    const fake = makeFake();
    await fc.assert(
      // `.` and `..` are path segments URL parsing removes, so no HTTP client can address them.
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 300 }).filter((s) => s !== '.' && s !== '..'), fc.dictionary(fc.string(), fc.jsonValue()), async (id, metadata) => {
        fake.connections.add({ providerConfigKey: 'github', connectionId: id });
        const set = await fake.handle(
          new Request(`${BASE}/connections/metadata`, { method: 'POST', headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' }, body: JSON.stringify({ connection_id: id, provider_config_key: 'github', metadata }) }),
        );
        expect(set.status).toBe(201);
        const got = await fake.handle(new Request(`${BASE}/connections/${encodeURIComponent(id)}?provider_config_key=github`, { headers: { authorization: `Bearer ${SECRET}` } }));
        expect(got.status).toBe(200);
        const body = (await got.json()) as { connection_id: string; metadata: unknown };
        expect(body.connection_id).toBe(id);
        expect(body.metadata).toEqual(JSON.parse(JSON.stringify(metadata)));
      }),
      { numRuns: RUNS },
    );
    expect(fake.violations).toEqual([]);
  }, 120_000);
});

function rawRequest(port: number, method: string, path: string, headers: Record<string, string>, body: string): Promise<number | 'socket-error'> {
  return new Promise((resolve) => {
    try {
      const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', () => resolve('socket-error'));
      });
      req.on('error', () => resolve('socket-error'));
      req.end(body);
    } catch {
      resolve('socket-error');
    }
  });
}

describe('fuzz over HTTP', () => {
  it('survives raw paths, methods, headers and bodies on a real socket', async () => {
    const running = await startFakeNango({ secretKey: SECRET, providers: builtinProviders, validateResponses: true });
    const port = Number(new URL(running.url).port);
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE'),
          fc.oneof(pathArb.map((p) => p.path), fc.string().map((s) => `/${encodeURI(s)}`)),
          fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), fc.stringMatching(/^[ -~]{0,40}$/), { maxKeys: 4 }),
          fc.string({ maxLength: 200 }),
          async (method, path, headers, body) => {
            const status = await rawRequest(port, method, path, { ...headers, authorization: `Bearer ${SECRET}` }, method === 'GET' || method === 'HEAD' ? '' : body);
            expect(status === 'socket-error' || status < 500).toBe(true);
          },
        ),
        { numRuns: RUNS },
      );
      expect((await fetch(`${running.url}/integrations`, { headers: { authorization: `Bearer ${SECRET}` } })).status).toBe(200);
      expect(running.fake.violations).toEqual([]);
    } finally {
      await running.close();
    }
  }, 120_000);
});
