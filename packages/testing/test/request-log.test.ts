import { describe, expect, it } from 'vitest';

import { RequestLog, type RequestRecord } from '../src/state/request-log.js';
import { makeFake, SECRET } from './support.js';

function record(i: number, headers: Record<string, string> = {}): RequestRecord {
  return {
    method: 'GET',
    path: `/connections/c${i}`,
    search: `?provider_config_key=github&connect_session_token=nango_connect_session_${i}`,
    headers: new Headers({ authorization: `Bearer sk_${i}`, 'x-trace': String(i), ...headers }),
    body: undefined,
    operationId: 'connections.get',
    status: 200,
    atMs: Date.UTC(2026, 0, 1) + i,
  };
}

describe('RequestLog', () => {
  it('turns records into redacted plain entries when read', () => {
    const log = new RequestLog();
    log.record(record(1, { cookie: 'session=abc' }));
    expect(log.entries()).toEqual([
      {
        method: 'GET',
        path: '/connections/c1',
        query: { provider_config_key: ['github'], connect_session_token: ['[redacted]'] },
        headers: { authorization: '[redacted]', cookie: '[redacted]', 'x-trace': '1' },
        body: undefined,
        operationId: 'connections.get',
        status: 200,
        at: '2026-01-01T00:00:00.001Z',
      },
    ]);
    expect(JSON.stringify(log.entries())).not.toMatch(/sk_1|nango_connect_session_1|abc/);
  });

  it('reads a flat header list as the Fetch API would: lower-case names, repeated values joined', () => {
    const log = new RequestLog();
    log.record({ ...record(1), search: '', headers: ['Authorization', 'Bearer sk_1', 'X-Trace', ' one ', 'x-trace', 'two', 'Cookie', 'a=b'] });
    expect(log.entries()[0]).toEqual(expect.objectContaining({ query: {}, headers: { authorization: '[redacted]', cookie: '[redacted]', 'x-trace': 'one, two' } }));
  });

  it('keeps the same array across reads and appends new requests in order', () => {
    const log = new RequestLog();
    log.record(record(1));
    const first = log.entries();
    log.record(record(2));
    log.record(record(3));
    expect(log.entries()).toBe(first);
    expect(first.map((e) => e.path)).toEqual(['/connections/c1', '/connections/c2', '/connections/c3']);
  });

  it('keeps only the most recent requests, whether or not the log was read in between', () => {
    const limit = 10;
    const slack = 5;
    for (const readEvery of [0, 1, 3, 7]) {
      const log = new RequestLog(limit, slack);
      for (let i = 0; i < 200; i += 1) {
        log.record(record(i));
        if (readEvery > 0 && i % readEvery === 0) expect(log.entries().length).toBeLessThanOrEqual(limit + slack);
      }
      const paths = log.entries().map((e) => e.path);
      expect(paths.length).toBeGreaterThanOrEqual(limit);
      expect(paths.length).toBeLessThanOrEqual(limit + slack);
      // Oldest first, consecutive, ending with the last request.
      const numbers = paths.map((p) => Number(p.slice('/connections/c'.length)));
      expect(numbers.at(-1)).toBe(199);
      expect(numbers).toEqual(numbers.map((_, k) => 199 - (numbers.length - 1) + k));
    }
  });
});

describe('the fake records every request it answers', () => {
  it('logs method, path, query, redacted headers, status and operation, read back through fake.requests', async () => {
    const fake = makeFake();
    const before = fake.requests.length;
    const t0 = fake.clock.now();
    const res = await fake.handle(new Request('http://localhost:3003/connections?limit=5&search=x', { headers: { authorization: `Bearer ${SECRET}` } }));
    expect(res.status).toBe(200);
    const entry = fake.requests.at(-1);
    expect(fake.requests.length).toBe(before + 1);
    expect(entry).toEqual({
      method: 'GET',
      path: '/connections',
      query: { limit: ['5'], search: ['x'] },
      headers: { authorization: '[redacted]' },
      body: undefined,
      operationId: 'connections.list',
      status: 200,
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    expect(Date.parse(entry!.at)).toBeGreaterThanOrEqual(t0);
    expect(Date.parse(entry!.at)).toBeLessThanOrEqual(fake.clock.now());
    expect(JSON.stringify(fake.requests)).not.toContain(SECRET);
  });
});
