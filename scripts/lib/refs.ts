/**
 * Resolves local `$ref`s (`#/components/...`) of the spec.
 * Inputs: the document and a value that may be a reference. Outputs: the referenced value.
 */
import type { OpenApiDocument } from './spec-types.ts';

function decodePointerSegment(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Follows one JSON pointer inside the document. */
export function lookupPointer(document: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`Only local references are supported: ${ref}`);
  let current: unknown = document;
  for (const segment of ref.slice(2).split('/').map(decodePointerSegment)) {
    if (typeof current !== 'object' || current === null || !(segment in current)) {
      throw new Error(`Unresolvable reference ${ref}`);
    }
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Follows `$ref` chains until a value without `$ref` is reached. */
export function resolveRef<T extends object>(document: OpenApiDocument, value: T): T {
  let current: T = value;
  const seen = new Set<string>();
  while ('$ref' in current && typeof current.$ref === 'string') {
    const ref: string = current.$ref;
    if (seen.has(ref)) throw new Error(`Circular reference ${ref}`);
    seen.add(ref);
    current = lookupPointer(document, ref) as T;
  }
  return current;
}

/** The component schema name a `$ref` points to, if it points at `#/components/schemas/<name>`. */
export function schemaRefName(ref: string | undefined): string | undefined {
  const prefix = '#/components/schemas/';
  return ref?.startsWith(prefix) ? decodePointerSegment(ref.slice(prefix.length)) : undefined;
}
