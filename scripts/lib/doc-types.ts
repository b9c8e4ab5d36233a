/**
 * How a schema's type is written in the model docs: `*string*`, `*string[]*`, `[Name](../components/name.md)`.
 * Inputs: a schema and the document. Outputs: Markdown type text (pipes escaped for tables).
 */
import { docFileName } from './naming.ts';
import { resolveRef, schemaRefName } from './refs.ts';
import { schemaTypes } from './schema-kind.ts';
import type { OpenApiDocument, SchemaObject } from './spec-types.ts';

/** `plain` runs are italic, `link` runs are component links, `raw` runs (separators) are written as they are. */
type Part = { kind: 'plain' | 'link' | 'raw'; text: string };

const PRIMITIVES: Record<string, string> = { string: 'string', integer: 'number', number: 'number', boolean: 'boolean' };

function literal(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

function parts(document: OpenApiDocument, schema: SchemaObject, depth: number): Part[] {
  const refName = schemaRefName(schema.$ref);
  if (refName) return [{ kind: 'link', text: `[${refName}](../components/${docFileName(refName)})` }];
  const resolved = resolveRef(document, schema);
  if (depth > 3) return [{ kind: 'plain', text: 'unknown' }];
  if (resolved.const !== undefined) return [{ kind: 'plain', text: literal(resolved.const) }];
  if (resolved.enum) return [{ kind: 'plain', text: resolved.enum.filter((value) => value !== null).map(literal).join(' | ') }];
  if (resolved.allOf?.length === 1 && resolved.allOf[0]) return parts(document, resolved.allOf[0], depth + 1);
  const members = resolved.oneOf ?? resolved.anyOf;
  if (members && members.length > 0) {
    return members.flatMap((member, index) => [
      ...(index > 0 ? [{ kind: 'raw' as const, text: ' | ' }] : []),
      ...parts(document, member, depth + 1),
    ]);
  }
  const types = schemaTypes(resolved);
  const nullable = resolved.nullable === true || resolved.type === 'null' || (Array.isArray(resolved.type) && resolved.type.includes('null'));
  if (types.length === 0 && nullable) return [{ kind: 'plain', text: 'null' }];
  if (nullable) {
    const { type: _type, nullable: _nullable, ...rest } = resolved;
    const withoutNull: SchemaObject = types.length === 0 ? rest : { ...rest, type: types.length === 1 ? (types[0] ?? '') : types };
    return [...parts(document, withoutNull, depth), { kind: 'raw', text: ' | ' }, { kind: 'plain', text: 'null' }];
  }
  if (types.length > 1) return [{ kind: 'plain', text: types.map((type) => PRIMITIVES[type] ?? type).join(' | ') }];
  const type = types[0] ?? (resolved.properties ? 'object' : resolved.items ? 'array' : undefined);
  if (type && PRIMITIVES[type]) return [{ kind: 'plain', text: PRIMITIVES[type] }];
  if (type === 'array') {
    const item: Part[] = resolved.items ? parts(document, resolved.items, depth + 1) : [{ kind: 'plain', text: 'unknown' }];
    const [single] = item;
    if (item.length === 1 && single?.kind === 'plain') return [{ kind: 'plain', text: `${single.text}[]` }];
    const wrapped: Part[] = item.length > 1 ? [{ kind: 'raw', text: '(' }, ...item, { kind: 'raw', text: ')' }] : item;
    return [...wrapped, { kind: 'raw', text: '[]' }];
  }
  if (type === 'object' || resolved.additionalProperties !== undefined) {
    if (resolved.properties && Object.keys(resolved.properties).length > 0) return [{ kind: 'plain', text: 'object' }];
    const extra = resolved.additionalProperties;
    if (typeof extra === 'object') {
      const inner = parts(document, extra, depth + 1);
      if (inner.every((part) => part.kind === 'plain')) {
        return [{ kind: 'plain', text: `Record<string, ${inner.map((part) => part.text).join('')}>` }];
      }
      return [{ kind: 'raw', text: 'Record<string, ' }, ...inner, { kind: 'raw', text: '>' }];
    }
    return [{ kind: 'plain', text: 'Record<string, unknown>' }];
  }
  return [{ kind: 'plain', text: 'unknown' }];
}

/** Markdown for the type of `schema`; plain runs are italic, component names are links. */
export function docType(document: OpenApiDocument, schema: SchemaObject | undefined): string {
  const merged: Part[] = [];
  for (const part of schema ? parts(document, schema, 0) : [{ kind: 'plain' as const, text: 'unknown' }]) {
    const last = merged[merged.length - 1];
    if (last && last.kind === 'plain' && part.kind === 'plain') merged[merged.length - 1] = { kind: 'plain', text: last.text + part.text };
    else merged.push(part);
  }
  return merged
    .map((part) => {
      if (part.kind === 'link') return part.text;
      const text = part.text.replace(/\|/g, '\\|').replace(/</g, '\\<').replace(/>/g, '\\>');
      return part.kind === 'raw' ? text : `*${text}*`;
    })
    .join('');
}

/** Properties of an object schema, following `$ref` and merging `allOf` members. */
export function objectProperties(
  document: OpenApiDocument,
  input: SchemaObject,
): { properties: [string, SchemaObject][]; required: Set<string> } | undefined {
  const schema = resolveRef(document, input);
  const properties: [string, SchemaObject][] = [];
  const required = new Set<string>(schema.required ?? []);
  let found = false;
  for (const member of schema.allOf ?? []) {
    const inner = objectProperties(document, member);
    if (!inner) continue;
    found = true;
    for (const entry of inner.properties) {
      const index = properties.findIndex(([name]) => name === entry[0]);
      if (index >= 0) properties[index] = entry;
      else properties.push(entry);
    }
    for (const name of inner.required) required.add(name);
  }
  if (schema.properties) {
    found = true;
    for (const entry of Object.entries(schema.properties)) {
      const index = properties.findIndex(([name]) => name === entry[0]);
      if (index >= 0) properties[index] = entry;
      else properties.push(entry);
    }
  }
  return found ? { properties, required } : undefined;
}

/** The description of a property: its own, else the one of the schema it references. */
export function schemaDescription(document: OpenApiDocument, schema: SchemaObject | undefined): string {
  if (!schema) return '';
  if (schema.description) return schema.description;
  const resolved = resolveRef(document, schema);
  if (resolved.description) return resolved.description;
  return resolved.items ? schemaDescription(document, resolved.items) : '';
}
