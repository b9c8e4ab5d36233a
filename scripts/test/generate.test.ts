import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationDef } from '../templates/contract.ts';
import { FIXTURE_SPEC, generateInto, type GeneratedTree } from '../lib/generate-into-temp.ts';

const run = promisify(execFile);
const CORE = 'packages/core/src/generated';

let tree: GeneratedTree;
let operations: Record<string, OperationDef>;

beforeAll(async () => {
  tree = await generateInto();
  const module = (await import(join(tree.root, CORE, 'operations.ts'))) as { operations: Record<string, OperationDef> };
  operations = module.operations;
});

afterAll(() => {
  tree.remove();
});

function op(id: string): OperationDef {
  const row = operations[id];
  if (!row) throw new Error(`missing ${id}`);
  return row;
}

describe('operation table', () => {
  it('lists every operation of the spec in document order', () => {
    expect(Object.keys(operations)).toEqual([
      'connections.list',
      'connections.create',
      'connections.get',
      'legacyConnections.get',
      'records.list',
      'syncs.status',
      'actions.trigger',
      'connectSessions.delete',
      'proxy.get',
    ]);
  });

  it('resolves $ref parameters and keeps wire names, locations and camelCase names', () => {
    expect(op('connections.get')).toEqual({
      id: 'connections.get',
      resource: 'connections',
      name: 'get',
      httpMethod: 'get',
      path: '/connections/{connectionId}',
      fields: [
        { name: 'connectionId', wire: 'connectionId', in: 'path', required: true, kind: 'string' },
        { name: 'providerConfigKey', wire: 'provider_config_key', in: 'query', required: true, kind: 'string', style: 'form' },
        { name: 'forceRefresh', wire: 'force_refresh', in: 'query', required: false, kind: 'boolean', style: 'form' },
        { name: 'refreshToken', wire: 'refresh_token', in: 'query', required: false, kind: 'boolean', style: 'form' },
      ],
      success: [200],
      emptySuccess: [],
      security: ['secretKey'],
    });
  });

  it('maps header parameters and honours x-nango-name', () => {
    expect(op('actions.trigger').fields).toEqual([
      { name: 'connectionId', wire: 'Connection-Id', in: 'header', required: true, kind: 'string' },
      { name: 'providerConfigKey', wire: 'Provider-Config-Key', in: 'header', required: true, kind: 'string' },
      { name: 'async', wire: 'X-Async', in: 'header', required: false, kind: 'boolean' },
      { name: 'maxRetries', wire: 'X-Max-Retries', in: 'header', required: false, kind: 'integer' },
      { name: 'body', wire: 'body', in: 'body', required: true, kind: 'object' },
    ]);
    expect(op('actions.trigger').bodyContentTypes).toEqual(['application/json']);
    expect(op('actions.trigger').success).toEqual([200, 202]);
  });

  it('derives query styles: repeated keys, comma list, deepObject', () => {
    const style = (id: string, wire: string): string | undefined => op(id).fields.find((field) => field.wire === wire)?.style;
    expect(style('records.list', 'ids')).toBe('form');
    expect(style('syncs.status', 'syncs')).toBe('commaList');
    expect(style('connections.list', 'tags')).toBe('deepObject');
    expect(op('records.list').fields.find((field) => field.wire === 'Connection-Id')?.style).toBeUndefined();
  });

  it('records empty success statuses, security overrides, deprecation and pagination', () => {
    expect(op('connectSessions.delete')).toMatchObject({ fields: [], success: [204], emptySuccess: [204], security: ['connectSessionToken'] });
    expect(op('legacyConnections.get').deprecated).toEqual({ replacedBy: 'connections.get' });
    expect(op('connections.get').deprecated).toBeUndefined();
    expect(op('records.list').pagination).toEqual({ style: 'cursor', items: 'records', cursorParam: 'cursor', nextCursor: 'next_cursor' });
    expect(op('connections.list').pagination).toEqual({ style: 'page', items: 'connections', pageParam: 'page', limitParam: 'limit' });
    expect(op('connections.create').success).toEqual([201]);
  });
});

describe('generated TypeScript', () => {
  it('writes request types with exact field types and one TSDoc line per field', () => {
    expect(tree.read(`${CORE}/requests.ts`)).toContain(`/**
 * Get a connection
 *
 * @see \`nango.connections.get\`
 */
export interface GetConnectionsRequest {
  /** The ID the connection was created with. */
  connectionId: Param<'connections.get', 'path', 'connectionId'>;
  /** The unique key of the integration the connection belongs to. */
  providerConfigKey: Param<'connections.get', 'query', 'provider_config_key'>;
  /** Refresh the access token even when it has not expired yet (default false). */
  forceRefresh?: Param<'connections.get', 'query', 'force_refresh'>;
  /** Include the refresh token in the response (default false). */
  refreshToken?: Param<'connections.get', 'query', 'refresh_token'>;
}
`);
    expect(tree.read(`${CORE}/requests.ts`)).toContain(
      "export type CreateConnectionsRequestBody = operations['connections.create']['requestBody']['content']['application/json'];",
    );
    expect(tree.read(`${CORE}/requests.ts`)).toContain('export type DeleteConnectSessionsRequest = Record<string, never>;');
  });

  it('writes response types: content of 2xx, unions, void', () => {
    const responses = tree.read(`${CORE}/responses.ts`);
    expect(responses).toContain("export type CreateConnectionsResponse = operations['connections.create']['responses'][201]['content']['application/json'];");
    expect(responses).toContain(`export type TriggerActionsResponse =
  | operations['actions.trigger']['responses'][200]['content']['application/json']
  | operations['actions.trigger']['responses'][202]['content']['application/json'];`);
    expect(responses).toContain('export type DeleteConnectSessionsResponse = void;');
  });

  it('writes resource methods with deprecation, examples and pagination, and no proxy class', () => {
    const resources = tree.read(`${CORE}/resources.ts`);
    expect(resources).toContain("   * const connection = await nango.connections.get({ connectionId: 'user-1', providerConfigKey: 'github' });");
    expect(resources).toContain('   * @deprecated Use `nango.connections.get` instead.');
    expect(resources).toContain(
      "list(request: ListRecordsRequest, options?: TOptions): PagePromise<ListRecordsResponse, ListRecordsResponse['records'][number]> {",
    );
    expect(resources).toContain('delete(options?: TOptions): APIPromise<DeleteConnectSessionsResponse> {');
    expect(resources).toContain("list(request?: ListConnectionsRequest, options?: TOptions)");
    expect(resources).not.toContain('ProxyResource');
    expect(resources).toContain('export function createResources<TOptions>(invoker: Invoker<TOptions>): GeneratedResources<TOptions> {');
  });

  it('starts every generated file with the generated-file header', () => {
    for (const path of walk(tree.root)) {
      const first = tree.read(path).split('\n', 3).join('\n');
      expect(first, path).toMatch(/generated.*DO NOT EDIT: run `pnpm generate`/);
    }
  });

  it('records the spec hash in the README and the testing spec module', () => {
    const hash = /sha256 `([0-9a-f]{64})`/.exec(tree.read(`${CORE}/README.md`))?.[1];
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(tree.read('packages/testing/src/generated/spec.ts')).toContain(`export const specSha256 = '${hash ?? ''}';`);
  });
});

describe('model docs', () => {
  it('writes GetConnectionsRequest in the table format', () => {
    expect(tree.read('docs/models/operations/getconnectionsrequest.md')).toBe(`<!-- This file is generated from specs/nango.openapi.yaml. DO NOT EDIT: run \`pnpm generate\` to regenerate it. -->

# GetConnectionsRequest


## Fields

| Field                                                                      | Type                                                                       | Required                                                                   | Description                                                                |
| -------------------------------------------------------------------------- | -------------------------------------------------------------------------- | -------------------------------------------------------------------------- | -------------------------------------------------------------------------- |
| \`connectionId\`                                                             | *string*                                                                   | :heavy_check_mark:                                                         | The ID the connection was created with.                                    |
| \`providerConfigKey\`                                                        | *string*                                                                   | :heavy_check_mark:                                                         | The unique key of the integration the connection belongs to.               |
| \`forceRefresh\`                                                             | *boolean*                                                                  | :heavy_minus_sign:                                                         | Refresh the access token even when it has not expired yet (default false). |
| \`refreshToken\`                                                             | *boolean*                                                                  | :heavy_minus_sign:                                                         | Include the refresh token in the response (default false).                 |
`);
  });

  it('links bodies and component schemas', () => {
    expect(tree.read('docs/models/operations/triggeractionsrequest.md')).toContain('[TriggerActionsRequestBody](triggeractionsrequestbody.md)');
    expect(tree.read('docs/models/operations/triggeractionsrequestbody.md')).toContain('| `action_name` ');
    const component = tree.read('docs/models/components/connectionfull.md');
    expect(component).toContain('| `tags` ');
    expect(component).toContain('*Record\\<string, string\\>*');
    expect(component).toContain('| `scopes` ');
    expect(tree.read('docs/models/components/syncrecord.md')).toContain('[RecordMetadata](../components/recordmetadata.md)');
    expect(tree.read('docs/models/README.md')).toContain('- [GetConnectionsRequest](operations/getconnectionsrequest.md)');
  });

  it('writes one SDK page per generated namespace', () => {
    expect(readdirSync(join(tree.root, 'docs/sdks')).sort()).toEqual(['actions', 'connectSessions', 'connections', 'legacyConnections', 'records', 'syncs']);
    const page = tree.read('docs/sdks/connections/README.md');
    expect(page).toContain('* [get](#get) - Get a connection');
    expect(page).toContain("const connection = await nango.connections.get({ connectionId: 'user-1', providerConfigKey: 'github' });");
  });
});

describe('determinism and staleness', () => {
  it('produces byte-identical output on a second run', async () => {
    const second = await generateInto();
    try {
      const files = walk(tree.root);
      expect(walk(second.root)).toEqual(files);
      for (const path of files) expect(second.read(path), path).toBe(tree.read(path));
    } finally {
      second.remove();
    }
  });

  it('generate:check passes on fresh output and lists modified and stale files', async () => {
    const check = ['tsx', join(import.meta.dirname, '..', 'generate-check.ts'), '--spec', FIXTURE_SPEC, '--root'];
    const copy = await generateInto();
    try {
      const ok = await run('npx', [...check, copy.root]);
      expect(ok.stdout).toContain('Generated files are up to date.');
      const { appendFileSync, writeFileSync } = await import('node:fs');
      appendFileSync(join(copy.root, CORE, 'requests.ts'), '// edited\n');
      writeFileSync(join(copy.root, 'docs/models/operations/stale.md'), 'old\n');
      const failure = await run('npx', [...check, copy.root]).then(
        () => undefined,
        (error: { code: number; stderr: string }) => error,
      );
      expect(failure?.code).toBe(1);
      expect(failure?.stderr).toContain(`  ${CORE}/requests.ts`);
      expect(failure?.stderr).toContain('  docs/models/operations/stale.md');
      expect(failure?.stderr).toContain('Generated files are stale: run `pnpm generate` and commit the result.');
    } finally {
      copy.remove();
    }
  });
});

function walk(root: string, prefix = ''): string[] {
  return readdirSync(join(root, prefix), { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? walk(root, `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]))
    .sort();
}


describe('nested models', () => {
  it('gives inline objects of components their own page', () => {
    expect(tree.read('docs/models/components/errorresponse.md')).toContain('[ErrorResponseError](errorresponseerror.md)');
    expect(tree.read('docs/models/components/errorresponseerror.md')).toContain('| `code` ');
    expect(tree.read('docs/models/operations/listrecordsresponse.md')).toContain('*string* \\| *null*');
  });
});
