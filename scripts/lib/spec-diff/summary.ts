/**
 * Renders classified spec changes: a terminal summary grouped by level and the changeset file for the fixed group.
 * Inputs: SpecChange entries. Outputs: strings.
 */
import { bumpOf, type Bump, type ChangeLevel, type SpecChange } from './types.ts';

/** The packages released together (the changesets `fixed` group). */
export const FIXED_GROUP = ['@nango-sdk/core', '@nango-sdk/node', '@nango-sdk/browser', '@nango-sdk/testing'] as const;

const HEADINGS: Record<ChangeLevel, string> = {
  major: 'Breaking changes (major)',
  minor: 'Additions (minor)',
  patch: 'Documentation and fixes (patch)',
};
const LEVELS: readonly ChangeLevel[] = ['major', 'minor', 'patch'];

function unique(changes: readonly SpecChange[], level: ChangeLevel): string[] {
  return [...new Set(changes.filter((change) => change.level === level).map((change) => change.message))];
}

/** A readable summary for the terminal. */
export function formatSummary(changes: readonly SpecChange[]): string {
  const bump = bumpOf(changes);
  if (bump === 'none') return 'No change to the API spec: no release needed.\n';
  const lines = [`Spec changes require a ${bump} release.`, ''];
  for (const level of LEVELS) {
    const messages = unique(changes, level);
    if (messages.length === 0) continue;
    lines.push(`${HEADINGS[level]}: ${messages.length}`, ...messages.map((message) => `  - ${message}`), '');
  }
  return lines.join('\n');
}

function countPhrase(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The body of a changeset: one headline sentence, then each change as a bullet, breaking changes first. */
export function changesetBody(changes: readonly SpecChange[]): string {
  const counts = LEVELS.map((level) => unique(changes, level).length);
  const parts = [
    counts[0] ? countPhrase(counts[0], 'breaking change', 'breaking changes') : '',
    counts[1] ? countPhrase(counts[1], 'addition', 'additions') : '',
    counts[2] ? countPhrase(counts[2], 'documentation update', 'documentation updates') : '',
  ].filter((part) => part.length > 0);
  const headline = `Update to the latest Nango API spec (${parts.join(', ')}).`;
  const bullets = LEVELS.flatMap((level) => unique(changes, level).map((message) => `- ${level === 'major' ? '**Breaking:** ' : ''}${message}`));
  return [headline, '', ...bullets].join('\n');
}

/** A complete changeset file for the fixed group, or undefined when there is nothing to release. */
export function renderChangeset(changes: readonly SpecChange[]): string | undefined {
  const bump: Bump = bumpOf(changes);
  if (bump === 'none') return undefined;
  const front = FIXED_GROUP.map((name) => `"${name}": ${bump}`).join('\n');
  return `---\n${front}\n---\n\n${changesetBody(changes)}\n`;
}

/** Reads the bump of each package back from a changeset file's front matter. */
export function parseChangesetBumps(text: string): Record<string, string> {
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  const bumps: Record<string, string> = {};
  for (const line of match?.[1]?.split('\n') ?? []) {
    const entry = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line);
    if (entry?.[1] !== undefined && entry[2] !== undefined) bumps[entry[1]] = entry[2];
  }
  return bumps;
}
