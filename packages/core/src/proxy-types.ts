import type { RequestOptions } from './options.js';

/** How a proxy response body is read. */
export type ProxyResponseType = 'json' | 'text' | 'arrayBuffer' | 'blob' | 'stream' | 'response';

/** A body the proxy can forward: JSON values are encoded, the rest is sent as is. */
export type ProxyBody =
  | string
  | Blob
  | FormData
  | URLSearchParams
  | ArrayBuffer
  | ArrayBufferView
  | ReadableStream<Uint8Array>
  | readonly unknown[]
  | { readonly [key: string]: unknown };

/** A query value; arrays become repeated keys. */
export type ProxyQueryValue = string | number | boolean | readonly (string | number | boolean)[] | undefined;

/** Options of a proxied call. */
export interface ProxyOptions<R extends ProxyResponseType = ProxyResponseType> extends Omit<RequestOptions, 'headers'> {
  /** Connection whose credentials sign the upstream call. */
  readonly connectionId: string;
  /** Integration unique key of the connection. */
  readonly providerConfigKey: string;
  /** Query parameters for the upstream API. */
  readonly query?: Readonly<Record<string, ProxyQueryValue>>;
  /** Headers forwarded to the upstream API (sent as `Nango-Proxy-<name>`). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Headers for Nango itself, sent unchanged. */
  readonly nangoHeaders?: Readonly<Record<string, string>>;
  /** How many times Nango retries the upstream call. */
  readonly retries?: number;
  /** Extra upstream statuses Nango retries on (besides 5xx and 429). */
  readonly retryOn?: readonly number[];
  /** Base URL to use instead of the provider's. */
  readonly baseUrlOverride?: string;
  /** Whether Nango decompresses the upstream response. */
  readonly decompress?: boolean;
  /** Whether headers are forwarded when the upstream API redirects. */
  readonly forwardHeadersOnRedirect?: boolean;
  /** Request body. */
  readonly body?: ProxyBody;
  /** How to read the response body. Default `json` (falls back to text when the body is not JSON). */
  readonly responseType?: R;
}

/** What a proxy response body becomes for each response type. */
export interface ProxyDataByType<T> {
  json: T;
  text: string;
  arrayBuffer: ArrayBuffer;
  blob: Blob;
  stream: ReadableStream<Uint8Array> | null;
  response: Response;
}

/** The upstream answer: its status, its headers and the body read as asked. */
export interface ProxyResponse<T> {
  readonly status: number;
  readonly headers: Headers;
  readonly data: T;
}

/** The data type for a response type `R`, with `T` for JSON. */
export type ProxyData<R extends ProxyResponseType, T> = ProxyDataByType<T>[R];
