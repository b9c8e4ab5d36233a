/**
 * Job: model docs in the seed's table format.
 * Inputs: the operation model and components.schemas. Outputs: docs/models/operations/<type>.md for every
 * request, request body and response type, docs/models/components/<schema>.md for every component schema,
 * a page for every inline object nested in those (named after its parent and property), and
 * docs/models/README.md as their index.
 */
import { MODEL_DOCS, type GeneratedFile, type GeneratorContext } from './lib/context.ts';
import { docType, objectProperties, schemaDescription } from './lib/doc-types.ts';
import { markdownHeader } from './lib/header.ts';
import { cell, renderModelPage, type FieldRow } from './lib/markdown-table.ts';
import { docFileName, pascalCase } from './lib/naming.ts';
import { resolveRef, schemaRefName } from './lib/refs.ts';
import type { OpenApiDocument, SchemaObject } from './lib/spec-types.ts';
import type { OperationModel } from './lib/spec-model.ts';

type Directory = 'operations' | 'components';

interface IndexEntry {
  readonly title: string;
  readonly file: string;
}

/** Collects pages; nested inline objects register their own pages while their parent is rendered. */
class ModelDocs {
  readonly files: GeneratedFile[] = [];
  readonly entries: Record<Directory, IndexEntry[]> = { operations: [], components: [] };

  constructor(private readonly document: OpenApiDocument) {}

  add(directory: Directory, title: string, page: string): void {
    const file = `${directory}/${docFileName(title)}`;
    this.files.push({ path: `${MODEL_DOCS}/${file}`, content: `${markdownHeader()}${page}` });
    this.entries[directory].push({ title, file });
  }

  /** Whether a schema gets its own page: an inline object with properties (a `$ref` links to its component). */
  isInlineObject(schema: SchemaObject | undefined): schema is SchemaObject {
    return schema !== undefined && this.hasOwnPage(schema);
  }

  hasOwnPage(schema: SchemaObject): boolean {
    return !schemaRefName(schema.$ref) && objectProperties(this.document, schema) !== undefined;
  }

  /** The type cell of a property; inline objects (and arrays of them) get a nested page in `directory`. */
  propertyType(schema: SchemaObject, nestedName: string, directory: Directory): string {
    if (this.hasOwnPage(schema)) {
      this.objectPage(directory, nestedName, schema, schema.description ?? '');
      return `[${nestedName}](${docFileName(nestedName)})`;
    }
    const items = !schema.$ref ? resolveRef(this.document, schema).items : undefined;
    if (items && this.isInlineObject(items)) {
      this.objectPage(directory, nestedName, items, items.description ?? '');
      return `[${nestedName}](${docFileName(nestedName)})[]`;
    }
    return docType(this.document, schema);
  }

  rows(owner: string, schema: SchemaObject, directory: Directory): FieldRow[] {
    const shape = objectProperties(this.document, schema);
    if (!shape) return [];
    return shape.properties.map(([name, property]) => ({
      field: name,
      type: this.propertyType(property, `${owner}${pascalCase(name)}`, directory),
      required: shape.required.has(name),
      description: schemaDescription(this.document, property),
    }));
  }

  objectPage(directory: Directory, title: string, schema: SchemaObject, description: string): void {
    this.add(directory, title, withDescription(renderModelPage(title, this.rows(title, schema, directory)), description));
  }
}

/** A page for a type that is not an object with fields: its description and its type. */
function typePage(title: string, description: string, type: string): string {
  const intro = description.trim() ? `${cell(description)}\n\n\n` : '';
  return `# ${title}\n\n${intro}## Type\n\n${type}\n`;
}

function withDescription(page: string, description: string): string {
  if (!description.trim()) return page;
  const newline = page.indexOf('\n');
  return `${page.slice(0, newline)}\n\n${cell(description)}${page.slice(newline)}`;
}

function requestPage(docs: ModelDocs, document: OpenApiDocument, operation: OperationModel): string {
  const rows = operation.fields.map((field): FieldRow => {
    const type = field.in === 'body' && docs.isInlineObject(field.schema)
      ? `[${operation.requestBodyType}](${docFileName(operation.requestBodyType)})`
      : docType(document, field.schema);
    return { field: field.name, type, required: field.required, description: field.description };
  });
  if (rows.length === 0) return `# ${operation.requestType}\n\n\n## Fields\n\nThis operation takes no parameters.\n`;
  return renderModelPage(operation.requestType, rows);
}

function addResponsePage(docs: ModelDocs, document: OpenApiDocument, operation: OperationModel): void {
  const withContent = operation.success.filter((response) => response.contentType);
  const only = withContent.length === 1 && withContent.length === operation.success.length ? withContent[0] : undefined;
  if (only?.schema && docs.isInlineObject(only.schema)) {
    docs.objectPage('operations', operation.responseType, only.schema, '');
    return;
  }
  if (withContent.length === 0) {
    docs.add('operations', operation.responseType, typePage(operation.responseType, 'The call resolves to nothing.', '*void*'));
    return;
  }
  const types = withContent.map((response) => docType(document, response.schema));
  if (withContent.length < operation.success.length) types.push('*undefined*');
  const statuses = withContent.map((response) => response.status).join(', ');
  const page = typePage(operation.responseType, `The content of the ${statuses} response.`, [...new Set(types)].join(' \\| '));
  docs.add('operations', operation.responseType, page);
}

function addComponentPage(docs: ModelDocs, document: OpenApiDocument, name: string, schema: SchemaObject): void {
  const resolved = resolveRef(document, schema);
  const description = resolved.description ?? '';
  if (objectProperties(document, schema)) {
    docs.objectPage('components', name, schema, description);
    return;
  }
  docs.add('components', name, typePage(name, description, docType(document, { ...resolved, description: '' })));
}

function indexPage(entries: Record<Directory, IndexEntry[]>): string {
  const list = (items: readonly IndexEntry[]): string =>
    [...items].sort((a, b) => a.title.localeCompare(b.title, 'en')).map((entry) => `- [${entry.title}](${entry.file})`).join('\n');
  return `# Models

One page per request, request body and response type of the SDK, per component schema of the API, and per
object nested in them.

## Operations

${list(entries.operations)}

## Components

${list(entries.components)}
`;
}

export function generateModelDocs(context: GeneratorContext): GeneratedFile[] {
  const { document } = context.spec;
  const docs = new ModelDocs(document);
  for (const operation of context.operations) {
    docs.add('operations', operation.requestType, requestPage(docs, document, operation));
    const body = operation.fields.find((field) => field.in === 'body');
    if (body && docs.isInlineObject(body.schema)) docs.objectPage('operations', operation.requestBodyType, body.schema, body.description);
    addResponsePage(docs, document, operation);
  }
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) addComponentPage(docs, document, name, schema);
  docs.files.push({ path: `${MODEL_DOCS}/README.md`, content: `${markdownHeader()}${indexPage(docs.entries)}` });
  return docs.files;
}
