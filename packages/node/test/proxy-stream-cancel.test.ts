import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Nango, NangoNotFoundError } from '../src/index.js';

/** A response whose body never settles the promise `cancel()` returns, as some mock layers do. */
function responseWithStuckCancel(status: number, text: string): { response: Response; cancelled: () => boolean } {
  let wasCancelled = false;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      // The stream stays open: reading it to the end would wait forever too.
    },
    cancel() {
      wasCancelled = true;
      return new Promise<void>(() => undefined);
    },
  });
  return { response: new Response(body, { status, headers: { 'content-type': 'application/json' } }), cancelled: () => wasCancelled };
}

function clientAnswering(response: Response): Nango {
  return new Nango({ secretKey: 'sk_cancel', host: 'http://127.0.0.1:9', env: {}, fetch: () => Promise.resolve(response) });
}

const target = { connectionId: 'conn-1', providerConfigKey: 'files' };

/** Fails instead of hanging when `promise` does not settle in time. */
function withinOneSecond<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('did not settle within 1 s')), 1000);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe('streaming proxy with a body whose cancel() never settles', () => {
  it('upload resolves after letting go of the response body', async () => {
    const { response, cancelled } = responseWithStuckCancel(201, '{"ok":true}');
    const nango = clientAnswering(response);
    const result = await withinOneSecond(nango.proxy.upload('/files/upload', { ...target, from: Readable.from([Buffer.from('data')]) }));
    expect(result.status).toBe(201);
    expect(cancelled()).toBe(true);
  });

  it('an error status rejects with the typed error once the error body limit is read', async () => {
    const { response, cancelled } = responseWithStuckCancel(404, 'x'.repeat(70 * 1024));
    const nango = clientAnswering(response);
    const error = await withinOneSecond(nango.proxy.stream('/missing', target).catch((e: unknown) => e));
    expect(error).toBeInstanceOf(NangoNotFoundError);
    expect((error as NangoNotFoundError).status).toBe(404);
    expect(cancelled()).toBe(true);
  });
});
