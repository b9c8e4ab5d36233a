import { afterEach, describe, expect, it } from 'vitest';

import { ActionUpstreamError, type FakeNango } from '../src/index.js';
import { call, conn, expectNoViolations, makeFake } from './support.js';

let fake: FakeNango;
afterEach(() => expectNoViolations(fake));

async function poll(id: string): Promise<{ status: number; body: any }> {
  for (let i = 0; i < 50; i++) {
    const res = await call(fake, 'GET', `/action/${id}`);
    if (res.status !== 404) return res;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('action never finished');
}

describe('actions', () => {
  it('runs a registered handler synchronously', async () => {
    fake = makeFake();
    fake.connections.add({ providerConfigKey: 'github', connectionId: 'c1', metadata: { org: 'acme' } });
    fake.actions.register('create-issue', (input, ctx) => ({ created: input, org: ctx.metadata['org'] }));
    const res = await call(fake, 'POST', '/action/trigger', { headers: conn('c1'), body: { action_name: 'create-issue', input: { title: 't' } } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ created: { title: 't' }, org: 'acme' });
  });

  it('async: 202 with id, statusUrl and Location; 404 until done, then 200', async () => {
    fake = makeFake();
    fake.connections.add({ providerConfigKey: 'github', connectionId: 'c1' });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    fake.actions.register('slow', async () => {
      await gate;
      return { done: true };
    });
    const res = await call(fake, 'POST', '/action/trigger', { headers: { ...conn('c1'), 'x-async': 'true' }, body: { action_name: 'slow' } });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ id: expect.any(String), statusUrl: `/action/${res.body.id}` });
    expect(res.headers.get('location')).toBe(`/action/${res.body.id}`);
    await new Promise((r) => setTimeout(r, 10));
    const pending = await call(fake, 'GET', `/action/${res.body.id}`);
    expect([pending.status, pending.body.error.code]).toEqual([404, 'not_found']);
    release();
    const done = await poll(res.body.id);
    expect([done.status, done.body]).toEqual([200, { done: true }]);
    await fake.webhooks.flush();
    expect(fake.webhooks.sent.map((d) => d.event.type)).toContain('async_action');
  });

  it('async failure answers 500 after the retries', async () => {
    fake = makeFake();
    fake.connections.add({ providerConfigKey: 'github', connectionId: 'c1' });
    let attempts = 0;
    fake.actions.register('broken', () => {
      attempts++;
      throw new Error('boom');
    });
    const res = await call(fake, 'POST', '/action/trigger', { headers: { ...conn('c1'), 'x-async': 'true', 'x-max-retries': '2' }, body: { action_name: 'broken' } });
    const failed = await poll(res.body.id);
    expect(failed.status).toBe(500);
    expect(failed.body.error).toEqual({ message: 'boom', code: 'action_script_failure', payload: {} });
    expect(attempts).toBe(3);
  });

  it('sync failures: 500 for a thrown error, 424 with upstream for an upstream error', async () => {
    fake = makeFake();
    fake.connections.add({ providerConfigKey: 'github', connectionId: 'c1' });
    fake.actions.register('throws', () => {
      throw new Error('nope');
    });
    fake.actions.register('upstream', () => {
      throw new ActionUpstreamError({ status: 403, headers: { 'content-type': 'application/json' }, body: { message: 'forbidden' } });
    });
    const thrown = await call(fake, 'POST', '/action/trigger', { headers: conn('c1'), body: { action_name: 'throws' } });
    expect(thrown.status).toBe(500);
    const upstream = await call(fake, 'POST', '/action/trigger', { headers: conn('c1'), body: { action_name: 'upstream' } });
    expect(upstream.status).toBe(424);
    expect(upstream.body.error.upstream).toEqual({ status: 403, headers: { 'content-type': 'application/json' }, body: { message: 'forbidden' } });
    const bad = await call(fake, 'POST', '/action/trigger', { headers: { ...conn('c1'), 'x-async': 'true', 'x-max-retries': '9' }, body: { action_name: 'throws' } });
    expect(bad.status).toBe(400);
  });
});
