/**
 * Sample values for the `@example` blocks: the required fields of a request, filled with values that
 * satisfy the spec's types (enum members, bounds, nested required properties).
 * Inputs: operation fields and schemas. Outputs: TypeScript expression text.
 */
import { objectProperties } from './doc-types.ts';
import { resolveRef } from './refs.ts';
import { schemaTypes } from './schema-kind.ts';
import type { OpenApiDocument, SchemaObject } from './spec-types.ts';
import type { FieldModel } from './spec-model.ts';
import { propertyKey, quote } from './ts-emit.ts';

/** Readable sample strings for well-known names (SDK or wire spelling). */
const KNOWN_STRINGS: Record<string, string> = {
  connectionId: 'user-1',
  connection_id: 'user-1',
  providerConfigKey: 'github',
  provider_config_key: 'github',
  uniqueKey: 'github',
  unique_key: 'github',
  provider: 'github',
  model: 'Contact',
  action_name: 'fetch-issues',
  actionName: 'fetch-issues',
  name: 'fetch-issues',
  integration_id: 'github',
  integrationId: 'github',
  function_name: 'fetch-issues',
};

function literalValue(value: unknown): string {
  return typeof value === 'string' ? quote(value) : JSON.stringify(value);
}

function numberSample(schema: SchemaObject): string {
  const minimum = typeof schema['minimum'] === 'number' ? schema['minimum'] : undefined;
  const maximum = typeof schema['maximum'] === 'number' ? schema['maximum'] : undefined;
  let value = minimum ?? 1;
  if (maximum !== undefined && value > maximum) value = maximum;
  return String(value);
}

function stringSample(schema: SchemaObject, name: string): string {
  const known = KNOWN_STRINGS[name];
  if (known) return quote(known);
  if (schema.format === 'date-time') return quote('2025-01-01T00:00:00.000Z');
  if (schema.format === 'date') return quote('2025-01-01');
  if (schema.format === 'uri' || schema.format === 'url') return quote('https://example.com');
  if (schema.format === 'email') return quote('user@example.com');
  return quote('example');
}

/** A value of `input`'s type; `name` picks readable samples. */
export function sampleValue(document: OpenApiDocument, input: SchemaObject | undefined, name: string, depth = 0): string {
  if (!input || depth > 6) return '{}';
  const schema = resolveRef(document, input);
  if (schema.const !== undefined) return literalValue(schema.const);
  const firstEnum = schema.enum?.find((value) => value !== null);
  if (firstEnum !== undefined) return literalValue(firstEnum);
  const members = schema.oneOf ?? schema.anyOf;
  const firstMember = members?.[0];
  if (firstMember && !schema.properties) return sampleValue(document, firstMember, name, depth + 1);
  const type = schemaTypes(schema)[0] ?? (schema.properties || schema.allOf ? 'object' : schema.items ? 'array' : undefined);
  switch (type) {
    case 'string':
      return stringSample(schema, name);
    case 'integer':
    case 'number':
      return numberSample(schema);
    case 'boolean':
      return 'true';
    case 'array':
      return `[${sampleValue(document, schema.items, name, depth + 1)}]`;
    case 'object':
      return sampleObject(document, schema, depth);
    default:
      return '{}';
  }
}

function sampleObject(document: OpenApiDocument, schema: SchemaObject, depth: number): string {
  const shape = objectProperties(document, schema);
  if (!shape) return '{}';
  const entries = shape.properties
    .filter(([property]) => shape.required.has(property))
    .map(([property, propertySchema]) => `${propertyKey(property)}: ${sampleValue(document, propertySchema, property, depth + 1)}`);
  return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
}

/** The request argument of an example call: its required fields, or undefined when none is required. */
export function sampleRequest(document: OpenApiDocument, fields: readonly FieldModel[]): string | undefined {
  const required = fields.filter((field) => field.required);
  if (required.length === 0) return undefined;
  const entries = required.map((field) => `${propertyKey(field.name)}: ${sampleValue(document, field.schema, field.name)}`);
  return `{ ${entries.join(', ')} }`;
}
