/**
 * Classifies every difference between two versions of the OpenAPI spec.
 * Inputs: the base document (undefined when the spec did not exist yet) and the head document.
 * Outputs: the list of SpecChange entries; `bumpOf(changes)` gives the release bump.
 */
import type { OpenApiDocument } from '../spec-types.ts';
import { compareOperation, type OperationPair } from './compare-operations.ts';
import { label, listOperations } from './operations.ts';
import type { SpecChange } from './types.ts';

function isDeepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((key) => key in b && isDeepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

const EMPTY: OpenApiDocument = { openapi: '3.1.0', paths: {} };

export function diffSpecs(baseDocument: OpenApiDocument | undefined, head: OpenApiDocument): SpecChange[] {
  const base = baseDocument ?? EMPTY;
  const changes: SpecChange[] = [];
  const baseOps = listOperations(base);
  const headOps = listOperations(head);
  const added = new Map([...headOps].filter(([id]) => !baseOps.has(id)));

  for (const [id, entry] of baseOps) {
    const pair: OperationPair = { base, head, id, changes, seen: new Set() };
    const same = headOps.get(id);
    if (same !== undefined) {
      compareOperation(pair, entry, same);
      continue;
    }
    const renamed = [...added.values()].find((other) => other.method === entry.method && other.path === entry.path);
    if (renamed !== undefined) {
      added.delete(renamed.id);
      changes.push({ level: 'major', kind: 'operation-renamed', operation: id, message: `\`${id}\` was renamed to \`${renamed.id}\`.` });
      compareOperation({ ...pair, id: renamed.id }, entry, renamed);
    } else {
      changes.push({ level: 'major', kind: 'operation-removed', operation: id, message: `\`${id}\` (${label(entry)}) was removed.` });
    }
  }
  for (const [id, entry] of added) {
    changes.push({ level: 'minor', kind: 'operation-added', operation: id, message: `New operation \`${id}\` (${label(entry)}).` });
  }

  if (changes.length === 0 && !isDeepEqual(base, head)) {
    changes.push({ level: 'patch', kind: 'spec-metadata-changed', message: 'The API description was updated without changing any operation.' });
  }
  return changes;
}
