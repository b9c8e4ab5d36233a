/**
 * pnpm changeset:check [base-ref]
 *
 * Fails when the spec (specs/) or a package's source (packages/<name>/src/) changed since the base ref and no new
 * changeset (.changeset/*.md other than README.md) was added.
 * Inputs: the git repository containing the current directory; base ref = argument, else `origin/main` if it exists,
 *   else `HEAD` (so only uncommitted work counts). Committed, staged, unstaged and untracked changes all count.
 * Outputs: a verdict on stdout; exit 1 when a changeset is missing. Skips (exit 0) with a message when there is no
 *   usable base ref, e.g. a repository without commits or a shallow clone that lacks the base.
 */
import { addedPaths, changedPaths, defaultBaseRef, refExists, repositoryRoot } from './lib/spec-diff/git.ts';
import { checkChangesetRule } from './lib/spec-diff/changeset-rule.ts';

function main(argv: readonly string[]): number {
  const root = repositoryRoot(process.cwd());
  const requested = argv.find((arg) => !arg.startsWith('-'));
  const baseRef = requested ?? defaultBaseRef(root);
  if (baseRef === undefined || !refExists(root, baseRef)) {
    console.log(`changeset:check: skipped, no base ref to compare with${requested === undefined ? '' : ` ("${requested}" not found)`}.`);
    return 0;
  }
  const verdict = checkChangesetRule(changedPaths(root, baseRef), addedPaths(root, baseRef));
  if (verdict.releasedPaths.length === 0) {
    console.log(`changeset:check: no change to specs/ or packages/*/src since ${baseRef}.`);
    return 0;
  }
  if (verdict.ok) {
    console.log(`changeset:check: ${verdict.releasedPaths.length} released file(s) changed since ${baseRef}; changeset(s): ${verdict.changesets.join(', ')}.`);
    return 0;
  }
  console.error(`changeset:check: these files changed since ${baseRef} but no changeset was added:`);
  for (const path of verdict.releasedPaths.slice(0, 20)) console.error(`  ${path}`);
  if (verdict.releasedPaths.length > 20) console.error(`  ... and ${verdict.releasedPaths.length - 20} more`);
  console.error('Add one: `pnpm spec:diff --write` for a spec change, or `pnpm changeset` for a source change.');
  return 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`changeset:check: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
