/** A `fetch` that records each request and answers at once with a canned response, without networking. */

export interface RecordedRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
}

export interface RecordingFetch {
  readonly fetch: (input: Request | URL | string, init?: RequestInit) => Promise<Response>;
  readonly calls: RecordedRequest[];
  reset(): void;
}

export function recordingFetch(body: unknown = { ok: true }, status = 200): RecordingFetch {
  const calls: RecordedRequest[] = [];
  const text = JSON.stringify(body);
  return {
    calls,
    reset: () => void (calls.length = 0),
    fetch: async (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      calls.push({ method: request.method, url: new URL(request.url), headers: new Headers(request.headers) });
      return new Response(text, { status, headers: { 'content-type': 'application/json' } });
    },
  };
}
