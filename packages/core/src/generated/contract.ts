/* eslint-disable */
// This file is generated from specs/nango.openapi.yaml. DO NOT EDIT: run `pnpm generate` to regenerate it.

/**
 * The contract between the generated code and the hand-written runtime.
 *
 * The generated resource classes only describe operations; they call an {@link Invoker}
 * that the runtime in `packages/core/src` implements. Keeping these types here means the
 * generated code never imports hand-written modules.
 */

/** An HTTP method the Nango API uses. */
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Where a request field travels. */
export type FieldLocation = 'path' | 'query' | 'header' | 'body';

/**
 * How a query value is written: `form` repeats the key for each array item (and writes each entry of an
 * object as its own `key=value`), `deepObject` writes `key[sub]=value`, `commaList` joins array items with commas.
 */
export type QueryStyle = 'form' | 'deepObject' | 'commaList';

/** One field of a request type and how it reaches the wire. */
export interface OperationField {
  /** Name in the SDK request type (camelCase, or `body`). */
  readonly name: string;
  /** Name on the wire, exactly as the server reads it. */
  readonly wire: string;
  /** Where the value travels. */
  readonly in: FieldLocation;
  /** Whether the server requires the field. */
  readonly required: boolean;
  /** The JSON type of the value, used for serialisation and checks before sending. */
  readonly kind: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'unknown';
  /** Query serialisation; only for `in: 'query'`. Defaults to `form`. */
  readonly style?: QueryStyle;
}

/** How a list operation pages. */
export type PaginationDef =
  | { readonly style: 'cursor'; readonly items: string; readonly cursorParam: string; readonly nextCursor: string }
  | { readonly style: 'page'; readonly items: string; readonly pageParam: string; readonly limitParam: string }
  | { readonly style: 'total'; readonly items: string; readonly pageParam: string; readonly limitParam: string; readonly total: string };

/** A row of the operation table: everything the runtime needs to build a request. */
export interface OperationDef {
  /** `<resource>.<method>`, equal to the spec's operationId. */
  readonly id: string;
  /** Resource namespace (the spec tag). */
  readonly resource: string;
  /** Method name in the namespace. */
  readonly name: string;
  readonly httpMethod: HttpMethod;
  /** Path template with `{param}` placeholders, as in the spec. */
  readonly path: string;
  readonly fields: readonly OperationField[];
  /** Request body content types the operation accepts (first is the default); absent when it takes no body. */
  readonly bodyContentTypes?: readonly string[];
  /** Status codes that mean success. */
  readonly success: readonly number[];
  /** Success statuses that carry no body (204). */
  readonly emptySuccess: readonly number[];
  /** Accepted credentials. */
  readonly security: readonly ('secretKey' | 'connectSessionToken')[];
  /** Present on deprecated operations. */
  readonly deprecated?: { readonly replacedBy?: string };
  readonly pagination?: PaginationDef;
}

/** Rate-limit figures read from `X-RateLimit-*` response headers. */
export interface RateLimitInfo {
  /** Requests allowed in the current window. */
  readonly limit?: number;
  /** Requests left in the current window. */
  readonly remaining?: number;
  /** When the window resets, in epoch seconds. */
  readonly reset?: number;
}

/** The data of a call together with what the response said about it. */
export interface ResponseWithData<T> {
  readonly data: T;
  readonly status: number;
  readonly headers: Headers;
  readonly rateLimit: RateLimitInfo | undefined;
  readonly response: Response;
}

/** A promise of the data of a call that can also give the response metadata. */
export interface APIPromise<T> extends Promise<T> {
  /** Resolves to the data together with the status, headers and rate-limit information. */
  withResponse(): Promise<ResponseWithData<T>>;
}

/** A promise of the first page that is also an async iterable over every item of every page. */
export interface PagePromise<TPage, TItem> extends APIPromise<TPage>, AsyncIterable<TItem> {
  /** Iterates page by page, following the server's pagination until the end. */
  pages(): AsyncIterable<TPage>;
}

/** What the generated resources call; implemented by the runtime. */
export interface Invoker<TOptions> {
  call<T>(operation: OperationDef, request: object | undefined, options?: TOptions): APIPromise<T>;
  paginate<TPage, TItem>(operation: OperationDef, request: object | undefined, options?: TOptions): PagePromise<TPage, TItem>;
}
