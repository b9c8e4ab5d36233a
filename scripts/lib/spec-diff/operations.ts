/**
 * Lists the operations of a document with their path-level parameters merged in.
 * Inputs: an OpenAPI document. Outputs: operations keyed by operationId (or `METHOD path` when it has none).
 */
import { camelCase } from '../naming.ts';
import { resolveRef } from '../refs.ts';
import type { OpenApiDocument, OperationObject, ParameterObject } from '../spec-types.ts';

export const HTTP_METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options', 'trace'] as const;

export interface OperationEntry {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  readonly operation: OperationObject;
  /** Parameters keyed by their SDK field name (`x-nango-name`, else camelCase of the wire name). */
  readonly parameters: ReadonlyMap<string, ParameterObject>;
}

/** The SDK field name of a parameter. */
export function sdkName(parameter: ParameterObject): string {
  return parameter['x-nango-name'] ?? camelCase(parameter.name);
}

/** `GET /connections/{connectionId}`. */
export function label(entry: Pick<OperationEntry, 'method' | 'path'>): string {
  return `${entry.method.toUpperCase()} ${entry.path}`;
}

export function listOperations(document: OpenApiDocument): Map<string, OperationEntry> {
  const operations = new Map<string, OperationEntry>();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as OperationObject | undefined;
      if (operation === undefined) continue;
      const parameters = new Map<string, ParameterObject>();
      const byLocation = new Map<string, ParameterObject>();
      for (const raw of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
        const parameter = resolveRef(document, raw);
        byLocation.set(`${parameter.in}:${parameter.name}`, parameter);
      }
      for (const parameter of byLocation.values()) parameters.set(sdkName(parameter), parameter);
      const id = operation.operationId ?? `${method.toUpperCase()} ${path}`;
      operations.set(id, { id, method, path, operation, parameters });
    }
  }
  return operations;
}
