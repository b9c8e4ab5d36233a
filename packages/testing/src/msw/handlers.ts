import { http, HttpResponse, type HttpHandler } from 'msw';

import type { FakeNango } from '../fake/create-fake.js';
import { isStreamedFault } from '../faults/apply.js';

/**
 * msw request handlers that answer every request under the fake's base URL.
 * Use with `setupServer(...nangoHandlers(fake))` (Node) or `setupWorker(...)` (browser).
 */
export function nangoHandlers(fake: FakeNango, options: { baseUrl?: string } = {}): HttpHandler[] {
  const base = (options.baseUrl ?? fake.baseUrl).replace(/\/+$/, '');
  return [
    http.all(`${base}/*`, async ({ request }) => {
      const response = await fake.handle(request);
      if (response.type === 'error') return HttpResponse.error();
      if (isStreamedFault(response)) return response;
      // A buffered body lets clients cancel it without waiting on the fake's stream.
      const body = response.status === 204 || response.status === 304 ? null : await response.arrayBuffer();
      return new HttpResponse(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    }),
  ];
}
