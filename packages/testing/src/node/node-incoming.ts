import type { IncomingMessage } from 'node:http';

import { FakeApiError } from '../state/errors.js';
import { checkDeclaredLength, decodeChunks, RawHeaders, type HeaderReader, type Incoming } from '../server/incoming.js';
import { parseRequestTarget } from '../server/request-target.js';
import { toWebRequest } from './web-request.js';

async function readNodeBody(req: IncomingMessage, method: string, headers: HeaderReader, maxBytes: number): Promise<string> {
  checkDeclaredLength(headers, maxBytes);
  // As with a Web Request, GET and HEAD bodies are not read.
  if (method === 'GET' || method === 'HEAD') return '';
  return new Promise<string>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const onData = (chunk: Buffer): void => {
      total += chunk.byteLength;
      if (total > maxBytes) {
        req.off('data', onData);
        req.resume();
        reject(new FakeApiError(413, 'request_too_large', 'The request body is too large'));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(decodeChunks(chunks, total)));
    req.once('error', reject);
  });
}

/**
 * Wraps a Node request for the pipeline without building a Web Request; one is made only for the routes that read it.
 * Throws when the method or target cannot be a Web request (TRACE, CONNECT, unparsable targets).
 */
export function fromNodeRequest(req: IncomingMessage, origin: string): Incoming {
  const method = (req.method ?? 'GET').toUpperCase();
  if (method === 'TRACE' || method === 'CONNECT' || method === 'TRACK') throw new TypeError(`Method ${method} is not supported`);
  const url = parseRequestTarget(req.url ?? '/', origin);
  const headers = new RawHeaders(req.rawHeaders);
  let request: Request | undefined;
  return {
    method,
    url,
    headers,
    rawHeaders: req.rawHeaders,
    text: (maxBytes) => readNodeBody(req, method, headers, maxBytes),
    request: () => (request ??= toWebRequest(req, origin)),
  };
}
