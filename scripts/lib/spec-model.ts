/**
 * Turns the OpenAPI document into the model every generator job reads: one entry per operation with its
 * SDK names, fields, success statuses and security, in document order.
 * Inputs: the parsed document. Outputs: OperationModel[] (throws on a spec that breaks the conventions).
 */
import { camelCase, operationTypeBase, splitOperationId } from './naming.ts';
import { resolveRef } from './refs.ts';
import { schemaKind, type FieldKind } from './schema-kind.ts';
import type {
  OpenApiDocument,
  OperationObject,
  ParameterObject,
  PathItemObject,
  RequestBodyObject,
  ResponseObject,
  SchemaObject,
} from './spec-types.ts';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
export const HTTP_METHODS: readonly HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete'];
export type QueryStyle = 'form' | 'deepObject' | 'commaList';
export type ParamLocation = 'path' | 'query' | 'header';

export interface FieldModel {
  readonly name: string;
  readonly wire: string;
  readonly in: ParamLocation | 'body';
  readonly required: boolean;
  readonly kind: FieldKind;
  readonly style?: QueryStyle;
  readonly description: string;
  readonly deprecated: boolean;
  readonly schema: SchemaObject | undefined;
}

export interface SuccessResponse {
  readonly status: number;
  /** First content type of the response, absent for an empty response. */
  readonly contentType?: string;
  readonly schema?: SchemaObject;
}

export interface OperationModel {
  readonly id: string;
  readonly resource: string;
  readonly name: string;
  readonly httpMethod: HttpMethod;
  readonly path: string;
  readonly summary: string;
  readonly description: string;
  readonly deprecated: boolean;
  readonly replacedBy?: string;
  readonly fields: readonly FieldModel[];
  readonly bodyContentTypes?: readonly string[];
  readonly bodySchema?: SchemaObject;
  readonly success: readonly SuccessResponse[];
  readonly security: readonly string[];
  readonly pagination?: Readonly<Record<string, string>>;
  readonly requestType: string;
  readonly requestBodyType: string;
  readonly responseType: string;
}

const PAGINATION_KEYS: Record<string, readonly string[]> = {
  cursor: ['style', 'items', 'cursorParam', 'nextCursor'],
  page: ['style', 'items', 'pageParam', 'limitParam'],
  total: ['style', 'items', 'pageParam', 'limitParam', 'total'],
};

const SECURITY_SCHEMES = new Set(['secretKey', 'connectSessionToken']);

function queryStyle(parameter: ParameterObject, kind: FieldKind): QueryStyle {
  const style = parameter.style ?? 'form';
  if (style === 'deepObject') return 'deepObject';
  if (style !== 'form') throw new Error(`Unsupported query style "${style}" on ${parameter.name}`);
  const explode = parameter.explode ?? true;
  return !explode && kind === 'array' ? 'commaList' : 'form';
}

/** Path-level parameters merged with operation-level ones (the operation wins on the same name and location). */
function mergedParameters(document: OpenApiDocument, item: PathItemObject, operation: OperationObject): ParameterObject[] {
  const merged = new Map<string, ParameterObject>();
  for (const raw of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
    const parameter = resolveRef(document, raw);
    merged.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  return [...merged.values()];
}

function parameterField(document: OpenApiDocument, parameter: ParameterObject, operationId: string): FieldModel {
  if (parameter.in === 'cookie') throw new Error(`${operationId}: cookie parameters are not supported`);
  const kind = schemaKind(document, parameter.schema);
  const explicitName = parameter['x-nango-name'];
  const field: FieldModel = {
    name: typeof explicitName === 'string' ? explicitName : camelCase(parameter.name),
    wire: parameter.name,
    in: parameter.in,
    required: parameter.in === 'path' ? true : parameter.required === true,
    kind,
    description: parameter.description ?? '',
    deprecated: parameter.deprecated === true,
    schema: parameter.schema,
    ...(parameter.in === 'query' ? { style: queryStyle(parameter, kind) } : {}),
  };
  return field;
}

function bodyField(document: OpenApiDocument, body: RequestBodyObject, contentType: string): FieldModel {
  const schema = body.content?.[contentType]?.schema;
  return {
    name: 'body',
    wire: 'body',
    in: 'body',
    required: body.required === true,
    kind: schemaKind(document, schema),
    description: body.description ?? (schema ? resolveRef(document, schema).description : undefined) ?? 'The request body.',
    deprecated: false,
    schema,
  };
}

function successResponses(document: OpenApiDocument, responses: Record<string, ResponseObject>): SuccessResponse[] {
  const result: SuccessResponse[] = [];
  for (const [code, raw] of Object.entries(responses)) {
    if (!/^2\d\d$/.test(code)) continue;
    const response = resolveRef(document, raw);
    const contentType = Object.keys(response.content ?? {})[0];
    const schema = contentType ? response.content?.[contentType]?.schema : undefined;
    result.push({ status: Number(code), ...(contentType ? { contentType } : {}), ...(schema ? { schema } : {}) });
  }
  return result.sort((a, b) => a.status - b.status);
}

function securityOf(document: OpenApiDocument, operation: OperationObject, operationId: string): string[] {
  const requirements = operation.security ?? document.security ?? [];
  const names: string[] = [];
  for (const requirement of requirements) {
    for (const name of Object.keys(requirement)) {
      if (!SECURITY_SCHEMES.has(name)) throw new Error(`${operationId}: unknown security scheme "${name}"`);
      if (!names.includes(name)) names.push(name);
    }
  }
  return names;
}

function paginationOf(operation: OperationObject, operationId: string): Record<string, string> | undefined {
  const raw = operation['x-nango-pagination'];
  if (raw === undefined) return undefined;
  const keys = PAGINATION_KEYS[String(raw.style)];
  if (!keys) throw new Error(`${operationId}: unknown x-nango-pagination style "${String(raw.style)}"`);
  const pagination: Record<string, string> = {};
  for (const key of keys) {
    const value = raw[key];
    if (typeof value !== 'string') throw new Error(`${operationId}: x-nango-pagination.${key} must be a string`);
    pagination[key] = value;
  }
  return pagination;
}

function buildOperation(
  document: OpenApiDocument,
  path: string,
  item: PathItemObject,
  httpMethod: HttpMethod,
  operation: OperationObject,
): OperationModel {
  const id = operation.operationId;
  if (!id) throw new Error(`${httpMethod.toUpperCase()} ${path} has no operationId`);
  const { resource, name } = splitOperationId(id);
  if (operation.tags?.[0] !== resource) throw new Error(`${id}: its first tag must be "${resource}"`);

  const fields = mergedParameters(document, item, operation).map((parameter) => parameterField(document, parameter, id));
  const body = operation.requestBody ? resolveRef(document, operation.requestBody) : undefined;
  const bodyContentTypes = body ? Object.keys(body.content ?? {}) : undefined;
  const firstContentType = bodyContentTypes?.[0];
  if (body && firstContentType) fields.push(bodyField(document, body, firstContentType));

  const seen = new Map<string, string>();
  for (const field of fields) {
    const previous = seen.get(field.name);
    if (previous) throw new Error(`${id}: fields "${previous}" and "${field.wire}" both map to "${field.name}"`);
    seen.set(field.name, field.wire);
  }

  const replacedBy = operation['x-nango-replaced-by'];
  const pagination = paginationOf(operation, id);
  const base = operationTypeBase(resource, name);
  const bodySchema = body && firstContentType ? body.content?.[firstContentType]?.schema : undefined;
  return {
    id,
    resource,
    name,
    httpMethod,
    path,
    summary: operation.summary ?? '',
    description: operation.description ?? '',
    deprecated: operation.deprecated === true,
    ...(typeof replacedBy === 'string' ? { replacedBy } : {}),
    fields,
    ...(bodyContentTypes && bodyContentTypes.length > 0 ? { bodyContentTypes } : {}),
    ...(bodySchema ? { bodySchema } : {}),
    success: successResponses(document, operation.responses ?? {}),
    security: securityOf(document, operation, id),
    ...(pagination ? { pagination } : {}),
    requestType: `${base}Request`,
    requestBodyType: `${base}RequestBody`,
    responseType: `${base}Response`,
  };
}

/** Every operation of the document, in document order (paths, then get/post/put/patch/delete). */
export function buildOperations(document: OpenApiDocument): OperationModel[] {
  const operations: OperationModel[] = [];
  const ids = new Set<string>();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const model = buildOperation(document, path, item, method, operation);
      if (ids.has(model.id)) throw new Error(`Duplicate operationId ${model.id}`);
      ids.add(model.id);
      operations.push(model);
    }
  }
  for (const operation of operations) {
    if (operation.replacedBy && !ids.has(operation.replacedBy)) {
      throw new Error(`${operation.id}: x-nango-replaced-by names unknown operation ${operation.replacedBy}`);
    }
  }
  return operations;
}

/** Resource namespaces in order of first appearance. */
export function resourcesOf(operations: readonly OperationModel[]): string[] {
  return [...new Set(operations.map((operation) => operation.resource))];
}
