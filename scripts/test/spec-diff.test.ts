import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkChangesetRule } from '../lib/spec-diff/changeset-rule.ts';
import { diffSpecs } from '../lib/spec-diff/diff-specs.ts';
import { changesetBody, FIXED_GROUP, formatSummary, parseChangesetBumps, renderChangeset } from '../lib/spec-diff/summary.ts';
import { bumpOf, type Bump } from '../lib/spec-diff/types.ts';
import type { OpenApiDocument } from '../lib/spec-types.ts';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, 'fixtures', 'spec-diff');
const scriptsDir = join(here, '..');

function load(name: string, side: 'base' | 'head'): OpenApiDocument {
  return parse(readFileSync(join(fixtures, name, `${side}.yaml`), 'utf8')) as OpenApiDocument;
}

function diffCase(name: string) {
  const changes = diffSpecs(load(name, 'base'), load(name, 'head'));
  return { changes, bump: bumpOf(changes), kinds: changes.map((change) => change.kind) };
}

const CASES: readonly { name: string; bump: Bump; kind: string }[] = [
  { name: 'removed-operation', bump: 'major', kind: 'operation-removed' },
  { name: 'removed-parameter', bump: 'major', kind: 'parameter-removed' },
  { name: 'narrowed-type', bump: 'major', kind: 'type-narrowed' },
  { name: 'new-required-field', bump: 'major', kind: 'required-field-added' },
  { name: 'changed-status', bump: 'major', kind: 'success-status-changed' },
  { name: 'renamed-wire-name', bump: 'major', kind: 'wire-name-changed' },
  { name: 'new-operation', bump: 'minor', kind: 'operation-added' },
  { name: 'new-optional-param', bump: 'minor', kind: 'optional-parameter-added' },
  { name: 'new-response-field', bump: 'minor', kind: 'response-field-added' },
  { name: 'response-enum-value-added', bump: 'minor', kind: 'enum-value-added' },
  { name: 'description-only', bump: 'patch', kind: 'documentation-changed' },
];

describe('diffSpecs on fixture pairs', () => {
  it.each(CASES)('$name is $bump ($kind)', ({ name, bump, kind }) => {
    const result = diffCase(name);
    expect(result.bump).toBe(bump);
    expect(result.kinds).toContain(kind);
    for (const change of result.changes) expect(change.message).toMatch(/\.$/);
  });

  it('no-change (formatting and comments only) is none', () => {
    const result = diffCase('no-change');
    expect(result.changes).toEqual([]);
    expect(result.bump).toBe('none');
  });

  it('names the operation and field in its messages', () => {
    expect(diffCase('removed-operation').changes[0]?.message).toBe('`connections.delete` (DELETE /connections/{connectionId}) was removed.');
    expect(diffCase('removed-parameter').changes.map((change) => change.message)).toContain('Parameter `forceRefresh` of `connections.get` was removed.');
    expect(diffCase('narrowed-type').changes.map((change) => change.message)).toContain(
      '`kind` in the request body of `connections.create` is now limited to `"oauth2"`, `"api_key"`.',
    );
  });

  it('a new response field reached through a shared $ref is reported for every operation using it', () => {
    const operations = diffCase('new-response-field').changes.map((change) => change.operation);
    expect(new Set(operations)).toEqual(new Set(['connections.create', 'connections.get']));
  });
});

/** Applies an edit to a copy of the base fixture and diffs it. */
function diffEdited(edit: (document: OpenApiDocument) => void) {
  const base = load('no-change', 'base');
  const head = structuredClone(base);
  edit(head);
  const changes = diffSpecs(base, head);
  return { bump: bumpOf(changes), kinds: changes.map((change) => change.kind) };
}

type Json = Record<string, any>;
const createBody = (document: OpenApiDocument): Json =>
  (document.paths as Json)['/connections'].post.requestBody.content['application/json'].schema.properties;
const connection = (document: OpenApiDocument): Json => (document.components as Json).schemas.Connection;

describe('diffSpecs rules for narrowing and widening', () => {
  it('number -> integer on a request field is major; integer -> number would be minor', () => {
    expect(diffEdited((doc) => (createBody(doc).limit.type = 'integer'))).toMatchObject({ bump: 'major', kinds: ['type-narrowed'] });
    const widened = diffSpecs(
      (() => { const doc = load('no-change', 'base'); createBody(doc).limit.type = 'integer'; return doc; })(),
      load('no-change', 'base'),
    );
    expect(bumpOf(widened)).toBe('minor');
  });

  it('nullable -> non-null on a response field is minor, non-null -> nullable on a response field is major', () => {
    expect(diffEdited((doc) => (connection(doc).properties.metadata.type = 'object'))).toMatchObject({ bump: 'minor', kinds: ['no-longer-nullable', 'no-longer-nullable'] });
    expect(diffEdited((doc) => (connection(doc).properties.provider.type = ['string', 'null']))).toMatchObject({ bump: 'major', kinds: ['now-nullable', 'now-nullable'] });
  });

  it('nullable -> non-null on a request input is major', () => {
    const base = load('no-change', 'base');
    createBody(base).connection_id.type = ['string', 'null'];
    expect(bumpOf(diffSpecs(base, load('no-change', 'base')))).toBe('major');
  });

  it('an enum value removed from a request is major, added to a request is minor', () => {
    const withEnum = (values: string[]) => { const doc = load('no-change', 'base'); createBody(doc).kind.enum = values; return doc; };
    expect(bumpOf(diffSpecs(withEnum(['a', 'b']), withEnum(['a'])))).toBe('major');
    expect(bumpOf(diffSpecs(withEnum(['a']), withEnum(['a', 'b'])))).toBe('minor');
  });

  it('a response field removed or made optional is major', () => {
    expect(diffEdited((doc) => delete connection(doc).properties.status)).toMatchObject({ bump: 'major' });
    expect(diffEdited((doc) => (connection(doc).required = ['id']))).toMatchObject({ bump: 'major', kinds: expect.arrayContaining(['field-now-optional']) });
  });

  it('an incompatible type change, a moved path, a renamed operation and pagination changes are major', () => {
    expect(diffEdited((doc) => (createBody(doc).kind.type = 'number')).kinds).toEqual(['type-changed']);
    expect(diffEdited((doc) => {
      const paths = doc.paths as Json;
      paths['/conns'] = paths['/connections'];
      delete paths['/connections'];
    })).toMatchObject({ bump: 'major', kinds: ['address-changed'] });
    expect(diffEdited((doc) => ((doc.paths as Json)['/connections'].post.operationId = 'connections.add'))).toMatchObject({ bump: 'major', kinds: ['operation-renamed'] });
    expect(diffEdited((doc) => ((doc.paths as Json)['/connections/{connectionId}'].get['x-nango-pagination'] = { style: 'page' }))).toMatchObject({ bump: 'major' });
  });

  it('a new optional body field and a deprecation are minor; a new error response is patch', () => {
    expect(diffEdited((doc) => (createBody(doc).tags = { type: 'object' }))).toMatchObject({ bump: 'minor', kinds: ['optional-field-added'] });
    expect(diffEdited((doc) => ((doc.paths as Json)['/connections/{connectionId}'].delete.deprecated = true))).toMatchObject({ bump: 'minor', kinds: ['deprecated'] });
    expect(diffEdited((doc) => ((doc.paths as Json)['/connections/{connectionId}'].delete.responses['404'] = { description: 'Not found.' }))).toMatchObject({ bump: 'patch' });
  });

  it('a changed x-nango-name is a renamed SDK field (major)', () => {
    expect(diffEdited((doc) => ((doc.paths as Json)['/connections/{connectionId}'].get.parameters[1]['x-nango-name'] = 'refresh'))).toMatchObject({ bump: 'major', kinds: ['field-renamed'] });
  });

  it('survives recursive schemas', () => {
    const recursive = (extra: boolean) => {
      const doc = load('no-change', 'base');
      connection(doc).properties.parent = { $ref: '#/components/schemas/Connection' };
      if (extra) connection(doc).properties.note = { type: 'string' };
      return doc;
    };
    expect(bumpOf(diffSpecs(recursive(false), recursive(true)))).toBe('minor');
  });

  it('treats a missing base spec as empty: every operation is new', () => {
    const changes = diffSpecs(undefined, load('no-change', 'base'));
    expect(bumpOf(changes)).toBe('minor');
    expect(changes.filter((change) => change.kind === 'operation-added')).toHaveLength(3);
  });

  it('reports metadata-only edits as patch', () => {
    expect(diffEdited((doc) => (doc.info = { title: 'Renamed', version: '1.0.0' }))).toEqual({ bump: 'patch', kinds: ['spec-metadata-changed'] });
  });
});

describe('summary and changeset rendering', () => {
  it('groups the summary by level and writes the fixed group with one bump', () => {
    const changes = [...diffCase('removed-parameter').changes, ...diffCase('new-operation').changes, ...diffCase('description-only').changes];
    const summary = formatSummary(changes);
    expect(summary).toContain('Spec changes require a major release.');
    expect(summary.indexOf('Breaking changes (major): 1')).toBeLessThan(summary.indexOf('Additions (minor): 1'));
    expect(summary).toContain('Documentation and fixes (patch): 3');
    const changeset = renderChangeset(changes) ?? '';
    expect(parseChangesetBumps(changeset)).toEqual(Object.fromEntries(FIXED_GROUP.map((name) => [name, 'major'])));
    expect(changesetBody(changes).split('\n')[0]).toBe('Update to the latest Nango API spec (1 breaking change, 1 addition, 3 documentation updates).');
    expect(changeset).toContain('- **Breaking:** Parameter `forceRefresh` of `connections.get` was removed.');
  });

  it('renders nothing when there is no change', () => {
    expect(renderChangeset([])).toBeUndefined();
    expect(formatSummary([])).toContain('No change');
  });
});

describe('pnpm spec:diff --write in a temporary git repository', () => {
  const repo = mkdtempSync(join(tmpdir(), 'spec-diff-e2e-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  const tsx = join(scriptsDir, '..', 'node_modules', '.bin', 'tsx');

  function runWith(head: string): { bumps: Record<string, string>; output: string; files: string[] } {
    const changesetDir = join(repo, '.changeset');
    rmSync(changesetDir, { recursive: true, force: true });
    writeFileSync(join(repo, 'specs', 'nango.openapi.yaml'), readFileSync(join(fixtures, head, 'head.yaml')));
    const output = execFileSync(tsx, [join(scriptsDir, 'spec-diff.ts'), '--write'], { cwd: repo, encoding: 'utf8' });
    const files = readdirSync(changesetDir).filter((file) => file.endsWith('.md'));
    const first = files[0];
    return { bumps: first === undefined ? {} : parseChangesetBumps(readFileSync(join(changesetDir, first), 'utf8')), output, files };
  }

  it('writes one changeset with the right bump for a major, a minor and a patch change, none for no change', () => {
    mkdirSync(join(repo, 'specs'));
    writeFileSync(join(repo, 'specs', 'nango.openapi.yaml'), readFileSync(join(fixtures, 'no-change', 'base.yaml')));
    git('init', '-q', '-b', 'main');
    git('-c', 'user.email=ci@example.com', '-c', 'user.name=ci', 'add', '.');
    git('-c', 'user.email=ci@example.com', '-c', 'user.name=ci', 'commit', '-q', '-m', 'base spec');

    const expectGroup = (bump: string) => Object.fromEntries(FIXED_GROUP.map((name) => [name, bump]));
    const major = runWith('removed-operation');
    expect(major.files).toHaveLength(1);
    expect(major.bumps).toEqual(expectGroup('major'));
    expect(major.output).toContain('Breaking changes (major): 1');
    expect(runWith('new-optional-param').bumps).toEqual(expectGroup('minor'));
    expect(runWith('description-only').bumps).toEqual(expectGroup('patch'));

    writeFileSync(join(repo, 'specs', 'nango.openapi.yaml'), readFileSync(join(fixtures, 'no-change', 'head.yaml')));
    rmSync(join(repo, '.changeset'), { recursive: true, force: true });
    const none = execFileSync(tsx, [join(scriptsDir, 'spec-diff.ts'), 'HEAD', '--write'], { cwd: repo, encoding: 'utf8' });
    expect(none).toContain('No change to the API spec');
    expect(none).toContain('Nothing to write.');
  });

  it('changeset:check fails for a spec change without a changeset and passes once spec:diff wrote one', () => {
    const check = () => {
      try {
        return { code: 0, output: execFileSync(tsx, [join(scriptsDir, 'check-changeset.ts'), 'main'], { cwd: repo, encoding: 'utf8', stdio: 'pipe' }) };
      } catch (error) {
        const failure = error as { status: number; stderr: string };
        return { code: failure.status, output: failure.stderr };
      }
    };
    rmSync(join(repo, '.changeset'), { recursive: true, force: true });
    writeFileSync(join(repo, 'specs', 'nango.openapi.yaml'), readFileSync(join(fixtures, 'new-operation', 'head.yaml')));
    const missing = check();
    expect(missing.code).toBe(1);
    expect(missing.output).toContain('specs/nango.openapi.yaml');
    execFileSync(tsx, [join(scriptsDir, 'spec-diff.ts'), '--write'], { cwd: repo, encoding: 'utf8' });
    const present = check();
    expect(present.code).toBe(0);
    expect(present.output).toMatch(/changeset\(s\): \.changeset\/spec-update-[0-9a-f]{8}\.md/);
  });
});

describe('changeset rule', () => {
  it('needs a changeset only for spec or package source changes', () => {
    expect(checkChangesetRule(['README.md', 'packages/core/test/a.test.ts'], []).ok).toBe(true);
    expect(checkChangesetRule(['packages/core/src/client.ts'], []).ok).toBe(false);
    expect(checkChangesetRule(['specs/nango.openapi.yaml'], ['.changeset/README.md']).ok).toBe(false);
    expect(checkChangesetRule(['specs/nango.openapi.yaml'], ['.changeset/brave-cats.md'])).toEqual({
      releasedPaths: ['specs/nango.openapi.yaml'],
      changesets: ['.changeset/brave-cats.md'],
      ok: true,
    });
  });
});
