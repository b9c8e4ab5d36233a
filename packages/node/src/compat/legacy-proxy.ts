import { Readable } from 'node:stream';
import { makeAPIError, NangoValidationError, type ProxyOptions } from '@nango-sdk/core';
import { nodeReadable } from '../proxy/node-readable.js';
import { headersObject, type CompatResponse } from './axios-like.js';
import type { ProxyConfiguration } from './compat-types.js';

type Query = NonNullable<ProxyOptions['query']>;

/** The method, endpoint and core proxy options for an official `ProxyConfiguration`. */
export interface LegacyProxyCall {
  readonly method: string;
  readonly endpoint: string;
  readonly options: ProxyOptions<'response'>;
}

/** Maps the official proxy config onto the core proxy: same headers on the wire, raw endpoint. */
export function toProxyCall(config: ProxyConfiguration, connectionId: string, providerConfigKey: string): LegacyProxyCall {
  let endpoint = config.endpoint;
  let query: Query | undefined;
  if (typeof config.params === 'string') {
    if (endpoint.includes('?')) throw new NangoValidationError('Pass query parameters either in the endpoint or in `params`, not both', 'params');
    endpoint = `${endpoint}?${config.params.replace(/^\?/, '')}`;
  } else if (config.params) {
    query = Object.fromEntries(Object.entries(config.params).map(([key, value]) => [key, Array.isArray(value) ? value.join(',') : value]));
  }
  const decompress = config.decompress === undefined || config.decompress === '' ? undefined : config.decompress === true || config.decompress === 'true';
  const options: ProxyOptions<'response'> = {
    connectionId,
    providerConfigKey,
    responseType: 'response',
    ...(config.headers ? { headers: config.headers } : {}),
    ...(query ? { query } : {}),
    ...(config.baseUrlOverride ? { baseUrlOverride: config.baseUrlOverride } : {}),
    ...(config.retries ? { retries: config.retries } : {}),
    ...(config.retryOn?.length ? { retryOn: config.retryOn } : {}),
    ...(decompress === undefined ? {} : { decompress }),
    ...bodyOf(config.data),
  };
  return { method: (config.method ?? 'GET').toUpperCase(), endpoint, options };
}

function bodyOf(data: unknown): Pick<ProxyOptions, 'body'> {
  if (data === undefined || data === null) return {};
  if (data instanceof Readable) return { body: Readable.toWeb(data) as unknown as ReadableStream<Uint8Array> };
  return { body: data as NonNullable<ProxyOptions['body']> };
}

/** Reads an upstream response into the axios-like shape, honouring `responseType`; non-2xx throws. */
export async function readProxyResponse<T>(response: Response, responseType: ProxyConfiguration['responseType']): Promise<CompatResponse<T>> {
  const base = { status: response.status, statusText: response.statusText, headers: headersObject(response.headers) };
  if (!response.ok) throw makeAPIError(response.status, await response.text().catch(() => undefined), response.headers);
  if (responseType === 'stream') return { ...base, data: nodeReadable(response.body) as T };
  if (responseType === 'arraybuffer' || responseType === 'blob') return { ...base, data: Buffer.from(await response.arrayBuffer()) as T };
  const text = await response.text();
  if (responseType === 'text' || responseType === 'document' || text === '') return { ...base, data: text as T };
  try {
    return { ...base, data: JSON.parse(text) as T };
  } catch {
    return { ...base, data: text as T };
  }
}
