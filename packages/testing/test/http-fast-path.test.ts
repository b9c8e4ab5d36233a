import { request as httpRequest } from 'node:http';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startFakeNango, type RunningFakeNango } from '../src/index.js';

let running: RunningFakeNango;
const auth = { authorization: 'Bearer fast-key' };
const recordHeaders = { ...auth, 'connection-id': 'c1', 'provider-config-key': 'github' };

beforeAll(async () => {
  running = await startFakeNango({ port: 0, host: '127.0.0.1', secretKey: 'fast-key', validateResponses: true, maxBodyBytes: 1024, seed: {
    integrations: [{ uniqueKey: 'github', provider: 'github' }],
    connections: [{ providerConfigKey: 'github', connectionId: 'c1' }],
  } });
});
afterAll(async () => {
  await running.close();
  expect(running.fake.violations).toEqual([]);
});

async function page(query = 'model=Issue'): Promise<{ records: { id: string; labels?: string[]; _nango_metadata: { last_action: string } }[]; next_cursor: string | null }> {
  const res = await fetch(`${running.url}/records?${query}`, { headers: recordHeaders });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(await res.clone().text())));
  return (await res.json()) as Awaited<ReturnType<typeof page>>;
}

describe('HTTP face without Web Request conversion', () => {
  it('serves a re-read page fresh after every kind of change', async () => {
    const labels = ['bug'];
    running.fake.records.add({ providerConfigKey: 'github', connectionId: 'c1', model: 'Issue', records: [{ id: 'a', labels }, { id: 'b' }] });
    labels.push('changed after add');
    expect((await page()).records.map((r) => [r.id, r.labels])).toEqual([['a', ['bug']], ['b', undefined]]);
    expect((await page()).records).toHaveLength(2);
    running.fake.records.upsert({ providerConfigKey: 'github', connectionId: 'c1', model: 'Issue', records: [{ id: 'a', labels: ['feature'] }] });
    expect((await page()).records.map((r) => [r.id, r._nango_metadata.last_action, r.labels])).toEqual([['b', 'ADDED', undefined], ['a', 'UPDATED', ['feature']]]);
    running.fake.records.delete({ providerConfigKey: 'github', connectionId: 'c1', model: 'Issue', ids: ['b'] });
    expect((await page()).records.map((r) => [r.id, r._nango_metadata.last_action])).toEqual([['a', 'UPDATED'], ['b', 'DELETED']]);
    const first = await page('model=Issue&limit=1');
    expect(first.next_cursor).not.toBeNull();
    expect((await page(`model=Issue&cursor=${first.next_cursor!}`)).records.map((r) => r.id)).toEqual(['b']);
    const empty = await fetch(`${running.url}/records?model=Issue&cursor=`, { headers: recordHeaders });
    expect(empty.status).toBe(400);
  });

  it('declares the UTF-8 length of pages with multi-byte text, served fresh and from the page cache', async () => {
    running.fake.records.add({ providerConfigKey: 'github', connectionId: 'c1', model: 'Note', records: [{ id: 'n1', title: 'Ünïcödé 🙂 – 日本語' }] });
    for (let i = 0; i < 2; i += 1) {
      const res = await fetch(`${running.url}/records?model=Note`, { headers: recordHeaders });
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(res.headers.get('content-length')).toBe(String(bytes.byteLength));
      expect(JSON.parse(new TextDecoder().decode(bytes)).records[0].title).toBe('Ünïcödé 🙂 – 日本語');
    }
  });

  it('joins repeated request headers as the Fetch API does and logs them redacted', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${running.url}/connections`, { headers: auth }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.setHeader('X-Trace', ['one', 'two']);
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(200);
    expect(running.fake.requests.at(-1)?.headers).toEqual(expect.objectContaining({ authorization: '[redacted]', 'x-trace': 'one, two' }));
  });

  it('answers 413 for bodies over maxBodyBytes, declared or streamed', async () => {
    const big = JSON.stringify({ unique_key: 'x'.repeat(2048), provider: 'slack' });
    const declared = await fetch(`${running.url}/integrations`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: big });
    expect([declared.status, ((await declared.json()) as { error: { code: string } }).error.code]).toEqual([413, 'request_too_large']);
    const streamed = await fetch(`${running.url}/integrations`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(streamed.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers methods the Fetch API forbids with 404', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${running.url}/connections`, { method: 'TRACE', headers: auth }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(404);
  });
});
