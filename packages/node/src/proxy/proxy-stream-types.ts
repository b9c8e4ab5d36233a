import type { Readable, Writable } from 'node:stream';

/** Proxy settings shared by the streaming helpers. */
export interface ProxyStreamOptions {
  readonly connectionId: string;
  readonly providerConfigKey: string;
  /** HTTP method; defaults to GET without a body and POST with one. */
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Query parameters for the upstream API; arrays become repeated keys. */
  readonly query?: Readonly<Record<string, string | number | boolean | readonly (string | number | boolean)[] | undefined>>;
  /** Headers for the upstream API; each is sent to Nango as `Nango-Proxy-<name>`. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Replaces the provider's base URL (`Base-Url-Override`). */
  readonly baseUrlOverride?: string;
  /** Retries Nango makes against the upstream API (`Retries`). */
  readonly retries?: number;
  /** Extra upstream statuses Nango retries on (`Retry-On`). */
  readonly retryOn?: readonly number[];
  /** Whether Nango decompresses the upstream response (`Decompress`). */
  readonly decompress?: boolean;
  readonly signal?: AbortSignal;
  /** Time allowed until the response headers arrive, in ms; the body itself has no time limit. */
  readonly timeout?: number;
}

/** A request body the streaming proxy can send without buffering it. */
export type ProxyStreamBody = Readable | ReadableStream<Uint8Array> | Uint8Array | string;

/** Options of `nango.proxy.stream()`. */
export interface ProxyStreamRequest extends ProxyStreamOptions {
  readonly body?: ProxyStreamBody;
  /** Content type of `body`; defaults to `application/octet-stream`. */
  readonly contentType?: string;
}

/** Options of `nango.proxy.upload()`: the body is a file path or a Node stream. */
export interface ProxyUploadRequest extends ProxyStreamOptions {
  /** A path read with `fs.createReadStream`, or a readable stream. */
  readonly from: string | Readable;
  readonly contentType?: string;
}

/** Options of `nango.proxy.download()`: the response body goes to a file path or a writable stream. */
export interface ProxyDownloadRequest extends ProxyStreamOptions {
  readonly to: string | Writable;
  readonly body?: ProxyStreamBody;
  readonly contentType?: string;
}

/** What `upload()` and `download()` resolve to. */
export interface ProxyTransferResult {
  readonly status: number;
  readonly headers: Headers;
  /** Bytes written to the destination (`download`) or sent (`upload`, when known). */
  readonly bytes: number | undefined;
}
