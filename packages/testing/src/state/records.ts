import type { Clock } from './clock.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { FakeApiError } from './errors.js';

export type LastAction = 'ADDED' | 'UPDATED' | 'DELETED';

export interface NangoRecordMetadata {
  first_seen_at: string;
  last_modified_at: string;
  last_action: LastAction;
  deleted_at: string | null;
  cursor: string;
  pruned_at: string | null;
}

export interface StoredRecord {
  id: string;
  data: Record<string, unknown>;
  seq: number;
  meta: Omit<NangoRecordMetadata, 'cursor'>;
  /** The record as it appears in a page, serialised on first read; cleared whenever the record changes. */
  json?: string | undefined;
}

/** A stored record as JSON text: its data plus `_nango_metadata`. */
function recordJson(r: StoredRecord): string {
  r.json ??= JSON.stringify({ ...r.data, _nango_metadata: { ...r.meta, cursor: encodeCursor(r.seq) } });
  return r.json;
}

/** A JSON-safe copy of record data, so later changes to the caller's objects do not reach the store. */
function snapshot(data: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
}

export interface RecordQuery {
  cursor?: string;
  limit: number;
  filter?: LastAction[];
  modifiedAfter?: number;
  ids?: string[];
}

export interface RecordPage {
  records: (Record<string, unknown> & { _nango_metadata: NangoRecordMetadata })[];
  next_cursor: string | null;
}

const bucketKey = (connectionPk: number, model: string, variant: string): string => `${connectionPk}\u0000${model}\u0000${variant}`;

/** A page as JSON text, with its length in UTF-8 bytes. */
export interface JsonPage {
  readonly text: string;
  readonly byteLength: number;
}

const utf8 = new TextEncoder();

/** Records per (connection, model, variant) with Nango's change tracking and opaque cursors. */
export class RecordStore {
  readonly #clock: Clock;
  readonly #buckets = new Map<string, Map<string, StoredRecord>>();
  #seq = 0;
  /** Changes that do not take a sequence number (prune, dropped connections). */
  #edits = 0;
  /** The last page served, reused while nothing has changed (clients often re-read the same page). */
  #lastPage: (JsonPage & { key: string }) | undefined;

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  /** Adds or updates records; each must carry a string or number `id`. */
  upsert(connectionPk: number, model: string, variant: string, records: Record<string, unknown>[]): StoredRecord[] {
    const bucket = this.#bucket(connectionPk, model, variant, true)!;
    const now = this.#clock.iso();
    return records.map((data) => {
      const rawId = data['id'];
      if (typeof rawId !== 'string' && typeof rawId !== 'number') throw new FakeApiError(400, 'invalid_body', 'Each record needs an id');
      const id = String(rawId);
      const existing = bucket.get(id);
      const seq = ++this.#seq;
      const stored: StoredRecord = existing && existing.meta.last_action !== 'DELETED'
        ? { id, data: snapshot(data), seq, meta: { ...existing.meta, last_modified_at: now, last_action: 'UPDATED', pruned_at: null } }
        : { id, data: snapshot(data), seq, meta: { first_seen_at: existing?.meta.first_seen_at ?? now, last_modified_at: now, last_action: 'ADDED', deleted_at: null, pruned_at: null } };
      bucket.delete(id);
      bucket.set(id, stored);
      return stored;
    });
  }

  /** Marks records deleted (they stay listable with `last_action: DELETED`). */
  delete(connectionPk: number, model: string, variant: string, ids: string[]): number {
    const bucket = this.#bucket(connectionPk, model, variant, false);
    if (!bucket) return 0;
    const now = this.#clock.iso();
    let count = 0;
    for (const id of ids) {
      const existing = bucket.get(id);
      if (!existing || existing.meta.last_action === 'DELETED') continue;
      bucket.delete(id);
      bucket.set(id, { id, data: existing.data, seq: ++this.#seq, meta: { ...existing.meta, last_modified_at: now, last_action: 'DELETED', deleted_at: now } });
      count++;
    }
    return count;
  }

  /** One page of records, as fresh objects. */
  list(connectionPk: number, model: string, variant: string, query: RecordQuery): RecordPage {
    return JSON.parse(this.listJson(connectionPk, model, variant, query).text) as RecordPage;
  }

  /** One page of records as the JSON body of `GET /records`, built from each record's cached serialisation. */
  listJson(connectionPk: number, model: string, variant: string, query: RecordQuery): JsonPage {
    const key = JSON.stringify([this.#seq, this.#edits, connectionPk, model, variant, query.cursor, query.limit, query.filter, query.modifiedAfter, query.ids]);
    if (this.#lastPage?.key === key) return this.#lastPage;
    const text = this.#pageJson(connectionPk, model, variant, query);
    this.#lastPage = { key, text, byteLength: utf8.encode(text).byteLength };
    return this.#lastPage;
  }

  #pageJson(connectionPk: number, model: string, variant: string, query: RecordQuery): string {
    const bucket = this.#bucket(connectionPk, model, variant, false);
    let after = 0;
    if (query.cursor !== undefined) {
      const seq = decodeCursor(query.cursor);
      if (seq === undefined) {
        throw new FakeApiError(400, 'invalid_query_params', 'Invalid cursor', { errors: [{ code: 'custom', message: 'Invalid cursor', path: ['cursor'] }] });
      }
      after = seq;
    }
    const ids = query.ids ? new Set(query.ids) : undefined;
    // A bucket iterates in sequence order: every write re-inserts the record at the end.
    const page: StoredRecord[] = [];
    let more = false;
    for (const r of bucket?.values() ?? []) {
      if (r.seq <= after) continue;
      if (query.filter && !query.filter.includes(r.meta.last_action)) continue;
      if (query.modifiedAfter !== undefined && !(Date.parse(r.meta.last_modified_at) > query.modifiedAfter)) continue;
      if (ids && !ids.has(r.id)) continue;
      if (page.length === query.limit) {
        more = true;
        break;
      }
      page.push(r);
    }
    const last = page[page.length - 1];
    const next = more && last ? JSON.stringify(encodeCursor(last.seq)) : 'null';
    let body = '{"records":[';
    for (let i = 0; i < page.length; i++) body += (i === 0 ? '' : ',') + recordJson(page[i]!);
    return `${body}],"next_cursor":${next}}`;
  }

  /** Drops the payload of records up to and including `untilCursor`, as `PATCH /records/prune` does. */
  prune(connectionPk: number, model: string, variant: string, untilCursor: string, limit: number): { count: number; has_more: boolean } {
    const until = decodeCursor(untilCursor);
    if (until === undefined) {
      throw new FakeApiError(400, 'invalid_body', 'Invalid cursor', { errors: [{ code: 'custom', message: 'Invalid cursor', path: ['until_cursor'] }] });
    }
    const bucket = this.#bucket(connectionPk, model, variant, false);
    const candidates = [...(bucket?.values() ?? [])].filter((r) => r.seq <= until && r.meta.pruned_at === null).sort((a, b) => a.seq - b.seq);
    const now = this.#clock.iso();
    const batch = candidates.slice(0, limit);
    for (const r of batch) {
      r.data = { id: r.data['id'] ?? r.id };
      r.meta = { ...r.meta, pruned_at: now };
      r.json = undefined;
      this.#edits++;
    }
    return { count: batch.length, has_more: candidates.length > batch.length };
  }

  /** Number of non-deleted records per model for a connection and variant. */
  counts(connectionPk: number, variant: string): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [key, bucket] of this.#buckets) {
      const [pk, model, v] = key.split('\u0000');
      if (Number(pk) !== connectionPk || v !== variant || model === undefined) continue;
      out[model] = [...bucket.values()].filter((r) => r.meta.last_action !== 'DELETED').length;
    }
    return out;
  }

  dropConnection(connectionPk: number): void {
    this.#edits++;
    for (const key of [...this.#buckets.keys()]) if (key.startsWith(`${connectionPk}\u0000`)) this.#buckets.delete(key);
  }

  #bucket(connectionPk: number, model: string, variant: string, create: boolean): Map<string, StoredRecord> | undefined {
    const key = bucketKey(connectionPk, model, variant);
    let bucket = this.#buckets.get(key);
    if (!bucket && create) {
      bucket = new Map();
      this.#buckets.set(key, bucket);
    }
    return bucket;
  }
}
