import { describe, expect, it } from 'vitest';
import { NangoInternalServerError } from '../src/errors.js';
import { makeCore } from './fixtures/core.js';
import { fakeFetch, json } from './fixtures/fake-fetch.js';
import { listConnections, listFunctions, listRecords } from './fixtures/operations.js';

const ids = { connectionId: 'c', providerConfigKey: 'k' };

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('cursor pagination', () => {
  it('awaiting gives the first page only', async () => {
    const fetch = fakeFetch(() => json({ records: [{ id: 1 }], next_cursor: 'c2' }));
    const { invoker } = makeCore({ fetch });
    const page = await invoker.paginate(listRecords, { model: 'M', ...ids });
    expect(page).toEqual({ records: [{ id: 1 }], next_cursor: 'c2' });
    expect(fetch.seen).toHaveLength(1);
  });

  it('follows next_cursor until null and yields every item', async () => {
    const pages = [
      { records: [{ id: 1 }, { id: 2 }], next_cursor: 'Y3Vyc29yMg==' },
      { records: [{ id: 3 }], next_cursor: 'cursor/3' },
      { records: [{ id: 4 }], next_cursor: null },
    ];
    const fetch = fakeFetch(...pages.map((page) => () => json(page)));
    const { invoker } = makeCore({ fetch });
    const items = await collect(invoker.paginate<unknown, { id: number }>(listRecords, { model: 'M', limit: 2, ...ids }));
    expect(items.map((item) => item.id)).toEqual([1, 2, 3, 4]);
    expect(fetch.seen.map((seen) => seen.url.searchParams.get('cursor'))).toEqual([null, 'Y3Vyc29yMg==', 'cursor/3']);
    expect(fetch.seen.every((seen) => seen.url.searchParams.get('limit') === '2' && seen.headers.get('connection-id') === 'c')).toBe(true);
  });

  it('stops at the first page when next_cursor is null', async () => {
    const fetch = fakeFetch(() => json({ records: [{ id: 1 }], next_cursor: null }));
    const { invoker } = makeCore({ fetch });
    expect(await collect(invoker.paginate(listRecords, { model: 'M', ...ids }))).toEqual([{ id: 1 }]);
    expect(fetch.seen).toHaveLength(1);
  });

  it('never invents a cursor when the field is missing, even on a full page', async () => {
    const fetch = fakeFetch(() => json({ records: [{ id: 1 }, { id: 2 }] }));
    const { invoker } = makeCore({ fetch });
    expect(await collect(invoker.paginate(listRecords, { model: 'M', limit: 2, ...ids }))).toHaveLength(2);
    expect(fetch.seen).toHaveLength(1);
  });

  it('keeps following through empty pages that still carry a cursor', async () => {
    const fetch = fakeFetch(
      () => json({ records: [], next_cursor: 'a' }),
      () => json({ records: [{ id: 9 }], next_cursor: null }),
    );
    const { invoker } = makeCore({ fetch });
    expect(await collect(invoker.paginate(listRecords, { model: 'M', ...ids }))).toEqual([{ id: 9 }]);
  });

  it('stops when the server repeats the cursor it was given', async () => {
    const fetch = fakeFetch(() => json({ records: [{ id: 1 }], next_cursor: 'same' }));
    const { invoker } = makeCore({ fetch });
    expect(await collect(invoker.paginate(listRecords, { model: 'M', ...ids }))).toHaveLength(2);
    expect(fetch.seen).toHaveLength(2);
  });

  it('pages() iterates whole pages', async () => {
    const fetch = fakeFetch(
      () => json({ records: [{ id: 1 }], next_cursor: 'b' }),
      () => json({ records: [{ id: 2 }], next_cursor: null }),
    );
    const { invoker } = makeCore({ fetch });
    const pages = await collect(invoker.paginate<{ records: unknown[] }, unknown>(listRecords, { model: 'M', ...ids }).pages());
    expect(pages.map((page) => page.records.length)).toEqual([1, 1]);
  });

  it('an error on a later page rejects the iteration', async () => {
    const fetch = fakeFetch(
      () => json({ records: [{ id: 1 }], next_cursor: 'b' }),
      () => json({ error: { code: 'server_error' } }, 500),
    );
    const { invoker } = makeCore({ fetch, maxRetries: 0 });
    const seen: unknown[] = [];
    await expect(async () => {
      for await (const item of invoker.paginate(listRecords, { model: 'M', ...ids })) seen.push(item);
    }).rejects.toBeInstanceOf(NangoInternalServerError);
    expect(seen).toEqual([{ id: 1 }]);
  });

  it('fetches pages lazily: breaking early sends no further request', async () => {
    const fetch = fakeFetch(() => json({ records: [{ id: 1 }, { id: 2 }], next_cursor: 'more' }));
    const { invoker } = makeCore({ fetch });
    for await (const _item of invoker.paginate(listRecords, { model: 'M', ...ids })) break;
    expect(fetch.seen).toHaveLength(1);
  });
});

describe('page pagination', () => {
  it('increments page until a short page, using the request limit', async () => {
    const fetch = fakeFetch(
      () => json({ connections: [{ id: 1 }, { id: 2 }] }),
      () => json({ connections: [{ id: 3 }, { id: 4 }] }),
      () => json({ connections: [{ id: 5 }] }),
    );
    const { invoker } = makeCore({ fetch });
    const items = await collect(invoker.paginate(listConnections, { limit: 2 }));
    expect(items).toHaveLength(5);
    expect(fetch.seen.map((seen) => seen.url.searchParams.get('page'))).toEqual([null, '1', '2']);
  });

  it('stops on an empty page when the last full page was exact', async () => {
    const fetch = fakeFetch(
      () => json({ connections: [{ id: 1 }, { id: 2 }] }),
      () => json({ connections: [] }),
    );
    const { invoker } = makeCore({ fetch });
    expect(await collect(invoker.paginate(listConnections, { limit: 2 }))).toHaveLength(2);
    expect(fetch.seen).toHaveLength(2);
  });

  it('without a limit, stops only when a page is empty', async () => {
    const fetch = fakeFetch(
      () => json({ connections: [{ id: 1 }] }),
      () => json({ connections: [{ id: 2 }] }),
      () => json({ connections: [] }),
    );
    const { invoker } = makeCore({ fetch });
    expect(await collect(invoker.paginate(listConnections, undefined))).toHaveLength(2);
    expect(fetch.seen.map((seen) => seen.url.searchParams.get('page'))).toEqual([null, '1', '2']);
  });

  it('starts from the page given', async () => {
    const fetch = fakeFetch(() => json({ connections: [{ id: 1 }] }));
    const { invoker } = makeCore({ fetch });
    await collect(invoker.paginate(listConnections, { page: 3, limit: 5 }));
    expect(fetch.seen.map((seen) => seen.url.searchParams.get('page'))).toEqual(['3']);
  });
});

describe('total pagination', () => {
  it('stops when page * limit reaches total', async () => {
    const page = (n: number, items: number) => () => json({ data: Array.from({ length: items }, (_, i) => ({ n, i })), pagination: { total: 5, page: n, limit: 2 } });
    const fetch = fakeFetch(page(0, 2), page(1, 2), page(2, 1));
    const { invoker } = makeCore({ fetch });
    expect(await collect(invoker.paginate(listFunctions, { uniqueKey: 'github', limit: 2 }))).toHaveLength(5);
    expect(fetch.seen).toHaveLength(3);
  });

  it('uses the limit from the response when the request has none', async () => {
    const fetch = fakeFetch(
      () => json({ data: [1, 2, 3], pagination: { total: 6, page: 0, limit: 3 } }),
      () => json({ data: [4, 5, 6], pagination: { total: 6, page: 1, limit: 3 } }),
    );
    const { invoker } = makeCore({ fetch });
    expect(await collect(invoker.paginate(listFunctions, { uniqueKey: 'u' }))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(fetch.seen).toHaveLength(2);
  });

  it('stops on an empty page even if total says more', async () => {
    const fetch = fakeFetch(() => json({ data: [], pagination: { total: 100, page: 0, limit: 20 } }));
    const { invoker } = makeCore({ fetch });
    expect(await collect(invoker.paginate(listFunctions, { uniqueKey: 'u' }))).toEqual([]);
    expect(fetch.seen).toHaveLength(1);
  });
});

describe('memory', () => {
  it('releases earlier pages while iterating (heap bounded by one page)', async () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    expect(gc, 'run with --expose-gc').toBeTypeOf('function');
    const refs: WeakRef<object>[] = [];
    let n = 0;
    const fetch = fakeFetch(() => {
      n++;
      return json({ records: Array.from({ length: 100 }, (_, i) => ({ id: `${n}-${i}` })), next_cursor: n < 50 ? `c${n}` : null });
    });
    const { invoker } = makeCore({ fetch });
    let count = 0;
    for await (const page of invoker.paginate<{ records: object[] }, unknown>(listRecords, { model: 'M', ...ids }).pages()) {
      refs.push(new WeakRef(page));
      count++;
    }
    expect(count).toBe(50);
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc?.();
    const alive = refs.filter((ref) => ref.deref() !== undefined).length;
    expect(alive).toBeLessThanOrEqual(2);
  });
});
