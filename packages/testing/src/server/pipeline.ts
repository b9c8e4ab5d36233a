import { applyAfter, applyBefore, isStreamedFault, markStreamed } from '../faults/apply.js';
import type { FakeState } from '../fake/state.js';
import type { Validators } from '../fake/spec-loader.js';
import { handleFlow } from '../flows/router.js';
import { FakeApiError } from '../state/errors.js';
import { setOwn } from '../state/own.js';
import { queryToObject, redactBody, redactHeaders } from '../state/request-log.js';
import { authenticate } from './auth.js';
import type { RouteContext } from './context.js';
import { preflightResponse, setCorsHeaders } from './cors.js';
import { RouteMatcher } from './match.js';
import { apiError, errorResponse } from './respond.js';
import { routes, type Route } from './routes.js';

export interface PipelineOptions {
  validators: () => Promise<Validators | undefined>;
  validateResponses: boolean;
  /** Throw (as a 500) instead of only recording when a response violates the spec. */
  strictResponses: boolean;
}

const matcher = new RouteMatcher(routes);

/** The request log keeps the most recent requests only, so a long-running fake does not grow without bound. */
const REQUEST_LOG_LIMIT = 10_000;

function logRequest(state: FakeState, entry: FakeState['requests'][number]): void {
  state.requests.push(entry);
  if (state.requests.length > REQUEST_LOG_LIMIT) state.requests.splice(0, state.requests.length - REQUEST_LOG_LIMIT);
}

function decodeParams(raw: Record<string, string>, route: Route): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (route.passthrough) {
      out[name] = value;
      continue;
    }
    try {
      out[name] = decodeURIComponent(value);
    } catch {
      throw new FakeApiError(400, 'invalid_uri_params', undefined, { errors: [{ code: 'custom', message: 'Malformed percent-encoding', path: [name] }] });
    }
  }
  void route;
  return out;
}

async function readBody(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new FakeApiError(413, 'request_too_large', 'The request body is too large');
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new FakeApiError(413, 'request_too_large', 'The request body is too large');
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

function parseJson(text: string, contentType: string | null): unknown {
  if (text.trim() === '') return undefined;
  if (contentType && !/json/i.test(contentType)) {
    throw new FakeApiError(400, 'invalid_content_type', 'Only application/json bodies are accepted');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new FakeApiError(400, 'invalid_body', 'Malformed JSON body', { errors: [{ code: 'invalid_json', message: 'Malformed JSON', path: [] }] });
  }
}

function withRateHeaders(response: Response, limit: { limit: number; remaining: number; resetSeconds: number }): Response {
  if (response.type === 'error') return response;
  const headers = new Headers(response.headers);
  headers.set('x-ratelimit-limit', String(limit.limit));
  headers.set('x-ratelimit-remaining', String(limit.remaining));
  headers.set('x-ratelimit-reset', String(limit.resetSeconds));
  setCorsHeaders(headers);
  const out = new Response(response.status === 204 ? null : response.body, { status: response.status, statusText: response.statusText, headers });
  return isStreamedFault(response) ? markStreamed(out) : out;
}

/** Builds the transport-neutral handler: Web Request in, Web Response out, never throws. */
export function createPipeline(state: FakeState, options: PipelineOptions): (request: Request) => Promise<Response> {
  const run = createUnguardedPipeline(state, options);
  return async (request) => {
    let response: Response;
    try {
      response = await run(request);
    } catch {
      response = apiError(500, 'server_error', 'An unexpected error occurred');
    }
    return withCors(response);
  };
}

/** Every answer, errors included, carries the CORS headers (a network-error response has no headers to set). */
function withCors(response: Response): Response {
  if (response.type === 'error' || response.headers.has('access-control-allow-origin')) return response;
  const headers = new Headers(response.headers);
  setCorsHeaders(headers);
  const out = new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  return isStreamedFault(response) ? markStreamed(out) : out;
}

function createUnguardedPipeline(state: FakeState, options: PipelineOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    let operationId: string | undefined;
    let route: Route | undefined;
    let loggedBody: unknown;
    let faultApplied = false;
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return apiError(400, 'invalid_uri_params', 'Malformed URL');
    }
    const method = request.method.toUpperCase();
    if (method === 'OPTIONS') {
      const answer = withRateHeaders(preflightResponse(), state.rateLimiter.snapshot());
      // Preflights are logged too, so a test can see which request headers a browser asked to send.
      logRequest(state, {
        method,
        path: url.pathname,
        query: queryToObject(url.searchParams),
        headers: redactHeaders(request.headers),
        body: undefined,
        operationId: undefined,
        status: answer.status,
        at: state.clock.iso(),
      });
      return answer;
    }
    let response: Response;
    const rate = state.rateLimiter.consume();
    try {
      if (rate.limited) {
        response = new Response(JSON.stringify({ error: { code: 'too_many_request', method, path: url.pathname } }), {
          status: 429,
          headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(rate.resetSeconds) },
        });
      } else {
        const matched = matcher.match(method, url.pathname);
        route = matched?.route;
        operationId = route?.operationId;
        const fault = state.faults.take(method, url.pathname, operationId);
        const faulted = fault ? await applyBefore(fault, method, url.pathname) : undefined;
        if (faulted) {
          faultApplied = true;
          response = faulted;
        } else {
          response = await dispatch(state, options, request, url, method, matched, (body) => (loggedBody = body));
          if (fault) {
            faultApplied = true;
            response = await applyAfter(fault, response);
          }
        }
      }
    } catch (error) {
      response = error instanceof FakeApiError ? errorResponse(error) : apiError(500, 'server_error', 'An unexpected error occurred');
    }
    response = withRateHeaders(response, state.rateLimiter.snapshot());
    logRequest(state, {
      method,
      path: url.pathname,
      query: queryToObject(url.searchParams),
      headers: redactHeaders(request.headers),
      body: redactBody(loggedBody),
      operationId,
      status: response.status,
      at: state.clock.iso(),
    });
    if (options.validateResponses && route && !route.passthrough && !faultApplied && response.type !== 'error') {
      response = await checkResponse(state, options, route, url.pathname, response);
    }
    return response;
  };
}

async function dispatch(
  state: FakeState,
  options: PipelineOptions,
  request: Request,
  url: URL,
  method: string,
  matched: { route: Route; params: Record<string, string> } | undefined,
  onBody: (body: unknown) => void,
): Promise<Response> {
  const flow = await handleFlow(state, request, url);
  if (flow) return flow;
  if (!matched) return apiError(404, 'not_found', `Route ${method} ${url.pathname} not found`);
  const { route } = matched;
  const auth = authenticate(state, route.auth, request.headers);
  const text = await readBody(request, state.maxBodyBytes);
  const parsed = route.passthrough ? (text === '' ? undefined : text) : parseJson(text, request.headers.get('content-type'));
  onBody(route.passthrough ? undefined : parsed);
  const params = decodeParams(matched.params, route);
  const validators = await options.validators();
  const validated = validators
    ? validators.request.validate({
        operationId: route.operationId,
        method,
        pathTemplate: route.path,
        pathParams: params,
        query: url.searchParams,
        headers: request.headers,
        body: parsed,
        passthrough: route.passthrough === true,
      })
    : { query: Object.fromEntries(url.searchParams), headers: {}, body: parsed };
  const query = { ...validated.query };
  if (!validators) for (const key of new Set(url.searchParams.keys())) if (url.searchParams.getAll(key).length > 1) setOwn(query, key, url.searchParams.getAll(key));
  const ctx: RouteContext = {
    state,
    envId: auth.envId,
    session: auth.session,
    params,
    query,
    headers: request.headers,
    body: parsed,
    request,
    url,
    baseUrl: state.baseUrl,
  };
  return route.handler(ctx);
}

async function checkResponse(state: FakeState, options: PipelineOptions, route: Route, path: string, response: Response): Promise<Response> {
  const validators = await options.validators();
  if (!validators) return response;
  const text = await response.clone().text();
  let body: unknown = undefined;
  if (text !== '') {
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      body = text;
    }
  }
  const violation = validators.response.check(route.operationId, route.method, route.path, path, response.status, body, text !== '');
  if (!violation) return response;
  state.violations.push(violation);
  if (options.strictResponses) return apiError(500, 'server_error', `Response violates the spec: ${violation.message}`);
  return response;
}
