/**
 * The rule behind `pnpm changeset:check`: a change to the spec or to a package's source needs a new changeset.
 * Inputs: changed and added paths relative to the repository root. Outputs: the paths that need a changeset and
 * whether one was added.
 */

const RELEASED = [/^specs\//, /^packages\/[^/]+\/src\//];
const CHANGESET = /^\.changeset\/(?!README\.md$)[^/]+\.md$/;

export interface ChangesetVerdict {
  /** Changed paths that are part of a release (spec or package sources). */
  readonly releasedPaths: readonly string[];
  /** New changeset files. */
  readonly changesets: readonly string[];
  readonly ok: boolean;
}

export function checkChangesetRule(changed: readonly string[], added: readonly string[]): ChangesetVerdict {
  const releasedPaths = changed.filter((path) => RELEASED.some((pattern) => pattern.test(path)));
  const changesets = added.filter((path) => CHANGESET.test(path));
  return { releasedPaths, changesets, ok: releasedPaths.length === 0 || changesets.length > 0 };
}
