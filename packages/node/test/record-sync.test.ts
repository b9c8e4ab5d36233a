import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileCheckpointStore, MemoryCheckpointStore, Nango, checkpointKey, type CheckpointStore } from '../src/index.js';
import { startRecordsServer } from './helpers/records-server.js';
import type { RecordingServer } from './helpers/recording-server.js';

const COUNT = 250;
const ALL = Array.from({ length: COUNT }, (_, index) => `r${index}`);
let server: RecordingServer;
let nango: Nango;
let dir = '';
const target = { connectionId: 'c1', providerConfigKey: 'github', model: 'Issue' };

class CrashError extends Error {}

/** Consumes a sync; `crashAt` throws while handling that record, before it is recorded as processed. */
async function consume(store: CheckpointStore, processed: string[], crashAt?: string): Promise<void> {
  for await (const change of nango.records.sync({ ...target, checkpoint: store, limit: 40 })) {
    const id = String(change.record['id']);
    if (id === crashAt) throw new CrashError(`crash while handling ${id}`);
    processed.push(id);
  }
}

beforeAll(async () => {
  server = await startRecordsServer(COUNT);
  nango = new Nango({ secretKey: 'sk_sync', host: server.url, env: {} });
  dir = await mkdtemp(join(tmpdir(), 'nango-sync-'));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('records.sync', () => {
  it('resumes after a crash mid-page from a FileCheckpointStore: none lost, none twice', async () => {
    const path = join(dir, 'crash', 'checkpoints.json');
    const processed: string[] = [];
    // r97 sits in the middle of the third page (40 per page).
    await expect(consume(new FileCheckpointStore(path), processed, 'r97')).rejects.toBeInstanceOf(CrashError);
    expect(processed).toEqual(ALL.slice(0, 97));

    // A new process: a fresh store instance on the same file.
    const requestsBefore = server.requests.length;
    await consume(new FileCheckpointStore(path), processed);
    expect(processed).toEqual(ALL);
    expect(new Set(processed).size).toBe(COUNT);
    // It resumed right after the last processed record instead of re-reading from the start.
    expect(server.requests[requestsBefore]?.query.get('cursor')).toBe('cur_000096');

    const saved = JSON.parse(await readFile(path, 'utf8')) as Record<string, string>;
    expect(saved[checkpointKey(target)]).toBe('cur_000249');
    expect((await readdir(join(dir, 'crash'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('redelivers only the record in hand when the consumer breaks out', async () => {
    const store = new MemoryCheckpointStore();
    const processed: string[] = [];
    for await (const change of nango.records.sync({ ...target, checkpoint: store, limit: 40 })) {
      processed.push(String(change.record['id']));
      if (processed.length === 10) break;
    }
    expect(await store.get(checkpointKey(target))).toBe('cur_000008');
    const second: string[] = [];
    for await (const change of nango.records.sync({ ...target, checkpoint: store, limit: 40 })) second.push(String(change.record['id']));
    expect(second[0]).toBe('r9');
    expect([...processed.slice(0, 9), ...second]).toEqual(ALL);
  });

  it('maps last_action to added, updated and deleted', async () => {
    const actions = new Map<string, string>();
    for await (const change of nango.records.sync({ ...target, checkpoint: new MemoryCheckpointStore(), key: 'actions' })) {
      actions.set(String(change.record['id']), change.action);
    }
    expect(actions.get('r0')).toBe('added');
    expect(actions.get('r4')).toBe('updated');
    expect(actions.get('r9')).toBe('deleted');
  });

  it('delivers nothing new when the stored cursor is at the end', async () => {
    const store = new MemoryCheckpointStore();
    await store.set(checkpointKey(target), 'cur_000249');
    const changes = [];
    for await (const change of nango.records.sync({ ...target, checkpoint: store })) changes.push(change);
    expect(changes).toEqual([]);
  });

  it('falls back to the page cursor when records carry none', async () => {
    const bare = await startRecordsServer(90, { withRecordCursors: false });
    try {
      const client = new Nango({ secretKey: 'sk', host: bare.url, env: {} });
      const store = new MemoryCheckpointStore();
      const seen: string[] = [];
      for await (const change of client.records.sync({ ...target, checkpoint: store, limit: 40 })) {
        seen.push(String(change.record['id']));
        if (seen.length === 45) break;
      }
      // The first page was fully delivered, so its next cursor was saved.
      expect(await store.get(checkpointKey(target))).toBe('cur_000039');
    } finally {
      await bare.close();
    }
  });

  it('stops with the abort signal', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const run = (async () => {
      for await (const change of nango.records.sync({ ...target, checkpoint: new MemoryCheckpointStore(), signal: controller.signal, limit: 40 })) {
        seen.push(String(change.record['id']));
        if (seen.length === 5) controller.abort();
      }
    })();
    await expect(run).rejects.toThrow();
    expect(seen).toHaveLength(5);
  });
});

describe('FileCheckpointStore', () => {
  it('keeps several keys, deletes one and survives a new instance', async () => {
    const path = join(dir, 'multi.json');
    const store = new FileCheckpointStore(path);
    await Promise.all([store.set('a', '1'), store.set('b', '2'), store.set('a', '3')]);
    await store.delete('b');
    const reopened = new FileCheckpointStore(path);
    expect(await reopened.get('a')).toBe('3');
    expect(await reopened.get('b')).toBeUndefined();
  });
});
