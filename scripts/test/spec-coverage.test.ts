import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { computeCoverage, formatReport, hasGaps, normalisePath } from '../spec-coverage.ts';

const run = promisify(execFile);

const reference = {
  openapi: '3.1.0',
  info: { title: 'reference', version: '1' },
  paths: {
    '/things/{thingId}': {
      get: {
        parameters: [
          { name: 'thingId', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'include', in: 'query', schema: { type: 'string' } },
          { name: 'Provider-Config-Key', in: 'header', schema: { type: 'string' } },
          { name: '$ANY_QUERY_PARAMS', in: 'query', schema: { type: 'string' } },
        ],
      },
      patch: {
        requestBody: {
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ThingInput' } } },
        },
      },
    },
    '/proxy/{anyPath}': {
      post: {
        parameters: [
          { name: 'anyPath', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'nango-proxy-$ANY_HEADER', in: 'header', schema: { type: 'string' } },
        ],
        requestBody: {
          content: {
            'application/json': { schema: { type: 'object', properties: { $ANY_BODY_PARAMS: { type: 'string' } } } },
          },
        },
      },
    },
    '/results': {
      get: {
        responses: { '200': { description: 'ok' } },
        requestBody: {
          content: { 'application/json': { schema: { type: 'object', properties: { 'your-properties': { type: 'string' } } } } },
        },
      },
    },
  },
  components: {
    schemas: {
      ThingInput: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          opts: { allOf: [{ type: 'object', properties: { reset: { type: 'boolean' } } }] },
          items: { type: 'array', items: { oneOf: [{ type: 'object', properties: { id: { type: 'string' } } }] } },
        },
      },
    },
  },
} as const;

/** A spec that matches the reference exactly, under different path-parameter names and header casing. */
function complete() {
  return {
    openapi: '3.1.0',
    info: { title: 'ours', version: '1' },
    paths: {
      '/things/{id}': {
        parameters: [{ $ref: '#/components/parameters/Id' }],
        get: {
          parameters: [
            { name: 'include', in: 'query', schema: { type: 'string' } },
            { name: 'provider-config-key', in: 'header', schema: { type: 'string' } },
          ],
        },
        patch: {
          requestBody: {
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    name: { type: 'string' },
                    opts: { type: 'object', properties: { reset: { type: 'boolean' } } },
                    items: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } },
                  },
                },
              },
            },
          },
        },
      },
      '/proxy/{path}': {
        post: { parameters: [{ name: 'path', in: 'path', required: true, schema: { type: 'string' } }] },
      },
      '/results': { get: { responses: { '200': { description: 'ok' } } } },
    },
    components: { parameters: { Id: { name: 'id', in: 'path', required: true, schema: { type: 'string' } } } },
  };
}

describe('normalisePath', () => {
  it('erases path-parameter names', () => {
    expect(normalisePath('/proxy/{anyPath}')).toBe('/proxy/{}');
    expect(normalisePath('/sync/{name}/variant/{variant}')).toBe('/sync/{}/variant/{}');
  });
});

describe('computeCoverage', () => {
  it('reports nothing missing for an equivalent spec and ignores placeholder pseudo-fields', () => {
    const report = computeCoverage(reference, complete());
    expect(report).toEqual({
      totalOperations: 4,
      coveredOperations: 4,
      missingOperations: [],
      missingParameters: [],
      missingBodyFields: [],
    });
    expect(hasGaps(report)).toBe(false);
  });

  it('reports a missing operation', () => {
    const ours = complete();
    delete (ours.paths['/things/{id}'] as { patch?: unknown }).patch;
    const report = computeCoverage(reference, ours);
    expect(report.coveredOperations).toBe(3);
    expect(report.missingOperations).toEqual(['PATCH /things/{thingId}']);
    expect(hasGaps(report)).toBe(true);
  });

  it('reports a missing parameter', () => {
    const ours = complete();
    ours.paths['/things/{id}'].get.parameters = [{ name: 'include', in: 'query', schema: { type: 'string' } }];
    const report = computeCoverage(reference, ours);
    expect(report.missingParameters).toEqual(['GET /things/{}: header provider-config-key']);
    expect(report.missingOperations).toEqual([]);
  });

  it('treats a parameter in another location as missing', () => {
    const ours = complete();
    ours.paths['/things/{id}'].get.parameters = [
      { name: 'include', in: 'header', schema: { type: 'string' } },
      { name: 'Provider-Config-Key', in: 'header', schema: { type: 'string' } },
    ];
    expect(computeCoverage(reference, ours).missingParameters).toEqual(['GET /things/{}: query include']);
  });

  it('reports missing top-level and nested body fields', () => {
    const ours = complete();
    ours.paths['/things/{id}'].patch.requestBody.content['application/json'].schema.properties = {
      name: { type: 'string' },
      opts: { type: 'object', properties: {} },
      items: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } },
    } as never;
    expect(computeCoverage(reference, ours).missingBodyFields).toEqual(['PATCH /things/{}: body opts.reset']);

    const flat = complete();
    flat.paths['/things/{id}'].patch.requestBody.content['application/json'].schema.properties = {
      name: { type: 'string' },
    } as never;
    expect(computeCoverage(reference, flat).missingBodyFields).toEqual([
      'PATCH /things/{}: body opts',
      'PATCH /things/{}: body opts.reset',
      'PATCH /things/{}: body items',
      'PATCH /things/{}: body items[].id',
    ]);
  });

  it('stops at a schema that references itself', () => {
    const cyclic = {
      openapi: '3.1.0',
      paths: {
        '/tree': { post: { requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } } } } },
      },
      components: {
        schemas: { Node: { type: 'object', properties: { label: { type: 'string' }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } } },
      },
    };
    const report = computeCoverage(cyclic, { openapi: '3.1.0', paths: { '/tree': { post: {} } } });
    expect(report.missingBodyFields).toEqual(['POST /tree: body label', 'POST /tree: body children']);
  });

  it('rejects documents that are not objects', () => {
    expect(() => computeCoverage('nope', {})).toThrow(/OpenAPI objects/);
  });
});

describe('formatReport', () => {
  it('prints the operation count and each missing item', () => {
    const ours = complete();
    delete (ours.paths as { '/results'?: unknown })['/results'];
    expect(formatReport(computeCoverage(reference, ours))).toBe(
      [
        'operations: 3/4 covered',
        'missing operations: 1',
        '  - GET /results',
        'missing parameters: 0',
        'missing body fields: 0',
      ].join('\n'),
    );
  });
});

describe('spec-coverage CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spec-coverage-'));
  const tsx = resolve(import.meta.dirname, '../../node_modules/.bin/tsx');
  const script = resolve(import.meta.dirname, '../spec-coverage.ts');
  const referenceFile = join(dir, 'reference.yaml');
  writeFileSync(referenceFile, stringify(reference));

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 and prints the summary when nothing is missing', async () => {
    const oursFile = join(dir, 'complete.yaml');
    writeFileSync(oursFile, stringify(complete()));
    const { stdout } = await run(tsx, [script, referenceFile, oursFile]);
    expect(stdout).toContain('operations: 4/4 covered');
  });

  it('exits 1 and lists the gaps when something is missing', async () => {
    const ours = complete();
    delete (ours.paths['/things/{id}'] as { patch?: unknown }).patch;
    const oursFile = join(dir, 'partial.yaml');
    writeFileSync(oursFile, stringify(ours));
    const failure = await run(tsx, [script, referenceFile, oursFile]).then(
      () => undefined,
      (error: unknown) => error as { code: number; stdout: string },
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toContain('operations: 3/4 covered');
    expect(failure?.stdout).toContain('  - PATCH /things/{thingId}');
  });

  it('exits 2 with a usage message when no reference is given', async () => {
    const failure = await run(tsx, [script]).then(
      () => undefined,
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toContain('usage: pnpm spec:coverage');
  });
});
