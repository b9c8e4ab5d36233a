import { NangoValidationError } from './errors.js';
import { encodePathSegment } from './internal/encode.js';
import type { ProxyQueryValue, ProxyResponse, ProxyOptions } from './proxy-types.js';

/** The proxy methods a typed proxy offers. */
export type TypedProxyMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

interface ProxyLike {
  request(method: string, path: string, options: ProxyOptions<'json'>): Promise<ProxyResponse<unknown>>;
}

/** Upstream paths that declare `method`. */
export type PathsWithMethod<Paths, M extends TypedProxyMethod> = {
  [P in keyof Paths]: Paths[P] extends { [K in M]: infer Op } ? ([Op] extends [never] ? never : Op extends undefined ? never : P) : never;
}[keyof Paths] &
  string;

/** The operation object of `method` on `path`. */
export type OperationOf<Paths, P extends keyof Paths, M extends TypedProxyMethod> = Paths[P] extends { [K in M]: infer Op } ? Op : never;

type ParametersOf<Op> = Op extends { parameters: infer X } ? X : Record<string, never>;
type PathParamsOf<Op> = ParametersOf<Op> extends { path: infer X } ? ([X] extends [never | undefined] ? never : X) : never;
type QueryParamsOf<Op> = ParametersOf<Op> extends { query?: infer X } ? ([X] extends [never | undefined] ? never : X) : never;

/** `params` of a typed proxy call: the path parameters (required when declared) and the query. */
export type TypedProxyParams<Op> = ([PathParamsOf<Op>] extends [never] ? { readonly path?: undefined } : { readonly path: PathParamsOf<Op> }) &
  ([QueryParamsOf<Op>] extends [never] ? { readonly query?: undefined } : { readonly query?: QueryParamsOf<Op> });

type JsonContent<C> = C extends { content: infer Content } ? (Content extends { 'application/json': infer J } ? J : Content[keyof Content]) : undefined;

type RequestBodyOf<Op> = Op extends { requestBody?: infer B } ? ([B] extends [never | undefined] ? never : JsonContent<NonNullable<B>>) : never;
type BodyRequired<Op> = Op extends { requestBody: infer B } ? ([B] extends [never | undefined] ? false : true) : false;

type SuccessCodes = 200 | 201 | 202 | 203 | 204 | 206 | '2XX' | 'default';

/** The JSON body of the success responses of an operation. */
export type TypedProxyResponseData<Op> = Op extends { responses: infer R }
  ? { [C in keyof R]: C extends SuccessCodes ? (C extends 'default' ? never : JsonContent<R[C]>) : never }[keyof R]
  : unknown;

type CommonOptions = Omit<ProxyOptions<'json'>, 'query' | 'body' | 'responseType'>;

type BodyOption<Op> = [RequestBodyOf<Op>] extends [never]
  ? { readonly body?: undefined }
  : BodyRequired<Op> extends true
    ? { readonly body: RequestBodyOf<Op> }
    : { readonly body?: RequestBodyOf<Op> };

type ParamsOption<Op> = [PathParamsOf<Op>] extends [never] ? { readonly params?: TypedProxyParams<Op> } : { readonly params: TypedProxyParams<Op> };

/** Options of a typed proxy call for operation `Op`. */
export type TypedProxyOptions<Op> = CommonOptions & ParamsOption<Op> & BodyOption<Op>;

type Method<Paths, M extends TypedProxyMethod> = <P extends PathsWithMethod<Paths, M>>(
  path: P,
  options: TypedProxyOptions<OperationOf<Paths, P, M>>,
) => Promise<ProxyResponse<TypedProxyResponseData<OperationOf<Paths, P, M>>>>;

function fillPath(template: string, params: Record<string, unknown> | undefined): string {
  return template.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null || value === '') {
      throw new NangoValidationError(`proxy: missing path parameter "${name}"`, name);
    }
    return encodePathSegment(String(value), name);
  });
}

/** A proxy client whose paths, parameters and responses come from an upstream openapi-typescript `paths` type. */
export class TypedProxy<Paths extends object> {
  readonly #proxy: ProxyLike;

  constructor(proxy: ProxyLike) {
    this.#proxy = proxy;
  }

  async #call(method: string, path: string, options: { params?: { path?: unknown; query?: unknown }; body?: unknown } & CommonOptions): Promise<ProxyResponse<never>> {
    const { params, ...rest } = options;
    const query = params?.query as Readonly<Record<string, ProxyQueryValue>> | undefined;
    const proxyOptions = { ...rest, ...(query !== undefined && { query }), responseType: 'json' } as ProxyOptions<'json'>;
    return this.#proxy.request(method, fillPath(path, params?.path as Record<string, unknown> | undefined), proxyOptions) as Promise<ProxyResponse<never>>;
  }

  /** `GET` a typed upstream path. */
  readonly get: Method<Paths, 'get'> = (path, options) => this.#call('GET', path, options as never);
  /** `POST` to a typed upstream path. */
  readonly post: Method<Paths, 'post'> = (path, options) => this.#call('POST', path, options as never);
  /** `PUT` to a typed upstream path. */
  readonly put: Method<Paths, 'put'> = (path, options) => this.#call('PUT', path, options as never);
  /** `PATCH` a typed upstream path. */
  readonly patch: Method<Paths, 'patch'> = (path, options) => this.#call('PATCH', path, options as never);
  /** `DELETE` a typed upstream path. */
  readonly delete: Method<Paths, 'delete'> = (path, options) => this.#call('DELETE', path, options as never);
}
