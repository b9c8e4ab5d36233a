import { applyAfter, applyBefore, isStreamedFault, markStreamed } from '../faults/apply.js';
import type { FakeState } from '../fake/state.js';
import type { Validators } from '../fake/spec-loader.js';
import { handleFlow, mayBeFlow } from '../flows/router.js';
import { FakeApiError } from '../state/errors.js';
import { setOwn } from '../state/own.js';
import { redactBody } from '../state/request-log.js';
import { authenticate, requireScope } from './auth.js';
import type { RouteContext } from './context.js';
import { preflightResponse, setCorsHeaders, setCorsRecord } from './cors.js';
import { checkDeclaredLength, fromWebRequest, type Incoming } from './incoming.js';
import { RouteMatcher } from './match.js';
import { TextReply, toResponse, type Reply } from './reply.js';
import { apiError, errorResponse, json } from './respond.js';
import { routes, type Route } from './routes.js';

export interface PipelineOptions {
  validators: () => Promise<Validators | undefined>;
  validateResponses: boolean;
  /** Throw (as a 500) instead of only recording when a response violates the spec. */
  strictResponses: boolean;
}

const matcher = new RouteMatcher(routes);

/** Records a request in the request log, with the transport's raw header list when it has one. */
function logRequest(state: FakeState, incoming: Incoming, operationId: string | undefined, status: number, body: unknown): void {
  state.requestLog.record({
    method: incoming.method,
    path: incoming.url.pathname,
    search: incoming.url.search,
    headers: incoming.rawHeaders ?? incoming.headers,
    body,
    operationId,
    status,
    atMs: state.clock.now(),
  });
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

function isNetworkError(reply: Reply): boolean {
  return reply instanceof Response && reply.type === 'error';
}

function withRateHeaders(reply: Reply, limit: { limit: number; remaining: number; resetSeconds: number }): Reply {
  if (reply instanceof TextReply) {
    const h = reply.headers;
    h['x-ratelimit-limit'] = String(limit.limit);
    h['x-ratelimit-remaining'] = String(limit.remaining);
    h['x-ratelimit-reset'] = String(limit.resetSeconds);
    setCorsRecord(h);
    return reply;
  }
  if (reply.type === 'error') return reply;
  const headers = new Headers(reply.headers);
  headers.set('x-ratelimit-limit', String(limit.limit));
  headers.set('x-ratelimit-remaining', String(limit.remaining));
  headers.set('x-ratelimit-reset', String(limit.resetSeconds));
  setCorsHeaders(headers);
  const out = new Response(reply.status === 204 ? null : reply.body, { status: reply.status, statusText: reply.statusText, headers });
  return isStreamedFault(reply) ? markStreamed(out) : out;
}

/** The fake's request handlers: Web Request in, Web Response out, and the same for any transport's {@link Incoming}. */
export interface Pipeline {
  /** Never throws. */
  handle(request: Request): Promise<Response>;
  /** Never throws; the reply may be a {@link TextReply} for the transport to write directly. */
  reply(incoming: Incoming): Promise<Reply>;
}

/** Builds the transport-neutral handler. */
export function createPipeline(state: FakeState, options: PipelineOptions): Pipeline {
  const run = createUnguardedPipeline(state, options);
  const reply = async (incoming: Incoming): Promise<Reply> => {
    let response: Reply;
    try {
      response = await run(incoming);
    } catch {
      response = apiError(500, 'server_error', 'An unexpected error occurred');
    }
    return withCors(response);
  };
  return {
    reply,
    handle: async (request) => {
      let incoming: Incoming;
      try {
        incoming = fromWebRequest(request);
      } catch (error) {
        const answer = error instanceof TypeError ? apiError(400, 'invalid_uri_params', 'Malformed URL') : apiError(500, 'server_error', 'An unexpected error occurred');
        return toResponse(withCors(answer));
      }
      return toResponse(await reply(incoming));
    },
  };
}

/** Every answer, errors included, carries the CORS headers (a network-error response has no headers to set). */
function withCors(reply: Reply): Reply {
  if (reply instanceof TextReply) {
    setCorsRecord(reply.headers);
    return reply;
  }
  if (reply.type === 'error' || reply.headers.has('access-control-allow-origin')) return reply;
  const headers = new Headers(reply.headers);
  setCorsHeaders(headers);
  const out = new Response(reply.body, { status: reply.status, statusText: reply.statusText, headers });
  return isStreamedFault(reply) ? markStreamed(out) : out;
}

function createUnguardedPipeline(state: FakeState, options: PipelineOptions): (incoming: Incoming) => Promise<Reply> {
  return async (incoming) => {
    let operationId: string | undefined;
    let route: Route | undefined;
    let loggedBody: unknown;
    let faultApplied = false;
    const { method, url } = incoming;
    if (method === 'OPTIONS') {
      const answer = withRateHeaders(preflightResponse(), state.rateLimiter.snapshot());
      // Preflights are logged too, so a test can see which request headers a browser asked to send.
      logRequest(state, incoming, undefined, answer.status, undefined);
      return answer;
    }
    let response: Reply;
    const rate = state.rateLimiter.consume();
    try {
      if (rate.limited) {
        response = json(429, { error: { code: 'too_many_request', method, path: url.pathname } }, { 'retry-after': String(rate.resetSeconds) });
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
          response = await dispatch(state, options, incoming, matched, (body) => (loggedBody = body));
          if (fault) {
            faultApplied = true;
            response = await applyAfter(fault, toResponse(response));
          }
        }
      }
    } catch (error) {
      response = error instanceof FakeApiError ? errorResponse(error) : apiError(500, 'server_error', 'An unexpected error occurred');
    }
    response = withRateHeaders(response, state.rateLimiter.snapshot());
    logRequest(state, incoming, operationId, response.status, loggedBody === undefined ? undefined : redactBody(loggedBody));
    if (options.validateResponses && route && !route.passthrough && !faultApplied && !isNetworkError(response)) {
      response = await checkResponse(state, options, route, url.pathname, response);
    }
    return response;
  };
}

/** Validators once loaded, so later requests skip a wait. */
const loaded = new WeakMap<PipelineOptions, Validators | undefined>();

async function loadValidators(options: PipelineOptions): Promise<Validators | undefined> {
  const validators = await options.validators();
  loaded.set(options, validators);
  return validators;
}

async function dispatch(
  state: FakeState,
  options: PipelineOptions,
  incoming: Incoming,
  matched: { route: Route; params: Record<string, string> } | undefined,
  onBody: (body: unknown) => void,
): Promise<Reply> {
  const { method, url, headers } = incoming;
  const flow = mayBeFlow(url.pathname) ? await handleFlow(state, incoming) : undefined;
  if (flow) return flow;
  if (!matched) return apiError(404, 'not_found', `Route ${method} ${url.pathname} not found`);
  const { route } = matched;
  const auth = authenticate(state, route.auth, headers);
  requireScope(auth, route.scope);
  let text = '';
  // GET and HEAD carry no body on either transport; only the declared length is checked, without a wait.
  if (method === 'GET' || method === 'HEAD') checkDeclaredLength(headers, state.maxBodyBytes);
  else text = await incoming.text(state.maxBodyBytes);
  const parsed = route.passthrough ? (text === '' ? undefined : text) : parseJson(text, headers.get('content-type'));
  onBody(route.passthrough ? undefined : parsed);
  const params = decodeParams(matched.params, route);
  const validators = loaded.has(options) ? loaded.get(options) : await loadValidators(options);
  const validated = validators
    ? validators.request.validate({
        operationId: route.operationId,
        method,
        pathTemplate: route.path,
        pathParams: params,
        query: url.searchParams,
        headers,
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
    scopes: auth.scopes,
    params,
    query,
    headers,
    body: parsed,
    method,
    url,
    baseUrl: state.baseUrl,
  };
  return route.handler(ctx);
}

async function checkResponse(state: FakeState, options: PipelineOptions, route: Route, path: string, response: Reply): Promise<Reply> {
  const validators = await options.validators();
  if (!validators) return response;
  const text = response instanceof TextReply ? (response.text ?? '') : await response.clone().text();
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
