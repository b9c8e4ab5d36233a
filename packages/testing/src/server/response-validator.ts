import type { ValidateFunction } from 'ajv';

import { absolutise, createAjv, type Ajv } from './ajv.js';
import { locateOperation, resolveRef, type JsonSchema, type OpenApiDocument } from './openapi.js';

/** A response that does not match the spec. */
export interface ResponseViolation {
  operationId: string;
  method: string;
  path: string;
  status: number;
  message: string;
  errors: { path: string; message: string }[];
}

/** Checks the fake's responses against the response schemas of the spec. */
export class ResponseValidator {
  readonly #doc: OpenApiDocument;
  readonly #ajv: Ajv;
  readonly #cache = new Map<string, ValidateFunction | null | 'undocumented'>();

  constructor(doc: OpenApiDocument) {
    this.#doc = doc;
    this.#ajv = createAjv(doc, false);
  }

  /** Returns a violation, or undefined when the response matches. */
  check(operationId: string, method: string, pathTemplate: string, requestPath: string, status: number, body: unknown, hasBody: boolean): ResponseViolation | undefined {
    const key = `${operationId} ${status}`;
    let validate = this.#cache.get(key);
    if (validate === undefined) {
      validate = this.#compile(operationId, method, pathTemplate, status);
      this.#cache.set(key, validate);
    }
    const base = { operationId, method, path: requestPath, status };
    if (validate === 'undocumented') return { ...base, message: `status ${status} is not documented`, errors: [] };
    if (validate === null) {
      return status === 204 && hasBody ? { ...base, message: '204 response has a body', errors: [] } : undefined;
    }
    if (validate(body)) return undefined;
    return { ...base, message: 'body does not match the schema', errors: (validate.errors ?? []).map((e) => ({ path: e.instancePath, message: `${e.keyword}: ${e.message ?? ''}` })) };
  }

  #compile(operationId: string, method: string, pathTemplate: string, status: number): ValidateFunction | null | 'undocumented' {
    const located = locateOperation(this.#doc, operationId, method, pathTemplate);
    if (!located) return null;
    const responses = located.operation.responses ?? {};
    const entry = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses['default'];
    let schema: JsonSchema | undefined;
    if (entry) {
      const resolved = resolveRef(this.#doc, entry);
      const content = resolved.content ?? {};
      schema = content['application/json']?.schema ?? Object.values(content)[0]?.schema;
      if (schema === undefined) return null;
    } else if (status >= 400) {
      schema = (this.#doc.components?.['schemas'] as Record<string, JsonSchema> | undefined)?.['ErrorResponse'];
      if (schema === undefined) return null;
    } else {
      return 'undocumented';
    }
    return this.#ajv.compile(absolutise(schema) as object);
  }
}
