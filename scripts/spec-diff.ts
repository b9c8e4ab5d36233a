/**
 * pnpm spec:diff [base-ref] [--write]
 *
 * Classifies every change of the OpenAPI spec between a git ref and the working tree, and tells which release it needs.
 * Inputs: specs/nango.openapi.yaml at <base-ref> (default `origin/main` if it exists, else `HEAD`; a missing file there
 *   counts as an empty spec) and in the working tree of the repository containing the current directory.
 * Outputs: a summary on stdout grouped by level (major: removed or renamed operations, parameters and fields, narrowed
 *   request types, new required inputs, changed success status, wire name, path or method; minor: new operations,
 *   optional inputs, response fields, enum values, deprecations; patch: descriptions and examples only).
 *   With --write: one changeset `.changeset/spec-update-<base hash>.md` bumping the four packages of the fixed group,
 *   its body a user-facing summary (written again on each run against the same base, never duplicated).
 * Exit code: 0 (also when nothing changed), 1 on a usage or read error.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { defaultBaseRef, readAtRef, refExists, repositoryRoot, shortHash } from './lib/spec-diff/git.ts';
import { diffSpecs } from './lib/spec-diff/diff-specs.ts';
import { formatSummary, renderChangeset } from './lib/spec-diff/summary.ts';
import { bumpOf } from './lib/spec-diff/types.ts';
import type { OpenApiDocument } from './lib/spec-types.ts';

const SPEC = 'specs/nango.openapi.yaml';

function parseDocument(text: string, origin: string): OpenApiDocument {
  const document = parse(text) as unknown;
  if (typeof document !== 'object' || document === null || !('openapi' in document)) throw new Error(`${origin} is not an OpenAPI document`);
  return document as OpenApiDocument;
}

function main(argv: readonly string[]): number {
  const write = argv.includes('--write');
  const unknown = argv.filter((arg) => arg.startsWith('-') && arg !== '--write');
  const positional = argv.filter((arg) => !arg.startsWith('-'));
  if (unknown.length > 0 || positional.length > 1) {
    console.error('usage: pnpm spec:diff [base-ref] [--write]');
    return 1;
  }
  const root = repositoryRoot(process.cwd());
  const baseRef = positional[0] ?? defaultBaseRef(root);
  if (baseRef !== undefined && !refExists(root, baseRef)) {
    console.error(`spec:diff: unknown git ref "${baseRef}"`);
    return 1;
  }
  const baseText = baseRef === undefined ? undefined : readAtRef(root, baseRef, SPEC);
  const base = baseText === undefined ? undefined : parseDocument(baseText, `${SPEC} at ${baseRef ?? ''}`);
  const head = parseDocument(readFileSync(join(root, SPEC), 'utf8'), SPEC);

  const changes = diffSpecs(base, head);
  console.log(`Comparing ${SPEC} at ${baseRef ?? '(no commit)'}${base === undefined ? ' (absent)' : ''} with the working tree.\n`);
  console.log(formatSummary(changes));

  if (write) {
    const changeset = renderChangeset(changes);
    if (changeset === undefined) {
      console.log('Nothing to write.');
      return 0;
    }
    const name = `spec-update-${baseRef === undefined ? 'initial' : shortHash(root, baseRef)}.md`;
    mkdirSync(join(root, '.changeset'), { recursive: true });
    writeFileSync(join(root, '.changeset', name), changeset);
    console.log(`Wrote .changeset/${name} (${bumpOf(changes)} for the fixed group).`);
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`spec:diff: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
