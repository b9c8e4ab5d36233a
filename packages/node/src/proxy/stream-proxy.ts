import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { makeAPIError, type ProxyOptions, type ProxyResponse } from '@nango-sdk/core';
import { nodeReadable } from './node-readable.js';
import type {
  ProxyDownloadRequest,
  ProxyStreamBody,
  ProxyStreamRequest,
  ProxyTransferResult,
  ProxyUploadRequest,
} from './proxy-stream-types.js';

/** The core proxy call the streaming helpers are built on. */
export interface ProxyRequester {
  request(method: string, path: string, options: ProxyOptions<'response'>): Promise<ProxyResponse<Response>>;
}

const MAX_ERROR_BODY = 64 * 1024;

function toWebBody(body: ProxyStreamBody): NonNullable<ProxyOptions['body']> {
  if (body instanceof Readable) return Readable.toWeb(body) as unknown as ReadableStream<Uint8Array>;
  return body;
}

/**
 * Lets go of a body without waiting: some fetch implementations (mock layers among them) never settle
 * the promise `cancel()` returns, and awaiting it would hang the caller.
 */
function discard(cancelled: Promise<void>): void {
  cancelled.catch(() => undefined);
}

async function readErrorBody(response: Response): Promise<string | undefined> {
  if (!response.body) return undefined;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < MAX_ERROR_BODY) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  discard(reader.cancel());
  return Buffer.concat(chunks).subarray(0, MAX_ERROR_BODY).toString('utf8');
}

/**
 * Proxy helpers for Node streams and files. Bodies go out as a stream (`duplex: 'half'`) and responses
 * come back as a stream, so neither is held in memory whole. Streamed uploads are never retried by the client.
 */
export class StreamingProxy {
  readonly #proxy: ProxyRequester;

  constructor(proxy: ProxyRequester) {
    this.#proxy = proxy;
  }

  /**
   * Sends a proxy request and resolves with the upstream `Response` as soon as its headers arrive;
   * read `response.body` at your own pace. A non-2xx status rejects with the matching `NangoAPIError`.
   */
  async stream(endpoint: string, request: ProxyStreamRequest): Promise<Response> {
    const { body, contentType, method, headers, query, ...rest } = request;
    const upstreamHeaders: Record<string, string> = { ...headers };
    if (body !== undefined) upstreamHeaders['Content-Type'] = contentType ?? 'application/octet-stream';
    const options: ProxyOptions<'response'> = {
      ...rest,
      headers: upstreamHeaders,
      ...(query ? { query } : {}),
      ...(body === undefined ? {} : { body: toWebBody(body) }),
      responseType: 'response',
    };
    const { data: response } = await this.#proxy.request(method ?? (body === undefined ? 'GET' : 'POST'), endpoint, options);
    if (!response.ok) throw makeAPIError(response.status, await readErrorBody(response), response.headers);
    return response;
  }

  /** Sends a file (by path) or a Node readable as the body of a proxy request (POST by default). */
  async upload(endpoint: string, request: ProxyUploadRequest): Promise<ProxyTransferResult> {
    const { from, ...rest } = request;
    const size = typeof from === 'string' ? (await stat(from)).size : undefined;
    const body = typeof from === 'string' ? createReadStream(from) : from;
    const response = await this.stream(endpoint, { ...rest, method: rest.method ?? 'POST', body });
    if (response.body) discard(response.body.cancel());
    return { status: response.status, headers: response.headers, bytes: size };
  }

  /** Pipes the upstream response body into a file path or a Node writable, chunk by chunk. */
  async download(endpoint: string, request: ProxyDownloadRequest): Promise<ProxyTransferResult> {
    const { to, ...rest } = request;
    const response = await this.stream(endpoint, rest);
    const destination: Writable = typeof to === 'string' ? createWriteStream(to) : to;
    let bytes = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        bytes += chunk.length;
        callback(null, chunk);
      },
    });
    await pipeline(nodeReadable(response.body), counter, destination, request.signal ? { signal: request.signal } : {});
    return { status: response.status, headers: response.headers, bytes };
  }
}
