/**
 * Job: resource classes, one per namespace (spec tag) except `proxy`, whose methods are written by hand.
 * Inputs: the operation model. Outputs: packages/core/src/generated/resources.ts with the classes,
 * `GeneratedResources` and `createResources`.
 */
import { CORE_GENERATED, type GeneratedFile, type GeneratorContext } from './lib/context.ts';
import { exampleCall } from './lib/example-call.ts';
import { tsHeader } from './lib/header.ts';
import { resourceClassName } from './lib/naming.ts';
import { operationTitle, replacementCall } from './lib/operation-docs.ts';
import { resourcesOf, type OperationModel } from './lib/spec-model.ts';
import { docComment, quote } from './lib/ts-emit.ts';
import type { OpenApiDocument } from './lib/spec-types.ts';

/** Namespaces without a generated class. */
export const HAND_WRITTEN_RESOURCES: ReadonlySet<string> = new Set(['proxy']);

export function generatedResources(operations: readonly OperationModel[]): string[] {
  return resourcesOf(operations).filter((resource) => !HAND_WRITTEN_RESOURCES.has(resource));
}

/** The parameters of a method: none, an optional request or a required request; then the options. */
export function requestParameter(operation: OperationModel): string {
  if (operation.fields.length === 0) return '';
  return operation.fields.some((field) => field.required) ? `request: ${operation.requestType}, ` : `request?: ${operation.requestType}, `;
}

/** The return type of a method. */
export function returnType(operation: OperationModel): string {
  const items = operation.pagination?.['items'];
  if (items) return `PagePromise<${operation.responseType}, ${operation.responseType}[${quote(items)}][number]>`;
  return `APIPromise<${operation.responseType}>`;
}

function methodDoc(document: OpenApiDocument, operation: OperationModel): string {
  const lines = [operationTitle(operation)];
  if (operation.description.trim()) lines.push('', operation.description.trim());
  if (operation.deprecated) {
    lines.push('', operation.replacedBy ? `@deprecated Use \`${replacementCall(operation.replacedBy)}\` instead.` : '@deprecated');
  }
  lines.push('', '@example', '```ts', ...exampleCall(document, operation), '```');
  return docComment(lines, '  ');
}

function method(document: OpenApiDocument, operation: OperationModel): string {
  const invoke = operation.pagination
    ? `this._invoker.paginate<${operation.responseType}, ${operation.responseType}[${quote(operation.pagination['items'] ?? '')}][number]>`
    : `this._invoker.call<${operation.responseType}>`;
  const request = operation.fields.length === 0 ? 'undefined' : 'request';
  return `${methodDoc(document, operation)}  ${operation.name}(${requestParameter(operation)}options?: TOptions): ${returnType(operation)} {
    return ${invoke}(operations[${quote(operation.id)}], ${request}, options);
  }`;
}

function resourceClass(document: OpenApiDocument, resource: string, operations: readonly OperationModel[]): string {
  const methods = operations.filter((operation) => operation.resource === resource).map((operation) => method(document, operation));
  return `${docComment([`The \`nango.${resource}\` namespace.`])}export class ${resourceClassName(resource)}<TOptions> {
  constructor(protected readonly _invoker: Invoker<TOptions>) {}

${methods.join('\n\n')}
}
`;
}

export function generateResources(context: GeneratorContext): GeneratedFile[] {
  const { operations } = context;
  const resources = generatedResources(operations);
  const included = operations.filter((operation) => !HAND_WRITTEN_RESOURCES.has(operation.resource));
  const requestTypes = [...new Set(included.filter((operation) => operation.fields.length > 0).map((operation) => operation.requestType))].sort();
  const responseTypes = [...new Set(included.map((operation) => operation.responseType))].sort();
  const contractTypes = ['APIPromise', 'Invoker', ...(included.some((operation) => operation.pagination) ? ['PagePromise'] : [])];
  const importList = (names: readonly string[], from: string): string =>
    names.length === 0 ? '' : `import type {\n${names.map((name) => `  ${name},`).join('\n')}\n} from '${from}';\n`;
  const classes = resources.map((resource) => resourceClass(context.spec.document, resource, operations));
  const members = resources.map((resource) => `  ${resource}: ${resourceClassName(resource)}<TOptions>;`);
  const constructors = resources.map((resource) => `    ${resource}: new ${resourceClassName(resource)}(invoker),`);
  const content = `${tsHeader()}import type { ${contractTypes.join(', ')} } from './contract.js';
import { operations } from './operations.js';
${importList(requestTypes, './requests.js')}${importList(responseTypes, './responses.js')}
${classes.join('\n')}
/** Every generated namespace of the client, keyed by its property name on \`nango\`. */
export interface GeneratedResources<TOptions> {
${members.join('\n')}
}

/** Builds every generated namespace around one invoker. */
export function createResources<TOptions>(invoker: Invoker<TOptions>): GeneratedResources<TOptions> {
  return {
${constructors.join('\n')}
  };
}
`;
  return [{ path: `${CORE_GENERATED}/resources.ts`, content }];
}
