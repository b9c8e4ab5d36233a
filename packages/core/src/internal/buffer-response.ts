/** Statuses whose responses never carry a body. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * Reads a response's whole body and returns an equivalent response over the bytes, so that the body is
 * read while the attempt that received it is still open (its timeout and retries cover the body).
 * Responses without a body, and those a `Response` cannot be built for (opaque ones have status 0), are
 * returned as they are.
 */
export async function bufferResponse(method: string, response: Response): Promise<Response> {
  if (response.body === null || response.status < 200 || response.status > 599) return response;
  const init: ResponseInit = { status: response.status, statusText: response.statusText, headers: response.headers };
  if (NULL_BODY_STATUSES.has(response.status) || method === 'HEAD') {
    // Not awaited: some fetch mocks return bodies whose cancel() never settles.
    void response.body.cancel().catch(() => undefined);
    return keepOrigin(new Response(null, init), response);
  }
  return keepOrigin(new Response(await response.arrayBuffer(), init), response);
}

/** The constructor cannot set `url` and `redirected`; the copy reports those of the original. */
function keepOrigin(copy: Response, original: Response): Response {
  Object.defineProperties(copy, {
    url: { value: original.url, enumerable: true },
    redirected: { value: original.redirected, enumerable: true },
  });
  return copy;
}
