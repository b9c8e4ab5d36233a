import type { CheckpointStore } from './checkpoint-store.js';

/** Bookkeeping fields Nango adds to every record. */
export interface NangoRecordMetadata {
  readonly deleted_at?: string | null;
  readonly last_action?: string;
  readonly first_seen_at?: string;
  readonly last_modified_at?: string;
  readonly cursor?: string;
  readonly pruned_at?: string | null;
}

/** A record as `GET /records` returns it: the synced fields plus `_nango_metadata`. */
export type NangoRecord<T extends object = Record<string, unknown>> = T & { readonly _nango_metadata: NangoRecordMetadata };

/** One change delivered by a record sync. */
export interface RecordChange<T extends object = Record<string, unknown>> {
  readonly action: 'added' | 'updated' | 'deleted';
  readonly record: NangoRecord<T>;
}

/** Options of `nango.records.sync()`. */
export interface RecordSyncOptions {
  readonly connectionId: string;
  readonly providerConfigKey: string;
  readonly model: string;
  readonly variant?: string;
  /** Where the position is kept between runs. */
  readonly checkpoint: CheckpointStore;
  /** The checkpoint key; defaults to `<providerConfigKey>/<connectionId>/<model>/<variant or base>`. */
  readonly key?: string;
  /** Records per request (the server's default is 100). */
  readonly limit?: number;
  readonly signal?: AbortSignal;
}

/** One page of `GET /records`. */
export interface RecordPage {
  readonly records: readonly NangoRecord[];
  readonly next_cursor?: string | null;
}
