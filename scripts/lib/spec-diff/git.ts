/**
 * The git queries the release scripts need, run with `git` in a working directory.
 * Inputs: a working directory and refs. Outputs: repository root, base ref, file contents and changed paths.
 */
import { execFileSync } from 'node:child_process';

function git(cwd: string, args: readonly string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function tryGit(cwd: string, args: readonly string[]): string | undefined {
  try {
    return git(cwd, args);
  } catch {
    return undefined;
  }
}

/** The top-level directory of the repository containing `cwd`. */
export function repositoryRoot(cwd: string): string {
  return git(cwd, ['rev-parse', '--show-toplevel']).trim();
}

/** Whether a ref names a commit. */
export function refExists(cwd: string, ref: string): boolean {
  return tryGit(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]) !== undefined;
}

/** The default base ref: `origin/main` when it exists, else `HEAD`; undefined when the repository has no commit. */
export function defaultBaseRef(cwd: string): string | undefined {
  if (refExists(cwd, 'origin/main')) return 'origin/main';
  return refExists(cwd, 'HEAD') ? 'HEAD' : undefined;
}

/** A file's text at a ref, or undefined when it does not exist there. */
export function readAtRef(cwd: string, ref: string, file: string): string | undefined {
  return tryGit(cwd, ['show', `${ref}:${file}`]);
}

/** The short commit hash of a ref. */
export function shortHash(cwd: string, ref: string): string {
  return git(cwd, ['rev-parse', '--short=8', ref]).trim();
}

/**
 * Paths changed between the merge base of `ref` and the working tree (committed, staged, unstaged and untracked),
 * relative to the repository root.
 */
export function changedPaths(cwd: string, ref: string): string[] {
  const mergeBase = tryGit(cwd, ['merge-base', ref, 'HEAD'])?.trim() ?? ref;
  const tracked = git(cwd, ['diff', '--name-only', mergeBase]).split('\n');
  const untracked = git(cwd, ['ls-files', '--others', '--exclude-standard']).split('\n');
  return [...new Set([...tracked, ...untracked].map((line) => line.trim()).filter((line) => line.length > 0))].sort();
}

/** Paths added since the merge base of `ref` (committed or not, tracked or untracked). */
export function addedPaths(cwd: string, ref: string): string[] {
  const mergeBase = tryGit(cwd, ['merge-base', ref, 'HEAD'])?.trim() ?? ref;
  const added = git(cwd, ['diff', '--name-only', '--diff-filter=A', mergeBase]).split('\n');
  const untracked = git(cwd, ['ls-files', '--others', '--exclude-standard']).split('\n');
  return [...new Set([...added, ...untracked].map((line) => line.trim()).filter((line) => line.length > 0))].sort();
}
