/**
 * Job: the operation table the runtime builds requests from.
 * Inputs: the operation model. Outputs: packages/core/src/generated/operations.ts.
 */
import { CORE_GENERATED, type GeneratedFile, type GeneratorContext } from './lib/context.ts';
import { tsHeader } from './lib/header.ts';
import type { FieldModel, OperationModel } from './lib/spec-model.ts';
import { propertyKey, quote } from './lib/ts-emit.ts';

function fieldLiteral(field: FieldModel): string {
  const parts = [
    `name: ${quote(field.name)}`,
    `wire: ${quote(field.wire)}`,
    `in: ${quote(field.in)}`,
    `required: ${String(field.required)}`,
    `kind: ${quote(field.kind)}`,
    ...(field.style ? [`style: ${quote(field.style)}`] : []),
  ];
  return `{ ${parts.join(', ')} }`;
}

function list(values: readonly (string | number)[]): string {
  return `[${values.map((value) => (typeof value === 'number' ? String(value) : quote(value))).join(', ')}]`;
}

function operationLiteral(operation: OperationModel): string {
  const lines = [
    `id: ${quote(operation.id)},`,
    `resource: ${quote(operation.resource)},`,
    `name: ${quote(operation.name)},`,
    `httpMethod: ${quote(operation.httpMethod)},`,
    `path: ${quote(operation.path)},`,
  ];
  if (operation.fields.length === 0) lines.push('fields: [],');
  else lines.push('fields: [', ...operation.fields.map((field) => `  ${fieldLiteral(field)},`), '],');
  if (operation.bodyContentTypes) lines.push(`bodyContentTypes: ${list(operation.bodyContentTypes)},`);
  lines.push(`success: ${list(operation.success.map((response) => response.status))},`);
  lines.push(`emptySuccess: ${list(operation.success.filter((response) => !response.contentType).map((response) => response.status))},`);
  lines.push(`security: ${list(operation.security)},`);
  if (operation.deprecated) {
    lines.push(operation.replacedBy ? `deprecated: { replacedBy: ${quote(operation.replacedBy)} },` : 'deprecated: {},');
  }
  if (operation.pagination) {
    const entries = Object.entries(operation.pagination).map(([key, value]) => `${propertyKey(key)}: ${quote(value)}`);
    lines.push(`pagination: { ${entries.join(', ')} },`);
  }
  return `  ${quote(operation.id)}: {\n${lines.map((line) => `    ${line}`).join('\n')}\n  },`;
}

export function generateOperations(context: GeneratorContext): GeneratedFile[] {
  const body = context.operations.map(operationLiteral).join('\n');
  const content = `${tsHeader()}import type { OperationDef } from './contract.js';

/** Every operation of the Nango API, keyed by operationId: how each request is built and what answers it. */
export const operations = {
${body}
} as const satisfies Record<string, OperationDef>;

/** The operationId of an operation of the Nango API. */
export type OperationId = keyof typeof operations;
`;
  return [{ path: `${CORE_GENERATED}/operations.ts`, content }];
}
