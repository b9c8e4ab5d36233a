/**
 * Job: one page per generated resource namespace, listing each method with a typed example.
 * Inputs: the operation model. Outputs: docs/sdks/<resource>/README.md.
 */
import { SDK_DOCS, type GeneratedFile, type GeneratorContext } from './lib/context.ts';
import { exampleCall } from './lib/example-call.ts';
import { markdownHeader } from './lib/header.ts';
import { cell, OPTIONAL_MARK, REQUIRED_MARK, renderTable } from './lib/markdown-table.ts';
import { docFileName } from './lib/naming.ts';
import { operationTitle, replacementCall } from './lib/operation-docs.ts';
import type { OperationModel } from './lib/spec-model.ts';
import type { OpenApiDocument } from './lib/spec-types.ts';
import { generatedResources } from './gen-resources.ts';

const MODELS = '../../models/operations';

function anchor(name: string): string {
  return name.toLowerCase();
}

function methodSection(document: OpenApiDocument, operation: OperationModel): string {
  const parts = [`## ${operation.name}`, '', operationTitle(operation)];
  if (operation.description.trim()) parts.push('', operation.description.trim());
  if (operation.deprecated) {
    const replacement = operation.replacedBy ? ` Use \`${replacementCall(operation.replacedBy)}\` instead.` : '';
    parts.push('', `> :warning: **Deprecated.**${replacement}`);
  }
  parts.push('', '### Example Usage', '', '```typescript', "import { Nango } from '@nango-sdk/node';", '',
    "const nango = new Nango({ secretKey: process.env['NANGO_SECRET_KEY'] ?? '' });", '', ...exampleCall(document, operation), '```');
  const rows: string[][] = [];
  if (operation.fields.length > 0) {
    const required = operation.fields.some((field) => field.required);
    rows.push(['`request`', `[${operation.requestType}](${MODELS}/${docFileName(operation.requestType)})`, required ? REQUIRED_MARK : OPTIONAL_MARK, 'The request fields.']);
  }
  rows.push(['`options`', '*RequestOptions*', OPTIONAL_MARK, cell('Per-call options: timeout, retries, abort signal, extra headers.')]);
  parts.push('', '### Parameters', '', renderTable(['Parameter', 'Type', 'Required', 'Description'], rows));
  const responseLink = `[${operation.responseType}](${MODELS}/${docFileName(operation.responseType)})`;
  const returns = operation.pagination
    ? `**PagePromise\\<${responseLink}, \`${operation.responseType}['${operation.pagination['items'] ?? ''}'][number]\`\\>**: awaiting gives the first page; \`for await\` iterates over every item of every page.`
    : `**APIPromise\\<${responseLink}\\>**`;
  parts.push('', '### Response', '', returns);
  return parts.join('\n');
}

function resourcePage(document: OpenApiDocument, resource: string, operations: readonly OperationModel[]): string {
  const own = operations.filter((operation) => operation.resource === resource);
  const list = own.map((operation) => `* [${operation.name}](#${anchor(operation.name)}) - ${operationTitle(operation)}${operation.deprecated ? ' (deprecated)' : ''}`);
  return `# ${resource}

## Overview

The methods of \`nango.${resource}\`.

### Available Operations

${list.join('\n')}

${own.map((operation) => methodSection(document, operation)).join('\n\n')}
`;
}

export function generateSdkDocs(context: GeneratorContext): GeneratedFile[] {
  return generatedResources(context.operations).map((resource) => ({
    path: `${SDK_DOCS}/${resource}/README.md`,
    content: `${markdownHeader()}${resourcePage(context.spec.document, resource, context.operations)}`,
  }));
}

