import type { RecordChange, RecordPage, RecordSyncOptions, NangoRecord } from './sync-types.js';

/** Reads the pages of `GET /records` starting after `cursor` (from the first record when undefined). */
export type RecordPageReader = (cursor: string | undefined) => AsyncIterable<RecordPage>;

/** The default checkpoint key of a sync. */
export function checkpointKey(options: Pick<RecordSyncOptions, 'providerConfigKey' | 'connectionId' | 'model' | 'variant'>): string {
  return [options.providerConfigKey, options.connectionId, options.model, options.variant ?? 'base'].join('/');
}

/**
 * Yields every record change after the stored position and advances the position as the consumer goes.
 *
 * A record counts as delivered once the consumer asks for the next one: only then is its cursor saved.
 * If the consumer throws (or the process dies) while handling a record, that record is not saved and
 * comes back first on the next run; every record before it is never delivered again. When a record
 * carries no cursor, the page's `next_cursor` is saved after the whole page instead, which narrows the
 * guarantee to "a page is delivered again at most once".
 */
export async function* syncRecords<T extends object = Record<string, unknown>>(
  readPages: RecordPageReader,
  options: RecordSyncOptions,
): AsyncGenerator<RecordChange<T>, void, undefined> {
  const key = options.key ?? checkpointKey(options);
  const store = options.checkpoint;
  const start = await store.get(key);
  for await (const page of readPages(start)) {
    for (const record of page.records) {
      options.signal?.throwIfAborted();
      yield { action: actionOf(record), record: record as NangoRecord<T> };
      const cursor = record._nango_metadata.cursor;
      if (cursor) await store.set(key, cursor);
    }
    if (page.next_cursor) await store.set(key, page.next_cursor);
  }
}

function actionOf(record: NangoRecord): RecordChange['action'] {
  const meta = record._nango_metadata;
  const last = meta.last_action?.toLowerCase();
  if (meta.deleted_at || last === 'deleted') return 'deleted';
  return last === 'updated' ? 'updated' : 'added';
}
