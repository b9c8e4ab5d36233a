/**
 * Classifies a schema by its JSON type.
 * Inputs: a schema and the document (to follow `$ref`). Outputs: the OperationField kind.
 */
import { resolveRef } from './refs.ts';
import type { OpenApiDocument, SchemaObject } from './spec-types.ts';

export type FieldKind = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'unknown';

const KINDS: readonly FieldKind[] = ['string', 'number', 'integer', 'boolean', 'array', 'object'];

/** The non-null JSON types a schema allows. */
export function schemaTypes(schema: SchemaObject): string[] {
  if (Array.isArray(schema.type)) return schema.type.filter((type) => type !== 'null');
  if (typeof schema.type === 'string') return schema.type === 'null' ? [] : [schema.type];
  return [];
}

export function schemaKind(document: OpenApiDocument, input: SchemaObject | undefined): FieldKind {
  if (!input) return 'unknown';
  const schema = resolveRef(document, input);
  const types = schemaTypes(schema);
  if (types.length === 1) {
    const kind = KINDS.find((candidate) => candidate === types[0]);
    return kind ?? 'unknown';
  }
  if (types.length === 0) {
    if (schema.properties || schema.additionalProperties !== undefined) return 'object';
    if (schema.items) return 'array';
    if (schema.allOf?.length === 1 && schema.allOf[0]) return schemaKind(document, schema.allOf[0]);
    const members = schema.oneOf ?? schema.anyOf ?? schema.allOf;
    if (members && members.length > 0) {
      const kinds = new Set(members.map((member) => schemaKind(document, member)));
      const [only] = [...kinds];
      if (kinds.size === 1 && only) return only;
    }
  }
  return 'unknown';
}
