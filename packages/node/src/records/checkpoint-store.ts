/**
 * Where a record sync keeps its position. A store maps a sync key to the cursor of the last record
 * the consumer finished with; implementations must make `set` durable before it resolves.
 */
export interface CheckpointStore {
  /** The saved cursor for `key`, or undefined when the sync has not started yet. */
  get(key: string): Promise<string | undefined>;
  /** Saves `cursor` as the position of `key`. */
  set(key: string, cursor: string): Promise<void>;
  /** Forgets the position of `key`, so the next sync starts from the first record. */
  delete(key: string): Promise<void>;
}
