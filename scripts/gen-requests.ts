/**
 * Job: one request type per operation.
 * Inputs: the operation model. Outputs: packages/core/src/generated/requests.ts, whose field types point into
 * openapi.ts so they stay exact: path, query and header parameters as camelCase fields, the body under `body`.
 * An operation without fields gets `Record<string, never>`, so every operation has a request type.
 */
import { CORE_GENERATED, type GeneratedFile, type GeneratorContext } from './lib/context.ts';
import { tsHeader } from './lib/header.ts';
import { callPath, operationTitle } from './lib/operation-docs.ts';
import type { FieldModel, OperationModel } from './lib/spec-model.ts';
import { docComment, oneLine, propertyKey, quote } from './lib/ts-emit.ts';

/** The type of one field: an indexed access into the openapi-typescript `operations` interface. */
function fieldType(operation: OperationModel, field: FieldModel): string {
  if (field.in === 'body') return operation.requestBodyType;
  return `Param<${quote(operation.id)}, ${quote(field.in)}, ${quote(field.wire)}>`;
}

function fieldDoc(field: FieldModel): string {
  const text = oneLine(field.description);
  return field.deprecated ? `@deprecated ${text}`.trim() : text;
}

function bodyAlias(operation: OperationModel): string {
  const body = operation.fields.find((field) => field.in === 'body');
  const contentType = operation.bodyContentTypes?.[0];
  if (!body || !contentType) return '';
  const requestBody = `operations[${quote(operation.id)}]['requestBody']`;
  const source = body.required ? requestBody : `NonNullable<${requestBody}>`;
  return `${docComment([`The body of ${callPath(operation)} (\`${contentType}\`).`])}export type ${operation.requestBodyType} = ${source}['content'][${quote(contentType)}];\n\n`;
}

function requestDeclaration(operation: OperationModel): string {
  const doc = docComment([operationTitle(operation), '', `@see \`${callPath(operation)}\``]);
  if (operation.fields.length === 0) return `${doc}export type ${operation.requestType} = Record<string, never>;\n`;
  const members = operation.fields.map((field) => {
    const optional = field.required ? '' : '?';
    return `${docComment([fieldDoc(field)], '  ')}  ${propertyKey(field.name)}${optional}: ${fieldType(operation, field)};`;
  });
  return `${doc}export interface ${operation.requestType} {\n${members.join('\n')}\n}\n`;
}

export function generateRequests(context: GeneratorContext): GeneratedFile[] {
  const declarations = context.operations.map((operation) => `${bodyAlias(operation)}${requestDeclaration(operation)}`);
  const content = `${tsHeader()}import type { operations } from './openapi.js';

type ParamLocation = 'path' | 'query' | 'header';

/** The parameters an operation takes in one location. */
type ParamsOf<K extends keyof operations, L extends ParamLocation> = NonNullable<operations[K]['parameters'][L]>;

/** The type of one parameter, without the \`undefined\` that optionality adds (the field's \`?\` says that). */
type Param<K extends keyof operations, L extends ParamLocation, F extends keyof ParamsOf<K, L>> = Exclude<ParamsOf<K, L>[F], undefined>;

${declarations.join('\n')}`;
  return [{ path: `${CORE_GENERATED}/requests.ts`, content }];
}
