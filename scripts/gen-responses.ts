/**
 * Job: one response type per operation.
 * Inputs: the operation model. Outputs: packages/core/src/generated/responses.ts. The type is the content of
 * the 2xx responses (a union when they differ), `void` when every 2xx response is empty, and `| undefined`
 * added when only some are.
 */
import { CORE_GENERATED, type GeneratedFile, type GeneratorContext } from './lib/context.ts';
import { tsHeader } from './lib/header.ts';
import { callPath, operationTitle } from './lib/operation-docs.ts';
import type { OperationModel } from './lib/spec-model.ts';
import { docComment, quote } from './lib/ts-emit.ts';

/** The TypeScript type of the data an operation resolves to. */
export function responseTypeExpression(operation: OperationModel): string {
  const withContent = operation.success.filter((response) => response.contentType);
  if (withContent.length === 0) return 'void';
  const seen = new Set<string>();
  const members: string[] = [];
  for (const response of withContent) {
    const key = JSON.stringify(response.schema ?? null);
    if (seen.has(key)) continue;
    seen.add(key);
    members.push(`operations[${quote(operation.id)}]['responses'][${response.status}]['content'][${quote(response.contentType ?? '')}]`);
  }
  if (withContent.length < operation.success.length) members.push('undefined');
  return members.join('\n  | ');
}

function declaration(operation: OperationModel): string {
  const doc = docComment([`${operationTitle(operation)}: what the call resolves to.`, '', `@see \`${callPath(operation)}\``]);
  const expression = responseTypeExpression(operation);
  const separator = expression.includes('\n') ? '\n  | ' : ' ';
  return `${doc}export type ${operation.responseType} =${separator}${expression};\n`;
}

export function generateResponses(context: GeneratorContext): GeneratedFile[] {
  const usesOperations = context.operations.some((operation) => operation.success.some((response) => response.contentType));
  const imports = usesOperations ? "import type { operations } from './openapi.js';\n\n" : '';
  const content = `${tsHeader()}${imports}${context.operations.map(declaration).join('\n')}`;
  return [{ path: `${CORE_GENERATED}/responses.ts`, content }];
}
