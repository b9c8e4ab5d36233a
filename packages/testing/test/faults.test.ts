import { afterEach, describe, expect, it } from 'vitest';

import type { FakeNango } from '../src/index.js';
import { BASE, call, expectNoViolations, makeFake, SECRET } from './support.js';

let fake: FakeNango;
afterEach(() => expectNoViolations(fake));

describe('faults', () => {
  it('answers 429 with Retry-After for the first n matching requests only', async () => {
    fake = makeFake();
    fake.faults.add({ route: 'integrations.list', status: 429, retryAfter: 3, times: 2 });
    const a = await call(fake, 'GET', '/integrations');
    expect([a.status, a.headers.get('retry-after'), a.body.error.code]).toEqual([429, '3', 'too_many_request']);
    expect(a.body.error).toEqual({ code: 'too_many_request', method: 'GET', path: '/integrations' });
    expect((await call(fake, 'GET', '/integrations')).status).toBe(429);
    expect((await call(fake, 'GET', '/integrations')).status).toBe(200);
    expect((await call(fake, 'GET', '/connections')).status).toBe(200);
  });

  it('fails only the n-th request of a METHOD /glob route, without touching state', async () => {
    fake = makeFake();
    fake.faults.add({ route: 'POST /integrations', nth: 2, status: 503 });
    expect((await call(fake, 'POST', '/integrations', { body: { unique_key: 'a', provider: 'slack' } })).status).toBe(200);
    expect((await call(fake, 'POST', '/integrations', { body: { unique_key: 'b', provider: 'slack' } })).status).toBe(503);
    expect((await call(fake, 'POST', '/integrations', { body: { unique_key: 'c', provider: 'slack' } })).status).toBe(200);
    expect(fake.integrations.list().map((i) => i.uniqueKey)).toEqual(['github', 'openai', 'a', 'c']);
  });

  it('adds latency', async () => {
    fake = makeFake();
    fake.faults.add({ route: 'GET /integrations*', latencyMs: 60 });
    const start = Date.now();
    expect((await call(fake, 'GET', '/integrations')).status).toBe(200);
    expect(Date.now() - start).toBeGreaterThanOrEqual(55);
  });

  it('sends malformed, truncated, slow and HTML bodies', async () => {
    fake = makeFake();
    const remove = fake.faults.add({ route: 'integrations.list', malformedJson: true });
    const malformed = await call(fake, 'GET', '/integrations');
    expect(malformed.status).toBe(200);
    expect(() => JSON.parse(malformed.text)).toThrow();
    remove();
    fake.faults.add({ route: 'integrations.list', truncate: true, times: 1 });
    const truncated = await call(fake, 'GET', '/integrations');
    expect(() => JSON.parse(truncated.text)).toThrow();
    fake.faults.add({ route: 'integrations.list', slowBodyMs: 20, times: 1 });
    const start = Date.now();
    const slow = await call(fake, 'GET', '/integrations');
    expect(slow.body.data).toHaveLength(2);
    expect(Date.now() - start).toBeGreaterThanOrEqual(60);
    fake.faults.add({ route: 'integrations.list', html: true, status: 502, times: 1 });
    const html = await call(fake, 'GET', '/integrations');
    expect([html.status, html.headers.get('content-type')]).toEqual([502, 'text/html; charset=utf-8']);
  });

  it('resets the connection (network error) before answering, and mid-body', async () => {
    fake = makeFake();
    fake.faults.add({ route: 'integrations.list', reset: 'before', times: 1 });
    const reset = await fake.handle(new Request(`${BASE}/integrations`, { headers: { authorization: `Bearer ${SECRET}` } }));
    expect(reset.type).toBe('error');
    fake.faults.add({ route: 'integrations.list', reset: 'mid-body', times: 1 });
    const mid = await fake.handle(new Request(`${BASE}/integrations`, { headers: { authorization: `Bearer ${SECRET}` } }));
    expect(mid.status).toBe(200);
    await expect(mid.text()).rejects.toThrow();
  });

  it('exhausts the rate limit', async () => {
    fake = makeFake({ rateLimit: 50 });
    fake.faults.exhaustRateLimit();
    const limited = await call(fake, 'GET', '/integrations');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    fake.faults.resetRateLimit();
    expect((await call(fake, 'GET', '/integrations')).status).toBe(200);
  });
});
