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

/** Sends one request and returns its status and body text. */
export async function send(pool: Pool, request: LoadRequest): Promise<{ status: number; body: string; contentType: string }> {
  const res = await pool.request({ method: request.method, path: request.path, headers: request.headers, body: request.body ?? null });
  const body = await res.body.text();
  const contentType = String(res.headers['content-type'] ?? '');
  return { status: res.statusCode, body, contentType };
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
