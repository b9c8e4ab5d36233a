/**
 * Types shared by the spec diff: one classified change and the semver bump it implies.
 * Inputs: none. Outputs: types and the ordering of bump levels.
 */

/** A semver bump; `none` when the spec did not change at all. */
export type Bump = 'major' | 'minor' | 'patch' | 'none';

/** A change level: what one change alone would require. */
export type ChangeLevel = Exclude<Bump, 'none'>;

/** Whether a schema describes what the SDK user sends (`request`) or receives (`response`). */
export type Direction = 'request' | 'response';

export interface SpecChange {
  readonly level: ChangeLevel;
  /** A stable machine-readable kind, e.g. `operation-removed`, `type-narrowed`. */
  readonly kind: string;
  /** The operationId the change belongs to, when it belongs to one. */
  readonly operation?: string;
  /** A user-facing sentence describing the change. */
  readonly message: string;
}

const ORDER: readonly Bump[] = ['none', 'patch', 'minor', 'major'];

/** The larger of two bumps. */
export function maxBump(a: Bump, b: Bump): Bump {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

/** The bump a list of changes requires. */
export function bumpOf(changes: readonly SpecChange[]): Bump {
  return changes.reduce<Bump>((bump, change) => maxBump(bump, change.level), 'none');
}
