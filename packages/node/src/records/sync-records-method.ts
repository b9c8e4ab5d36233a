import type { RequestOptions } from '@nango-sdk/core';
import { syncRecords } from './record-sync.js';
import type { RecordChange, RecordPage, RecordSyncOptions } from './sync-types.js';

/** The slice of `nango.records` a sync reads pages from. */
export interface RecordLister {
  list(
    request: { connectionId: string; providerConfigKey: string; model: string; variant?: string; cursor?: string; limit?: number },
    options?: RequestOptions,
  ): { pages(): AsyncIterable<unknown> };
}

/** Builds `nango.records.sync()` on top of `nango.records.list()`. */
export function makeRecordSync(records: RecordLister) {
  return function sync<T extends object = Record<string, unknown>>(options: RecordSyncOptions): AsyncGenerator<RecordChange<T>, void, undefined> {
    const read = (cursor: string | undefined): AsyncIterable<RecordPage> =>
      records
        .list(
          {
            connectionId: options.connectionId,
            providerConfigKey: options.providerConfigKey,
            model: options.model,
            ...(options.variant === undefined ? {} : { variant: options.variant }),
            ...(cursor === undefined ? {} : { cursor }),
            ...(options.limit === undefined ? {} : { limit: options.limit }),
          },
          options.signal ? { signal: options.signal } : undefined,
        )
        .pages() as AsyncIterable<RecordPage>;
    return syncRecords<T>(read, options);
  };
}
