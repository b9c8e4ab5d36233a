import { NangoValidationError } from '../errors.js';
import type { ProxyBody, ProxyOptions, ProxyQueryValue } from '../proxy-types.js';
import { checkHeader } from './header-check.js';
import { buildProxyPath } from './proxy-path.js';
import type { OutgoingRequest } from './transport.js';

/** A proxy call turned into request parts, plus whether its body is a stream. */
export interface BuiltProxyRequest {
  readonly request: OutgoingRequest;
  readonly streamed: boolean;
}


function queryString(query: Readonly<Record<string, ProxyQueryValue>> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const item of values as readonly (string | number | boolean)[]) params.append(key, String(item));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

function isJsonBody(body: ProxyBody): boolean {
  if (typeof body !== 'object' || body === null) return false;
  if (Array.isArray(body)) return true;
  const proto: unknown = Object.getPrototypeOf(body);
  return proto === Object.prototype || proto === null;
}

function encodeBody(body: ProxyBody | undefined, headers: Headers): { body?: BodyInit; streamed: boolean } {
  if (body === undefined) return { streamed: false };
  if (typeof ReadableStream !== 'undefined' && body instanceof ReadableStream) return { body, streamed: true };
  if (typeof body === 'string') {
    if (!headers.has('content-type')) headers.set('content-type', 'text/plain;charset=UTF-8');
    return { body, streamed: false };
  }
  if (isJsonBody(body)) {
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    return { body: JSON.stringify(body), streamed: false };
  }
  if (ArrayBuffer.isView(body) || body instanceof ArrayBuffer) {
    if (!headers.has('content-type')) headers.set('content-type', 'application/octet-stream');
    return { body: body as BodyInit, streamed: false };
  }
  return { body: body as BodyInit, streamed: false };
}

/** Builds the request of a proxy call: path under `/proxy/`, Nango's control headers, prefixed upstream headers, body. */
export function buildProxyRequest(host: string, method: string, path: string, options: ProxyOptions): BuiltProxyRequest {
  if (!options || typeof options.connectionId !== 'string' || options.connectionId === '') {
    throw new NangoValidationError('proxy: missing required option "connectionId"', 'connectionId');
  }
  if (typeof options.providerConfigKey !== 'string' || options.providerConfigKey === '') {
    throw new NangoValidationError('proxy: missing required option "providerConfigKey"', 'providerConfigKey');
  }
  const url = `${host}${buildProxyPath(path)}${queryString(options.query)}`;
  const control: [string, string | undefined][] = [
    ['Connection-Id', options.connectionId],
    ['Provider-Config-Key', options.providerConfigKey],
    ['Retries', options.retries === undefined ? undefined : String(options.retries)],
    ['Retry-On', options.retryOn === undefined || options.retryOn.length === 0 ? undefined : options.retryOn.join(',')],
    ['Base-Url-Override', options.baseUrlOverride],
    ['Decompress', options.decompress === undefined ? undefined : String(options.decompress)],
    ['Forward-Headers-On-Redirect', options.forwardHeadersOnRedirect === undefined ? undefined : String(options.forwardHeadersOnRedirect)],
  ];
  const headers = new Headers();
  for (const [name, value] of Object.entries(options.nangoHeaders ?? {})) {
    checkHeader(name, value);
    headers.set(name, value);
  }
  for (const [name, value] of control) {
    if (value === undefined) continue;
    checkHeader(name, value);
    headers.set(name, value);
  }
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    checkHeader(name, value);
    headers.set(`Nango-Proxy-${name}`, value);
    if (name.toLowerCase() === 'content-type') headers.set('content-type', value);
  }
  const { body, streamed } = encodeBody(options.body, headers);
  return { request: { url, method, headers, body: body ?? null }, streamed };
}
