import { makeAPIError } from './errors.js';
import { buildProxyRequest } from './internal/proxy-request.js';
import { readBody } from './internal/response-reader.js';
import type { Transport } from './internal/transport.js';
import type { ProxyData, ProxyOptions, ProxyResponse, ProxyResponseType } from './proxy-types.js';
import { TypedProxy } from './typed-proxy.js';

/**
 * Calls an external API through Nango with a connection's credentials.
 *
 * A non-2xx answer throws a {@link NangoAPIError} subclass chosen by status. When Nango itself failed, the error
 * carries Nango's `code`; when the upstream API answered with an error, `code` is undefined and `payload` holds the
 * upstream body (token-bearing fields redacted). With `responseType: 'response'` nothing is thrown and the raw
 * `Response` is returned.
 *
 * @example
 * ```ts
 * const { data } = await nango.proxy.get<{ login: string }>('/user', { connectionId: 'c1', providerConfigKey: 'github' });
 * ```
 */
export class ProxyResource {
  readonly #transport: Transport;
  readonly #host: string;

  constructor(transport: Transport, host: string) {
    this.#transport = transport;
    this.#host = host;
  }

  /** Sends a proxied request with any method. */
  async request<T = unknown, R extends ProxyResponseType = 'json'>(
    method: string,
    path: string,
    options: ProxyOptions<R>,
  ): Promise<ProxyResponse<ProxyData<R, T>>> {
    const { request, streamed } = buildProxyRequest(this.#host, method.toUpperCase(), path, options);
    const { headers: _upstreamHeaders, nangoHeaders: _nangoHeaders, ...callOptions } = options;
    const response = await this.#transport.send(request, { ...callOptions, streamedBody: streamed });
    const responseType: ProxyResponseType = options.responseType ?? 'json';
    if (responseType === 'response') {
      return { status: response.status, headers: response.headers, data: response as ProxyData<R, T> };
    }
    if (!response.ok) throw makeAPIError(response.status, await readBody(response).catch(() => undefined), response.headers);
    let data: unknown;
    switch (responseType) {
      case 'json':
        data = await readBody(response);
        break;
      case 'text':
        data = await response.text();
        break;
      case 'arrayBuffer':
        data = await response.arrayBuffer();
        break;
      case 'blob':
        data = await response.blob();
        break;
      case 'stream':
        data = response.body;
        break;
    }
    return { status: response.status, headers: response.headers, data: data as ProxyData<R, T> };
  }

  /** `GET` through the proxy. */
  get<T = unknown, R extends ProxyResponseType = 'json'>(path: string, options: ProxyOptions<R>): Promise<ProxyResponse<ProxyData<R, T>>> {
    return this.request<T, R>('GET', path, options);
  }

  /** `POST` through the proxy. */
  post<T = unknown, R extends ProxyResponseType = 'json'>(path: string, options: ProxyOptions<R>): Promise<ProxyResponse<ProxyData<R, T>>> {
    return this.request<T, R>('POST', path, options);
  }

  /** `PUT` through the proxy. */
  put<T = unknown, R extends ProxyResponseType = 'json'>(path: string, options: ProxyOptions<R>): Promise<ProxyResponse<ProxyData<R, T>>> {
    return this.request<T, R>('PUT', path, options);
  }

  /** `PATCH` through the proxy. */
  patch<T = unknown, R extends ProxyResponseType = 'json'>(path: string, options: ProxyOptions<R>): Promise<ProxyResponse<ProxyData<R, T>>> {
    return this.request<T, R>('PATCH', path, options);
  }

  /** `DELETE` through the proxy. */
  delete<T = unknown, R extends ProxyResponseType = 'json'>(path: string, options: ProxyOptions<R>): Promise<ProxyResponse<ProxyData<R, T>>> {
    return this.request<T, R>('DELETE', path, options);
  }

  /**
   * A proxy client typed by the upstream API's openapi-typescript `paths`: paths, parameters, bodies and
   * JSON responses are checked and inferred.
   *
   * @example
   * ```ts
   * const github = nango.proxy.typed<GitHubPaths>();
   * const { data } = await github.get('/repos/{owner}/{repo}', {
   *   params: { path: { owner: 'nango', repo: 'sdk' } },
   *   connectionId: 'c1',
   *   providerConfigKey: 'github',
   * });
   * ```
   */
  typed<Paths extends object>(): TypedProxy<Paths> {
    return new TypedProxy<Paths>(this);
  }
}
