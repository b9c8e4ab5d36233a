import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFakeNango } from '../src/index.js';
import { nangoHandlers } from '../src/msw.js';

const BASE = 'https://api.nango.test';
const fake = createFakeNango({ secretKey: 'msw-key', baseUrl: BASE, validateResponses: true });
const server = setupServer(...nangoHandlers(fake));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => {
  server.close();
  expect(fake.violations).toEqual([]);
});

const auth = { authorization: 'Bearer msw-key' };

describe('msw face', () => {
  it('answers through global fetch with state', async () => {
    fake.integrations.add({ uniqueKey: 'github', provider: 'github' });
    fake.connections.add({ providerConfigKey: 'github', connectionId: 'c1' });
    const res = await fetch(`${BASE}/connections`, { headers: auth });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-ratelimit-limit')).toBe('1000');
    const body = (await res.json()) as { connections: { connection_id: string }[] };
    expect(body.connections.map((c) => c.connection_id)).toEqual(['c1']);
    expect(fake.requests.at(-1)).toEqual(expect.objectContaining({ operationId: 'connections.list', status: 200, headers: expect.objectContaining({ authorization: '[redacted]' }) }));
  });

  it('answers errors as the server does', async () => {
    const res = await fetch(`${BASE}/connections`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'missing_auth_header', message: expect.any(String) } });
  });

  it('turns a reset fault into a network error', async () => {
    const remove = fake.faults.add({ route: 'connections.list', reset: 'before' });
    await expect(fetch(`${BASE}/connections`, { headers: auth })).rejects.toThrow();
    remove();
    expect((await fetch(`${BASE}/connections`, { headers: auth })).status).toBe(200);
  });

  it('creates a connect session with 201', async () => {
    const res = await fetch(`${BASE}/connect/sessions`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({}) });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { data: { connect_link: string } };
    expect(body.data.connect_link.startsWith(`${BASE}/connect-ui/`)).toBe(true);
  });
});
