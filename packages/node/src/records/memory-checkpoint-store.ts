import type { CheckpointStore } from './checkpoint-store.js';

/** A checkpoint store held in memory: survives a restarted iterator, not a restarted process. */
export class MemoryCheckpointStore implements CheckpointStore {
  readonly #cursors = new Map<string, string>();

  get(key: string): Promise<string | undefined> {
    return Promise.resolve(this.#cursors.get(key));
  }

  set(key: string, cursor: string): Promise<void> {
    this.#cursors.set(key, cursor);
    return Promise.resolve();
  }

  delete(key: string): Promise<void> {
    this.#cursors.delete(key);
    return Promise.resolve();
  }
}
