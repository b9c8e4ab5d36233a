/** The parts of an OpenAPI 3.1 document the fake reads. */
export type JsonSchema = Record<string, unknown> | boolean;

export interface OpenApiParameter {
  name: string;
  in: 'query' | 'header' | 'path' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
  style?: string;
  explode?: boolean;
  $ref?: string;
}

export interface OpenApiOperation {
  operationId?: string;
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }>; $ref?: string };
  responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }>; $ref?: string }>;
  security?: Record<string, string[]>[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, unknown> & { parameters?: OpenApiParameter[] }>;
  components?: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Escapes a key for use in a JSON pointer. */
export function pointerEscape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Follows a local `$ref` (`#/components/...`) once. */
export function resolveRef<T>(doc: OpenApiDocument, value: T): T {
  const ref = (value as { $ref?: unknown } | undefined)?.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return value;
  let node: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Record<string, unknown> | undefined)?.[seg];
  }
  return (node ?? value) as T;
}

/** Where an operation sits in the document. */
export interface LocatedOperation {
  path: string;
  method: string;
  operation: OpenApiOperation;
  parameters: OpenApiParameter[];
}

/** Finds an operation by operationId, falling back to its method and path template. */
export function locateOperation(doc: OpenApiDocument, operationId: string, method: string, path: string): LocatedOperation | undefined {
  let found: { path: string; method: string; item: Record<string, unknown> & { parameters?: OpenApiParameter[] } } | undefined;
  for (const [p, item] of Object.entries(doc.paths ?? {})) {
    for (const m of HTTP_METHODS) {
      const op = item[m] as OpenApiOperation | undefined;
      if (op?.operationId === operationId) found = { path: p, method: m, item };
    }
  }
  if (!found) {
    const item = doc.paths?.[path];
    if (item && item[method.toLowerCase()]) found = { path, method: method.toLowerCase(), item };
  }
  if (!found) return undefined;
  const operation = found.item[found.method] as OpenApiOperation;
  const merged = new Map<string, OpenApiParameter>();
  for (const p of [...(found.item.parameters ?? []), ...(operation.parameters ?? [])]) {
    const resolved = resolveRef(doc, p);
    merged.set(`${resolved.in}:${resolved.name.toLowerCase()}`, resolved);
  }
  return { path: found.path, method: found.method, operation, parameters: [...merged.values()] };
}
