import type { FaultSpec } from './types.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const streamed = new WeakSet<Response>();

/** Whether a response carries a fault-driven body stream (slow or reset mid-body) that must not be buffered. */
export function isStreamedFault(response: Response): boolean {
  return streamed.has(response);
}

export function markStreamed(response: Response): Response {
  streamed.add(response);
  return response;
}

/** Runs the part of a fault that happens before the operation; returns a response when the fault replaces it. */
export async function applyBefore(fault: FaultSpec, method: string, path: string): Promise<Response | undefined> {
  if (fault.latencyMs) await sleep(fault.latencyMs);
  if (fault.reset === 'before') return Response.error();
  if (fault.html) {
    const status = fault.status ?? 502;
    return new Response(`<html><head><title>${status} Bad Gateway</title></head><body><h1>${status}</h1></body></html>`, {
      status,
      headers: { 'content-type': 'text/html; charset=utf-8', ...(fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {}) },
    });
  }
  if (fault.status !== undefined) {
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
    if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
    const body =
      fault.body !== undefined
        ? fault.body
        : fault.status === 429
          ? { error: { code: 'too_many_request', method, path } }
          : { error: { code: fault.status >= 500 ? 'server_error' : 'generic_error_support', message: 'Injected fault' } };
    return new Response(JSON.stringify(body), { status: fault.status, headers });
  }
  return undefined;
}

/** Rewrites a response body according to the body faults (malformed, truncated, slow, reset mid-body). */
export async function applyAfter(fault: FaultSpec, response: Response): Promise<Response> {
  if (!fault.malformedJson && !fault.truncate && !fault.slowBodyMs && fault.reset !== 'mid-body') return response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  let payload = bytes;
  if (fault.malformedJson) payload = new TextEncoder().encode(`{"error": {"code": "server_error", "message": <<not json>>`);
  if (fault.truncate) payload = payload.slice(0, Math.floor(payload.length / 2));
  const init = { status: response.status, statusText: response.statusText, headers };
  if (fault.reset === 'mid-body') {
    const half = payload.slice(0, Math.max(1, Math.floor(payload.length / 2)));
    headers.set('content-length', String(payload.length));
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        controller.enqueue(half);
        await sleep(5);
        controller.error(new Error('connection reset by fault injection'));
      },
    });
    return markStreamed(new Response(stream, init));
  }
  if (fault.slowBodyMs) {
    const chunkSize = Math.max(1, Math.ceil(payload.length / 4));
    let offset = 0;
    const delay = fault.slowBodyMs;
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (offset >= payload.length) {
          controller.close();
          return;
        }
        await sleep(delay);
        controller.enqueue(payload.slice(offset, offset + chunkSize));
        offset += chunkSize;
      },
    });
    return markStreamed(new Response(stream, init));
  }
  return new Response(payload, init);
}
