import createClient, { defaultPathSerializer, type Client } from 'openapi-fetch';
import { NangoValidationError } from '../errors.js';
import type { ClientOptions } from '../options.js';
import { ProxyResource } from '../proxy.js';
import { encodePathSegment } from './encode.js';
import { TransportInvoker } from './invoker.js';
import { createLevelLogger } from './log.js';
import { createTransport, type Transport, type TransportConfig } from './transport.js';

export const DEFAULT_HOST = 'https://api.nango.dev';

/** Validates the host and strips trailing slashes. */
export function normalizeHost(host: string | undefined): string {
  const value = (host ?? DEFAULT_HOST).trim();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new NangoValidationError(`Invalid host URL: ${value}`, 'host');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new NangoValidationError(`The host must use http or https: ${value}`, 'host');
  if (url.search !== '' || url.hash !== '') throw new NangoValidationError('The host must not contain a query or a fragment', 'host');
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/**
 * openapi-fetch's path serializer, refusing path parameters that are empty or would read as `.` or `..`
 * (URL parsing would drop the segment or climb a level and the request would reach another route).
 */
export function checkedPathSerializer(pathname: string, pathParams: Record<string, unknown>): string {
  for (const name in pathParams) {
    const value = pathParams[name];
    if (!pathname.includes(name)) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') encodePathSegment(String(value), name);
  }
  return defaultPathSerializer(pathname, pathParams);
}

/** Everything a client is built from, sharing one transport. */
export interface ClientCore<Paths extends {}> {
  readonly host: string;
  readonly transport: Transport;
  readonly invoker: TransportInvoker;
  readonly proxy: ProxyResource;
  readonly http: Client<Paths>;
}

/** Internal hooks for tests (clocks). */
export type CoreHooks = Pick<TransportConfig, 'now' | 'sleep'>;

/** Builds the transport, the throwing invoker, the proxy and the openapi-fetch client from the options. */
export function createClientCore<Paths extends {}>(options: ClientOptions, hooks: CoreHooks = {}): ClientCore<Paths> {
  if (options === null || typeof options !== 'object') throw new NangoValidationError('Client options are required');
  if (options.secretKey === undefined && options.connectSessionToken === undefined) {
    throw new NangoValidationError('Provide a secretKey or a connectSessionToken', 'secretKey');
  }
  if (typeof options.secretKey === 'string' && options.secretKey.trim() === '') throw new NangoValidationError('secretKey must not be empty', 'secretKey');
  const host = normalizeHost(options.host);
  const transport = createTransport({ ...options, ...hooks, log: createLevelLogger(options.logger, options.logLevel) });
  return {
    host,
    transport,
    invoker: new TransportInvoker(transport, host),
    proxy: new ProxyResource(transport, host),
    http: createHttpClient<Paths>(transport, host),
  };
}

/**
 * The openapi-fetch client over the transport. Its responses are read inside the attempt, except for calls made
 * with `parseAs: 'stream'`: a middleware (the first one, so it sees every call) marks their requests, and those
 * go through the streaming entry so that the caller receives the body as it arrives.
 */
function createHttpClient<Paths extends {}>(transport: Transport, host: string): Client<Paths> {
  const streamed = new WeakSet<Request>();
  const client = createClient<Paths>({
    baseUrl: host,
    fetch: (request: Request) => (streamed.has(request) ? transport.fetchStream(request) : transport.fetch(request)),
    pathSerializer: checkedPathSerializer,
  });
  client.use({
    onRequest: ({ request, options }) => {
      if (options.parseAs === 'stream') streamed.add(request);
      return undefined;
    },
  });
  return client;
}
