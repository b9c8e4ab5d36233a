import { FakeApiError } from '../state/errors.js';

/** The read side of request headers the fake needs (a Web `Headers` satisfies it). */
export interface HeaderReader {
  get(name: string): string | null;
  has(name: string): boolean;
  forEach(callback: (value: string, name: string) => void): void;
}

/** The parts of a request URL the fake reads (a WHATWG `URL` satisfies it). */
export interface RequestTarget {
  /** Percent-encoded path, as `URL.pathname` gives it. */
  readonly pathname: string;
  /** `?` and the query, or the empty string, as `URL.search` gives it. */
  readonly search: string;
  readonly searchParams: URLSearchParams;
}

/** Headers from a flat name/value list (as Node gives them), read like Web `Headers`: lower-case names, repeated values joined by `, `. */
export class RawHeaders implements HeaderReader {
  readonly #map = new Map<string, string>();

  constructor(raw: readonly string[]) {
    for (let i = 0; i < raw.length; i += 2) {
      const name = raw[i]!.toLowerCase();
      const value = raw[i + 1]!.trim();
      const previous = this.#map.get(name);
      this.#map.set(name, previous === undefined ? value : `${previous}, ${value}`);
    }
  }

  get(name: string): string | null {
    return this.#map.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.#map.has(name.toLowerCase());
  }

  forEach(callback: (value: string, name: string) => void): void {
    for (const name of [...this.#map.keys()].sort()) callback(this.#map.get(name)!, name);
  }
}

/** One request as the pipeline sees it, whatever the transport. */
export interface Incoming {
  /** Upper-case method. */
  readonly method: string;
  readonly url: RequestTarget;
  readonly headers: HeaderReader;
  /** The headers as a flat name/value list, when the transport has one (kept by the request log instead of `headers`). */
  readonly rawHeaders?: readonly string[];
  /** Reads the whole body as text; 413 `request_too_large` past `maxBytes`. */
  text(maxBytes: number): Promise<string>;
  /** The request as a Web Request (the browser auth flows read it). */
  request(): Request;
}

function tooLarge(): FakeApiError {
  return new FakeApiError(413, 'request_too_large', 'The request body is too large');
}

/** Fails early when the declared length is already over the limit. */
export function checkDeclaredLength(headers: HeaderReader, maxBytes: number): void {
  if (Number(headers.get('content-length') ?? 0) > maxBytes) throw tooLarge();
}

/** Joins byte chunks and decodes them as UTF-8. */
export function decodeChunks(chunks: Uint8Array[], total: number): string {
  const all = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

async function readWebBody(request: Request, maxBytes: number): Promise<string> {
  checkDeclaredLength(request.headers, maxBytes);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return decodeChunks(chunks, total);
}

/** Wraps a Web Request; throws a TypeError when its URL cannot be parsed. */
export function fromWebRequest(request: Request): Incoming {
  const method = request.method.toUpperCase();
  return {
    method,
    url: new URL(request.url),
    headers: request.headers,
    text: (maxBytes) => readWebBody(request, maxBytes),
    request: () => request,
  };
}
