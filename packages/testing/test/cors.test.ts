import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { startFakeNango, type FakeNango, type RunningFakeNango } from '../src/index.js';
import { nangoHandlers } from '../src/msw.js';
import { BASE, call, expectNoViolations, makeFake, SECRET } from './support.js';

const ALLOWED =
  'Authorization, Content-Type, Accept, Origin, X-Requested-With, Nango-Activity-Log-Id, Nango-Is-Dry-Run, Nango-Is-Sync, Provider-Config-Key, Connection-Id, Sentry-Trace, Baggage';
const EXPOSED = 'Authorization, Etag, Content-Type, Content-Length, X-Nango-Signature, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset';
const PREFLIGHT = { origin: 'http://app.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' };

function expectCors(headers: Headers): void {
  expect(headers.get('access-control-allow-origin')).toBe('*');
  expect(headers.get('access-control-expose-headers')).toBe(EXPOSED);
}

let fake: FakeNango;
afterEach(() => expectNoViolations(fake));

describe('CORS in the transport-neutral handler', () => {
  it('answers a preflight with 204, the allowed methods and exactly the allowed request headers, and logs it', async () => {
    fake = makeFake();
    const res = await call(fake, 'OPTIONS', '/connect/sessions?x=1', { token: null, headers: PREFLIGHT });
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect(res.headers.get('access-control-allow-headers')).toBe(ALLOWED);
    expect(res.headers.get('access-control-allow-methods')?.split(', ')).toEqual(expect.arrayContaining(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']));
    expectCors(res.headers);
    // Preflights need no credentials and are kept in the request log, so a test can see what a browser asked for.
    expect(fake.requests.at(-1)).toEqual(
      expect.objectContaining({ method: 'OPTIONS', path: '/connect/sessions', operationId: undefined, status: 204, headers: expect.objectContaining({ 'access-control-request-headers': 'authorization,content-type' }) }),
    );
  });

  it('puts the CORS headers on successes, API errors, unknown routes, rate limits and flow pages', async () => {
    fake = makeFake();
    expectCors((await call(fake, 'GET', '/integrations')).headers);
    expectCors((await call(fake, 'GET', '/connections', { token: 'wrong' })).headers);
    expectCors((await call(fake, 'GET', '/no-such-route')).headers);
    expectCors((await call(fake, 'DELETE', '/connect/session', { token: SECRET })).headers);
    fake.faults.add({ route: 'integrations.list', status: 429, retryAfter: 1, times: 1 });
    const limited = await call(fake, 'GET', '/integrations');
    expect(limited.status).toBe(429);
    expectCors(limited.headers);
    const token = fake.connectSessions.create();
    expectCors((await call(fake, 'GET', `/oauth/connect/github?connect_session_token=${token}`, { token: null })).headers);
  });

  it('puts the CORS headers on the answer to a request the handler could not process at all', async () => {
    fake = makeFake();
    const broken = {
      url: `${BASE}/integrations`,
      get method(): string {
        throw new Error('unreadable request');
      },
    } as unknown as Request;
    const res = await fake.handle(broken);
    expect(res.status).toBe(500);
    expectCors(res.headers);
  });
});

describe('CORS on both faces', () => {
  let running: RunningFakeNango;
  const mswFake = makeFake({ baseUrl: 'https://cors.nango.test' });
  const server = setupServer(...nangoHandlers(mswFake));

  beforeAll(async () => {
    running = await startFakeNango({ port: 0, host: '127.0.0.1', secretKey: SECRET, validateResponses: true });
    server.listen({ onUnhandledRequest: 'bypass' });
  });
  afterAll(async () => {
    server.close();
    await running.close();
  });

  it.each([
    ['http', () => running.url, () => running.fake],
    ['msw', () => 'https://cors.nango.test', () => mswFake],
  ])('%s face: preflight and a real answer', async (_name, base, face) => {
    fake = face();
    const preflight = await fetch(`${base()}/integrations`, { method: 'OPTIONS', headers: PREFLIGHT });
    expect([preflight.status, preflight.headers.get('access-control-allow-headers')]).toEqual([204, ALLOWED]);
    expectCors(preflight.headers);
    const res = await fetch(`${base()}/integrations`, { headers: { authorization: `Bearer ${SECRET}`, origin: 'http://app.example' } });
    expect(res.status).toBe(200);
    expectCors(res.headers);
    await res.arrayBuffer();
  });
});
