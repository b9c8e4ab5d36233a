import type { Connection } from '../../state/connections.js';
import { FakeApiError } from '../../state/errors.js';
import type { RouteContext } from '../context.js';
import { apiError } from '../respond.js';
import { connectionFromHeaders } from './records.js';
import type { Reply } from '../reply.js';

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'upgrade', 'host']);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Applies the connection's credentials to an outgoing request. */
function applyCredentials(headers: Headers, url: URL, connection: Connection, providerHeaders: Record<string, string> | undefined): void {
  const c = connection.credentials;
  const secret = (field: string): string => String(c[field] ?? '');
  if (providerHeaders && c.type === 'API_KEY') {
    for (const [name, template] of Object.entries(providerHeaders)) headers.set(name, template.replace(/\$\{apiKey\}/g, secret('apiKey')));
    return;
  }
  switch (c.type) {
    case 'OAUTH2':
    case 'APP':
      headers.set('authorization', `Bearer ${secret('access_token')}`);
      break;
    case 'OAUTH2_CC':
    case 'TWO_STEP':
    case 'JWT':
    case 'SIGNATURE':
      headers.set('authorization', `Bearer ${secret('token')}`);
      break;
    case 'API_KEY':
      headers.set('authorization', `Bearer ${secret('apiKey')}`);
      break;
    case 'BASIC':
      headers.set('authorization', `Basic ${btoa(`${secret('username')}:${secret('password')}`)}`);
      break;
    case 'OAUTH1':
      headers.set('authorization', `OAuth oauth_token="${secret('oauth_token')}"`);
      break;
    case 'BILL':
      url.searchParams.set('sessionId', secret('session_id'));
      break;
    default:
      break;
  }
}

/** Forwards a proxy request to the registered upstream (or `Base-Url-Override`), honouring `Retries` and `Retry-On`. */
export async function proxyRequest(ctx: RouteContext): Promise<Reply> {
  const connection = connectionFromHeaders(ctx);
  const integration = ctx.state.integrations.require(ctx.envId, connection.providerConfigKey);
  const provider = ctx.state.providers[integration.provider];
  const override = ctx.headers.get('base-url-override');
  const registered = ctx.state.upstreams.get(connection.providerConfigKey);
  let base: string | undefined;
  if (override) {
    if (!/^https?:\/\//i.test(override)) throw new FakeApiError(400, 'invalid_headers', undefined, { errors: [{ code: 'invalid_string', message: 'Invalid URL', path: ['base-url-override'] }] });
    base = override;
  } else if (typeof registered === 'string') {
    base = registered;
  } else {
    base = provider?.proxy?.base_url;
  }
  if (typeof registered !== 'function' && !base) return apiError(400, 'missing_base_api_url', 'The provider has no base URL; pass Base-Url-Override or register an upstream');

  const rawPath = ctx.url.pathname.slice('/proxy'.length) || '/';
  const target = new URL(`${(base ?? 'http://upstream.invalid').replace(/\/+$/, '')}${rawPath}${ctx.url.search}`);
  const headers = new Headers();
  ctx.headers.forEach((value, name) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('nango-proxy-')) headers.set(lower.slice('nango-proxy-'.length), value);
  });
  const contentType = ctx.headers.get('content-type');
  if (contentType && !headers.has('content-type')) headers.set('content-type', contentType);
  applyCredentials(headers, target, connection, provider?.proxy?.headers);

  const retries = Math.max(0, Math.min(10, Number(ctx.headers.get('retries') ?? 0) || 0));
  const retryOn = (ctx.headers.get('retry-on') ?? '').split(',').map((s) => Number(s.trim())).filter((n) => Number.isInteger(n));
  const body = ['GET', 'HEAD', 'DELETE'].includes(ctx.method) && ctx.body === undefined ? undefined : ctx.body === undefined ? undefined : typeof ctx.body === 'string' ? ctx.body : JSON.stringify(ctx.body);

  for (let attempt = 0; ; attempt++) {
    let upstream: Response | undefined;
    let networkError: unknown;
    try {
      const request = new Request(target, { method: ctx.method, headers, ...(body !== undefined ? { body } : {}) });
      upstream = typeof registered === 'function' && !override ? await registered(request) : await fetch(request);
    } catch (error) {
      networkError = error;
    }
    const retryable = upstream === undefined || upstream.status >= 500 || upstream.status === 429 || retryOn.includes(upstream.status);
    if (retryable && attempt < retries) {
      await upstream?.body?.cancel();
      await sleep(Math.min(1000, 10 * 2 ** attempt));
      continue;
    }
    if (!upstream) {
      return apiError(502, 'server_error', `The upstream request failed: ${networkError instanceof Error ? networkError.message : 'network error'}`);
    }
    const out = new Headers();
    upstream.headers.forEach((value, name) => {
      if (!HOP_BY_HOP.has(name.toLowerCase())) out.set(name, value);
    });
    return new Response(await upstream.arrayBuffer(), { status: upstream.status, statusText: upstream.statusText, headers: out });
  }
}
