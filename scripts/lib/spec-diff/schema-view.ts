/**
 * Flattens a JSON schema into the facts the diff compares: accepted kinds, enum values, properties, items, variants.
 * Inputs: the document a schema belongs to and the schema (may be a `$ref`). Outputs: a SchemaView.
 */
import { resolveRef } from '../refs.ts';
import type { JsonValue, OpenApiDocument, SchemaObject } from '../spec-types.ts';

export interface SchemaView {
  /** JSON kinds the schema accepts besides `null`; `undefined` means any value. */
  readonly kinds: ReadonlySet<string> | undefined;
  /** Whether `null` is accepted. */
  readonly nullable: boolean;
  /** Allowed values (JSON-encoded) when the schema is an enum or a const. */
  readonly enumValues: readonly string[] | undefined;
  readonly properties: Readonly<Record<string, SchemaObject>>;
  readonly required: ReadonlySet<string>;
  /** `true` (open), `false` (closed) or the schema of extra properties. */
  readonly additionalProperties: boolean | SchemaObject;
  readonly items: SchemaObject | undefined;
  /** oneOf/anyOf alternatives other than `null`, keyed by `$ref` or by position. */
  readonly variants: ReadonlyMap<string, SchemaObject> | undefined;
  /** The schema after `$ref` resolution (for annotations and constraints). */
  readonly raw: SchemaObject;
  /** The `$ref` the schema came from, if any (used to stop on recursive schemas). */
  readonly ref: string | undefined;
}

function isNullSchema(schema: SchemaObject): boolean {
  return schema.type === 'null' || (Array.isArray(schema.type) && schema.type.length === 1 && schema.type[0] === 'null');
}

function kindOfValue(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function ownKinds(
  schema: SchemaObject,
  enumValues: readonly JsonValue[] | undefined,
): { kinds: Set<string> | undefined; nullable: boolean } {
  let kinds: Set<string> | undefined;
  if (typeof schema.type === 'string') kinds = new Set([schema.type]);
  else if (Array.isArray(schema.type)) kinds = new Set(schema.type);
  else if (schema.properties !== undefined) kinds = new Set(['object']);
  else if (schema.items !== undefined) kinds = new Set(['array']);
  else if (enumValues !== undefined) kinds = new Set(enumValues.map(kindOfValue));
  const nullable = kinds?.delete('null') ?? false;
  return { kinds: kinds !== undefined && kinds.size > 0 ? kinds : undefined, nullable: nullable || schema.nullable === true };
}

function encodeEnum(schema: SchemaObject): JsonValue[] | undefined {
  if (schema.const !== undefined) return [schema.const];
  return schema.enum;
}

/** Builds the view of a schema, merging `allOf` members and folding a `null` alternative into `nullable`. */
export function viewSchema(document: OpenApiDocument, input: SchemaObject): SchemaView {
  const ref = typeof input.$ref === 'string' ? input.$ref : undefined;
  const schema = resolveRef(document, input);
  const members = (schema.allOf ?? []).map((member) => viewSchema(document, member));
  const alternatives = schema.oneOf ?? schema.anyOf;
  const nonNull = alternatives?.filter((alternative) => !isNullSchema(resolveRef(document, alternative)));
  const nullable = alternatives !== undefined && nonNull !== undefined && nonNull.length < alternatives.length;

  if (nonNull !== undefined && nonNull.length === 1 && nonNull[0] !== undefined && members.length === 0) {
    const single = viewSchema(document, nonNull[0]);
    const description = schema.description ?? single.raw.description;
    const raw: SchemaObject = description === undefined ? single.raw : { ...single.raw, description };
    return { ...single, nullable: single.nullable || nullable || schema.nullable === true, raw, ref };
  }

  const enumRaw = encodeEnum(schema);
  const own = ownKinds(schema, enumRaw);
  let kinds = own.kinds;
  const properties: Record<string, SchemaObject> = {};
  const required = new Set<string>();
  let additionalProperties: boolean | SchemaObject = schema.additionalProperties ?? true;
  let items = schema.items;
  for (const member of members) {
    if (kinds === undefined && member.kinds !== undefined) kinds = new Set(member.kinds);
    Object.assign(properties, member.properties);
    for (const name of member.required) required.add(name);
    if (member.additionalProperties !== true && additionalProperties === true) additionalProperties = member.additionalProperties;
    items ??= member.items;
  }
  Object.assign(properties, schema.properties);
  for (const name of schema.required ?? []) required.add(name);

  let variants: Map<string, SchemaObject> | undefined;
  if (nonNull !== undefined && nonNull.length > 0) {
    variants = new Map(nonNull.map((variant, index) => [typeof variant.$ref === 'string' ? variant.$ref : `#${index}`, variant]));
  }
  if (kinds === undefined && variants === undefined && Object.keys(properties).length > 0) kinds = new Set(['object']);

  return {
    kinds,
    nullable: own.nullable || nullable || members.some((member) => member.nullable),
    enumValues: enumRaw?.map((value) => JSON.stringify(value)),
    properties,
    required,
    additionalProperties,
    items,
    variants,
    raw: schema,
    ref,
  };
}

/** Whether a set of kinds accepts a kind (`number` accepts `integer`). */
export function acceptsKind(kinds: ReadonlySet<string> | undefined, kind: string): boolean {
  if (kinds === undefined) return true;
  return kinds.has(kind) || (kind === 'integer' && kinds.has('number'));
}
