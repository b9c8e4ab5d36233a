import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';

/** Wraps a web body stream as a Node readable. */
export function nodeReadable(body: ReadableStream<Uint8Array> | null): Readable {
  return body ? Readable.fromWeb(body as unknown as NodeReadableStream<Uint8Array>) : Readable.from([]);
}
