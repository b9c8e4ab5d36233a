import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CheckpointStore } from './checkpoint-store.js';

/**
 * A checkpoint store in a JSON file (`{ "<key>": "<cursor>" }`). Every write goes to a temporary file in
 * the same directory and is renamed over the target, so a crash leaves either the old or the new file,
 * never a torn one. Writes from one instance are serialised.
 */
export class FileCheckpointStore implements CheckpointStore {
  readonly #path: string;
  #queue: Promise<void> = Promise.resolve();
  #cache: Record<string, string> | undefined;

  /** @param path - the JSON file to keep the cursors in; its directory is created when missing. */
  constructor(path: string) {
    this.#path = path;
  }

  async get(key: string): Promise<string | undefined> {
    await this.#queue;
    const cursors = await this.#load();
    return cursors[key];
  }

  set(key: string, cursor: string): Promise<void> {
    return this.#enqueue((cursors) => {
      cursors[key] = cursor;
    });
  }

  delete(key: string): Promise<void> {
    return this.#enqueue((cursors) => {
      delete cursors[key];
    });
  }

  #enqueue(change: (cursors: Record<string, string>) => void): Promise<void> {
    const run = this.#queue.then(async () => {
      const cursors = { ...(await this.#load()) };
      change(cursors);
      await this.#write(cursors);
      this.#cache = cursors;
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #load(): Promise<Record<string, string>> {
    if (this.#cache) return this.#cache;
    let text: string;
    try {
      text = await readFile(this.#path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return (this.#cache = {});
      throw error;
    }
    const parsed: unknown = JSON.parse(text);
    const cursors: Record<string, string> = {};
    if (parsed && typeof parsed === 'object') {
      for (const [key, value] of Object.entries(parsed)) if (typeof value === 'string') cursors[key] = value;
    }
    return (this.#cache = cursors);
  }

  async #write(cursors: Record<string, string>): Promise<void> {
    await mkdir(dirname(this.#path), { recursive: true });
    const temp = `${this.#path}.${process.pid}.${crypto.randomUUID().slice(0, 8)}.tmp`;
    await writeFile(temp, `${JSON.stringify(cursors, null, 2)}\n`, { encoding: 'utf8', flush: true });
    await rename(temp, this.#path);
  }
}
