/**
 * The example call of an operation, shown in TSDoc `@example` blocks and in docs/sdks.
 * Inputs: the document and an operation. Outputs: TypeScript lines that compile against the SDK.
 */
import { sampleRequest } from './example-values.ts';
import { callPath } from './operation-docs.ts';
import type { OpenApiDocument } from './spec-types.ts';
import type { OperationModel } from './spec-model.ts';

const RESERVED = new Set(['break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else',
  'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return',
  'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield', 'let', 'static', 'await',
  'nango', 'data', 'item', 'page', 'result']);

function singular(word: string, fallback: string): string {
  const candidate = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : '';
  return candidate && !RESERVED.has(candidate) && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(candidate) ? candidate : fallback;
}

export function exampleCall(document: OpenApiDocument, operation: OperationModel): string[] {
  const request = sampleRequest(document, operation.fields) ?? '';
  const call = `${callPath(operation)}(${request})`;
  if (operation.pagination) {
    const item = singular(operation.pagination['items'] ?? '', 'item');
    return [`for await (const ${item} of ${call}) {`, `  console.log(${item});`, '}'];
  }
  if (operation.success.every((response) => !response.contentType)) return [`await ${call};`];
  const variable = operation.name === 'get' || operation.name === 'create' ? singular(operation.resource, 'result') : 'result';
  return [`const ${variable} = await ${call};`];
}
