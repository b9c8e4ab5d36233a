/** A fixed-concurrency HTTP load generator over an undici Pool, used against the fake and the bare server. */
import { Pool } from 'undici';

export interface LoadRequest {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

export function createPool(url: string, connections: number): Pool {
  return new Pool(url, { connections, pipelining: 1 });
}

/** Headers every node:http server adds by itself; the rest of a response's headers are its own. */
const SERVER_ADDED = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

/** Sends one request and returns its status, body text and own response headers (lower-case names, in order). */
export async function send(pool: Pool, request: LoadRequest): Promise<{ status: number; body: string; headers: [string, string][] }> {
  const res = await pool.request({ method: request.method, path: request.path, headers: request.headers, body: request.body ?? null });
  const body = await res.body.text();
  const headers: [string, string][] = [];
  for (const [name, value] of Object.entries(res.headers)) {
    if (!SERVER_ADDED.has(name)) headers.push([name, Array.isArray(value) ? value.join(', ') : String(value)]);
  }
  return { status: res.statusCode, body, headers };
}

/** Sends `count` copies of `request` with `concurrency` in flight; throws on any non-2xx. Returns the wall time in ms. */
export async function hammer(pool: Pool, request: LoadRequest, count: number, concurrency: number): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next += 1;
        const res = await pool.request({ method: request.method, path: request.path, headers: request.headers, body: request.body ?? null });
        await res.body.dump();
        if (res.statusCode >= 300) throw new Error(`${request.method} ${request.path} answered ${res.statusCode}`);
      }
    }),
  );
  return performance.now() - t0;
}
