/**
 * Compares two versions of one schema and classifies each difference by who holds the value.
 * Inputs: both documents, both schemas, the direction (request: the SDK user sends it; response: the user reads it).
 * Outputs: SpecChange entries appended to the context.
 *
 * The rule: a request schema may only accept more (narrowing it breaks callers); a response schema may only promise
 * more (widening it breaks readers). One deliberate exception: a new enum value in a response is minor, not major;
 * servers add such values routinely, and readers are expected to handle values they do not know.
 */
import type { OpenApiDocument, SchemaObject } from '../spec-types.ts';
import { acceptsKind, viewSchema, type SchemaView } from './schema-view.ts';
import type { ChangeLevel, Direction, SpecChange } from './types.ts';

export interface SchemaContext {
  readonly base: OpenApiDocument;
  readonly head: OpenApiDocument;
  readonly direction: Direction;
  readonly operation: string;
  /** What the root schema is, e.g. "the request body of `connections.create`". */
  readonly subject: string;
  readonly changes: SpecChange[];
  readonly seen: Set<string>;
}

const ANNOTATIONS = ['description', 'title', 'example', 'examples', 'default', 'format'] as const;
const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'] as const;
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'] as const;
const EXACT_RULES = ['pattern', 'multipleOf', 'uniqueItems'] as const;

function where(context: SchemaContext, path: readonly string[]): string {
  return path.length === 0 ? context.subject : `\`${path.join('.')}\` in ${context.subject}`;
}

function push(context: SchemaContext, level: ChangeLevel, kind: string, message: string): void {
  context.changes.push({ level, kind, operation: context.operation, message });
}

/** Level of a narrowing (accepts fewer values) or a widening (accepts more) in this direction. */
function narrowedLevel(context: SchemaContext): ChangeLevel {
  return context.direction === 'request' ? 'major' : 'minor';
}
function widenedLevel(context: SchemaContext): ChangeLevel {
  return context.direction === 'request' ? 'minor' : 'major';
}

function list(values: readonly string[]): string {
  return values.map((value) => `\`${value}\``).join(', ');
}

function compareKinds(context: SchemaContext, base: SchemaView, head: SchemaView, path: readonly string[]): boolean {
  const subject = where(context, path);
  if (base.kinds !== undefined || head.kinds !== undefined) {
    const narrowed = base.kinds === undefined ? ['any'] : [...base.kinds].filter((kind) => !acceptsKind(head.kinds, kind));
    const widened = head.kinds === undefined ? ['any'] : [...head.kinds].filter((kind) => !acceptsKind(base.kinds, kind));
    const from = base.kinds === undefined ? 'any' : [...base.kinds].join(' | ');
    const to = head.kinds === undefined ? 'any' : [...head.kinds].join(' | ');
    if (narrowed.length > 0 && widened.length > 0) {
      push(context, 'major', 'type-changed', `The type of ${subject} changed from ${from} to ${to}.`);
      return false;
    }
    if (narrowed.length > 0) push(context, narrowedLevel(context), 'type-narrowed', `The type of ${subject} was narrowed from ${from} to ${to}.`);
    if (widened.length > 0) push(context, widenedLevel(context), 'type-widened', `The type of ${subject} was widened from ${from} to ${to}.`);
  }
  if (base.nullable && !head.nullable) push(context, narrowedLevel(context), 'no-longer-nullable', `${capitalise(subject)} can no longer be null.`);
  if (!base.nullable && head.nullable) push(context, widenedLevel(context), 'now-nullable', `${capitalise(subject)} can now be null.`);
  return true;
}

function compareEnums(context: SchemaContext, base: SchemaView, head: SchemaView, path: readonly string[]): void {
  const subject = where(context, path);
  if (base.enumValues === undefined && head.enumValues === undefined) return;
  if (base.enumValues === undefined && head.enumValues !== undefined) {
    push(context, narrowedLevel(context), 'type-narrowed', `${capitalise(subject)} is now limited to ${list(head.enumValues)}.`);
    return;
  }
  if (base.enumValues !== undefined && head.enumValues === undefined) {
    push(context, widenedLevel(context), 'type-widened', `${capitalise(subject)} is no longer limited to a fixed list of values.`);
    return;
  }
  const removed = (base.enumValues ?? []).filter((value) => !(head.enumValues ?? []).includes(value));
  const added = (head.enumValues ?? []).filter((value) => !(base.enumValues ?? []).includes(value));
  if (removed.length > 0) push(context, narrowedLevel(context), 'enum-value-removed', `${capitalise(subject)} no longer has the value(s) ${list(removed)}.`);
  if (added.length > 0) {
    const note = context.direction === 'response' ? '; code that switches over every value should handle it' : '';
    push(context, 'minor', 'enum-value-added', `${capitalise(subject)} has the new value(s) ${list(added)}${note}.`);
  }
}

function compareProperties(context: SchemaContext, base: SchemaView, head: SchemaView, path: readonly string[]): void {
  const request = context.direction === 'request';
  for (const [name, schema] of Object.entries(base.properties)) {
    const field = [...path, name];
    const headSchema = head.properties[name];
    if (headSchema === undefined) {
      push(context, 'major', 'field-removed', `${capitalise(where(context, field))} was removed.`);
      continue;
    }
    const wasRequired = base.required.has(name);
    const isRequired = head.required.has(name);
    if (!wasRequired && isRequired) {
      push(context, request ? 'major' : 'minor', 'field-now-required', `${capitalise(where(context, field))} is now required.`);
    }
    if (wasRequired && !isRequired) {
      push(context, request ? 'minor' : 'major', 'field-now-optional', `${capitalise(where(context, field))} is now optional.`);
    }
    compareSchemas(context, schema, headSchema, field);
  }
  for (const name of Object.keys(head.properties)) {
    if (name in base.properties) continue;
    const field = where(context, [...path, name]);
    if (!request) push(context, 'minor', 'response-field-added', `New field ${field}.`);
    else if (head.required.has(name)) push(context, 'major', 'required-field-added', `New required field ${field}.`);
    else push(context, 'minor', 'optional-field-added', `New optional field ${field}.`);
  }
  const baseExtra = base.additionalProperties;
  const headExtra = head.additionalProperties;
  const subject = where(context, path);
  if (typeof baseExtra === 'object' && typeof headExtra === 'object') compareSchemas(context, baseExtra, headExtra, [...path, '[key]']);
  else if (baseExtra !== false && headExtra === false) {
    push(context, narrowedLevel(context), 'type-narrowed', `${capitalise(subject)} no longer allows extra properties.`);
  } else if (baseExtra === false && headExtra !== false) {
    push(context, widenedLevel(context), 'type-widened', `${capitalise(subject)} now allows extra properties.`);
  }
}

function compareVariants(context: SchemaContext, base: SchemaView, head: SchemaView, path: readonly string[]): void {
  if (base.variants === undefined && head.variants === undefined) return;
  const subject = where(context, path);
  const baseVariants = base.variants ?? new Map<string, SchemaObject>();
  const headVariants = head.variants ?? new Map<string, SchemaObject>();
  for (const [key, schema] of baseVariants) {
    const other = headVariants.get(key);
    if (other === undefined) push(context, narrowedLevel(context), 'variant-removed', `${capitalise(subject)} no longer accepts the alternative ${variantName(key)}.`);
    else compareSchemas(context, schema, other, path);
  }
  for (const key of headVariants.keys()) {
    if (!baseVariants.has(key)) push(context, widenedLevel(context), 'variant-added', `${capitalise(subject)} has the new alternative ${variantName(key)}.`);
  }
}

function compareConstraints(context: SchemaContext, base: SchemaObject, head: SchemaObject, path: readonly string[]): void {
  let tighter = false;
  let looser = false;
  const numberOf = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
  for (const key of LOWER_BOUNDS) {
    const from = numberOf(base[key]);
    const to = numberOf(head[key]);
    if (from === to) continue;
    if (to !== undefined && (from === undefined || to > from)) tighter = true;
    else looser = true;
  }
  for (const key of UPPER_BOUNDS) {
    const from = numberOf(base[key]);
    const to = numberOf(head[key]);
    if (from === to) continue;
    if (to !== undefined && (from === undefined || to < from)) tighter = true;
    else looser = true;
  }
  for (const key of EXACT_RULES) {
    if (JSON.stringify(base[key]) === JSON.stringify(head[key])) continue;
    if (head[key] === undefined) looser = true;
    else tighter = true;
  }
  const subject = capitalise(where(context, path));
  if (tighter) {
    const level = context.direction === 'request' ? 'major' : 'patch';
    push(context, level, 'constraint-tightened', `${subject} has stricter validation rules.`);
  }
  if (looser) {
    const level = context.direction === 'request' ? 'minor' : 'patch';
    push(context, level, 'constraint-relaxed', `${subject} has looser validation rules.`);
  }
}

function compareAnnotations(context: SchemaContext, base: SchemaObject, head: SchemaObject, path: readonly string[]): void {
  const subject = where(context, path);
  const changed = ANNOTATIONS.filter((key) => JSON.stringify(base[key]) !== JSON.stringify(head[key]));
  if (changed.length > 0) push(context, 'patch', 'documentation-changed', `Documentation of ${subject} was updated (${changed.join(', ')}).`);
  if (base.deprecated !== true && head.deprecated === true) push(context, 'minor', 'deprecated', `${capitalise(subject)} is now deprecated.`);
  if (base.deprecated === true && head.deprecated !== true) push(context, 'minor', 'undeprecated', `${capitalise(subject)} is no longer deprecated.`);
}

/** Compares one schema pair (and everything below it) and records each difference. */
export function compareSchemas(context: SchemaContext, baseSchema: SchemaObject, headSchema: SchemaObject, path: readonly string[] = []): void {
  const base = viewSchema(context.base, baseSchema);
  const head = viewSchema(context.head, headSchema);
  if (base.ref !== undefined && head.ref !== undefined) {
    const key = `${context.direction}|${base.ref}|${head.ref}|${path.length > 12 ? 'deep' : path.join('.')}`;
    if (context.seen.has(key) || path.length > 24) return;
    context.seen.add(key);
  }
  compareAnnotations(context, base.raw, head.raw, path);
  if (!compareKinds(context, base, head, path)) return;
  compareEnums(context, base, head, path);
  compareConstraints(context, base.raw, head.raw, path);
  compareVariants(context, base, head, path);
  compareProperties(context, base, head, path);
  if (base.items !== undefined && head.items !== undefined) compareSchemas(context, base.items, head.items, [...path, '[]']);
}

function variantName(key: string): string {
  return key.startsWith('#/components/schemas/') ? `\`${key.slice('#/components/schemas/'.length)}\`` : `#${key.slice(1)}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
