import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationDef } from '../templates/contract.ts';
import { DEFAULT_SPEC } from '../lib/paths.ts';
import { generateInto, type GeneratedTree } from '../lib/generate-into-temp.ts';

let tree: GeneratedTree;
let operations: Record<string, OperationDef>;

beforeAll(async () => {
  tree = await generateInto(DEFAULT_SPEC);
  operations = ((await import(join(tree.root, 'packages/core/src/generated/operations.ts'))) as { operations: Record<string, OperationDef> }).operations;
});

afterAll(() => {
  tree.remove();
});

/** Field, Type and Required cells of every row of a model page. */
function rows(page: string): string[][] {
  return page
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.split('|').slice(1, 4).map((value) => value.trim()));
}

describe('generation from specs/nango.openapi.yaml', () => {
  it('produces the 60 operations', () => {
    expect(Object.keys(operations)).toHaveLength(60);
    expect(Object.values(operations).filter((operation) => operation.deprecated)).toHaveLength(8);
  });

  it('lists the four documented GetConnectionsRequest fields with their types and required marks', () => {
    expect(rows(tree.read('docs/models/operations/getconnectionsrequest.md')).slice(0, 4)).toEqual([
      ['`connectionId`', '*string*', ':heavy_check_mark:'],
      ['`providerConfigKey`', '*string*', ':heavy_check_mark:'],
      ['`forceRefresh`', '*boolean*', ':heavy_minus_sign:'],
      ['`refreshToken`', '*boolean*', ':heavy_minus_sign:'],
    ]);
  });

  it('maps the conventional query styles and header names', () => {
    const field = (id: string, wire: string) => operations[id]?.fields.find((candidate) => candidate.wire === wire);
    expect(field('records.list', 'ids')).toMatchObject({ name: 'ids', in: 'query', style: 'form', kind: 'array' });
    expect(field('syncs.status', 'syncs')).toMatchObject({ name: 'syncs', in: 'query', style: 'commaList' });
    expect(field('connections.list', 'tags')).toMatchObject({ name: 'tags', in: 'query', style: 'deepObject' });
    expect(field('actions.trigger', 'X-Async')).toMatchObject({ name: 'async', in: 'header' });
    expect(field('actions.trigger', 'X-Max-Retries')).toMatchObject({ name: 'maxRetries', in: 'header' });
    expect(operations['connectSessions.delete']).toMatchObject({ success: [204], emptySuccess: [204], security: ['connectSessionToken'] });
  });
});
