import type { ValidateFunction } from 'ajv';

import { FakeApiError, type ValidationIssue } from '../state/errors.js';
import { absolutise, createAjv, type Ajv } from './ajv.js';
import type { HeaderReader } from './incoming.js';
import { toIssues } from './issues.js';
import { getOwn, setOwn } from '../state/own.js';
import { locateOperation, resolveRef, type JsonSchema, type OpenApiDocument, type OpenApiParameter } from './openapi.js';

/** The raw parts of a request to check against an operation. */
export interface RequestParts {
  operationId: string;
  method: string;
  pathTemplate: string;
  pathParams: Record<string, string>;
  query: URLSearchParams;
  headers: HeaderReader;
  /** Parsed JSON body; undefined when the request had none. */
  body: unknown;
  /** Skip query-key and body checks (the proxy passes anything through). */
  passthrough: boolean;
}

/** The request after validation, with query and header values coerced to their schema types. */
export interface ValidatedRequest {
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  body: unknown;
}

interface CompiledOperation {
  path: ValidateFunction | undefined;
  query: ValidateFunction | undefined;
  headers: ValidateFunction | undefined;
  body: ValidateFunction | undefined;
  hasBody: boolean;
  queryParams: OpenApiParameter[];
  headerParams: OpenApiParameter[];
  /** Query parameters by name. */
  queryByName: Map<string, OpenApiParameter>;
  /** Names of the query parameters whose schema is an array. */
  arrayQuery: Set<string>;
}

const isPlaceholder = (name: string): boolean => name.includes('$');

function schemaType(doc: OpenApiDocument, schema: JsonSchema | undefined): string | undefined {
  const resolved = resolveRef(doc, schema) as Record<string, unknown> | undefined;
  const type = resolved?.['type'];
  return typeof type === 'string' ? type : Array.isArray(type) ? String(type.find((t) => t !== 'null')) : undefined;
}

/** Validates requests against the OpenAPI document, with the server's error codes. */
export class RequestValidator {
  readonly #doc: OpenApiDocument;
  readonly #coercing: Ajv;
  readonly #strict: Ajv;
  readonly #cache = new Map<string, CompiledOperation | null>();

  constructor(doc: OpenApiDocument) {
    this.#doc = doc;
    this.#coercing = createAjv(doc, true);
    this.#strict = createAjv(doc, false);
  }

  validate(parts: RequestParts): ValidatedRequest {
    const compiled = this.#compile(parts.operationId, parts.method, parts.pathTemplate);
    if (!compiled) return { query: Object.fromEntries(parts.query), headers: {}, body: parts.body };

    if (compiled.path) {
      const params = { ...parts.pathParams };
      if (!compiled.path(params)) throw new FakeApiError(400, 'invalid_uri_params', undefined, { errors: toIssues(compiled.path.errors) });
    }

    const query = this.#queryObject(parts, compiled);
    if (compiled.query && !compiled.query(query)) {
      throw new FakeApiError(400, 'invalid_query_params', undefined, { errors: toIssues(compiled.query.errors) });
    }

    const headers: Record<string, unknown> = {};
    for (const p of compiled.headerParams) {
      const value = parts.headers.get(p.name);
      if (value !== null) setOwn(headers, p.name.toLowerCase(), value);
    }
    if (compiled.headers && !compiled.headers(headers)) {
      throw new FakeApiError(400, 'invalid_headers', undefined, { errors: toIssues(compiled.headers.errors) });
    }

    if (!parts.passthrough) {
      if (compiled.hasBody) {
        const body = parts.body === undefined ? {} : parts.body;
        if (compiled.body && !compiled.body(body)) throw new FakeApiError(400, 'invalid_body', undefined, { errors: toIssues(compiled.body.errors) });
      } else if (!isEmptyBody(parts.body)) {
        const keys = parts.body && typeof parts.body === 'object' ? Object.keys(parts.body) : [];
        const issue: ValidationIssue = { code: 'unrecognized_keys', message: `Unrecognized key(s) in object: ${keys.map((k) => `'${k}'`).join(', ') || 'body'}`, path: [] };
        throw new FakeApiError(400, 'invalid_body', undefined, { errors: [issue] });
      }
    }
    return { query, headers, body: parts.body };
  }

  #queryObject(parts: RequestParts, compiled: CompiledOperation): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const unknown: string[] = [];
    const byName = compiled.queryByName;
    const seen = new Set<string>();
    for (const key of parts.query.keys()) {
      if (seen.has(key)) continue;
      seen.add(key);
      const bracket = key.includes('[') ? /^([^[\]]+)\[([^[\]]*)\]$/.exec(key) : null;
      const deep = bracket ? byName.get(bracket[1]!) : undefined;
      if (bracket && deep && deep.style === 'deepObject') {
        let target = getOwn(out, deep.name) as Record<string, unknown> | undefined;
        if (!target) {
          target = {};
          setOwn(out, deep.name, target);
        }
        setOwn(target, bracket[2]!, parts.query.getAll(key).at(-1));
        continue;
      }
      const param = byName.get(key);
      if (!param || param.style === 'deepObject') {
        unknown.push(key);
        continue;
      }
      const values = parts.query.getAll(key);
      if (compiled.arrayQuery.has(key)) {
        setOwn(out, key, param.explode === false ? values.flatMap((v) => v.split(',')) : values);
      } else {
        setOwn(out, key, values.length === 1 ? values[0] : values);
      }
    }
    if (unknown.length > 0 && !parts.passthrough) {
      throw new FakeApiError(400, 'invalid_query_params', undefined, {
        errors: unknown.map((k) => ({ code: 'unrecognized_keys', message: `Unrecognized key(s) in object: '${k}'`, path: [] })),
      });
    }
    return out;
  }

  #compile(operationId: string, method: string, pathTemplate: string): CompiledOperation | undefined {
    const cached = this.#cache.get(operationId);
    if (cached !== undefined) return cached ?? undefined;
    const located = locateOperation(this.#doc, operationId, method, pathTemplate);
    if (!located) {
      this.#cache.set(operationId, null);
      return undefined;
    }
    const params = located.parameters.filter((p) => !isPlaceholder(p.name));
    const objectSchema = (list: OpenApiParameter[], closed: boolean, lower: boolean): Record<string, unknown> => ({
      type: 'object',
      additionalProperties: !closed,
      properties: Object.fromEntries(list.map((p) => [lower ? p.name.toLowerCase() : p.name, absolutise(p.schema ?? {})])),
      required: list.filter((p) => p.required).map((p) => (lower ? p.name.toLowerCase() : p.name)),
    });
    const pathParams = params.filter((p) => p.in === 'path');
    const queryParams = params.filter((p) => p.in === 'query');
    const headerParams = params.filter((p) => p.in === 'header');
    const requestBody = resolveRef(this.#doc, located.operation.requestBody);
    const bodySchema = requestBody?.content?.['application/json']?.schema ?? Object.values(requestBody?.content ?? {})[0]?.schema;
    const compiled: CompiledOperation = {
      path: pathParams.length ? this.#coercing.compile(objectSchema(pathParams, false, false)) : undefined,
      query: this.#coercing.compile(objectSchema(queryParams, false, false)),
      headers: headerParams.length ? this.#coercing.compile(objectSchema(headerParams, false, true)) : undefined,
      body: bodySchema !== undefined ? this.#strict.compile(absolutise(bodySchema) as object) : undefined,
      hasBody: requestBody !== undefined,
      queryParams,
      headerParams,
      queryByName: new Map(queryParams.map((p) => [p.name, p] as const)),
      arrayQuery: new Set(queryParams.filter((p) => schemaType(this.#doc, p.schema) === 'array').map((p) => p.name)),
    };
    this.#cache.set(operationId, compiled);
    return compiled;
  }
}

function isEmptyBody(body: unknown): boolean {
  if (body === undefined || body === null) return true;
  if (typeof body === 'object' && !Array.isArray(body)) return Object.keys(body).length === 0;
  return false;
}
