/** The shape of `results/latest.json`: one section per scenario, each a table plus its target checks. */

export type Cell = string | number | null;

export interface TargetCheck {
  /** What is compared, e.g. `connections.get, sequential, CPU vs raw fetch`. */
  readonly what: string;
  /** The measured figure, as text. */
  readonly figure: string;
  /** The target, as text. */
  readonly target: string;
  readonly status: 'PASS' | 'MISS' | 'NOT MEASURED';
  /** Why a figure could not be measured. */
  readonly note?: string;
}

export interface Section {
  readonly id: string;
  readonly title: string;
  /** One paragraph: what runs, against which baseline. */
  readonly description: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  readonly targets: readonly TargetCheck[];
  readonly notes: readonly string[];
  /** When and how this section was measured (sections of earlier runs are kept when a run selects scenarios). */
  readonly measuredAt?: string;
  readonly mode?: 'quick' | 'full';
}

export interface BenchResults {
  readonly generatedAt: string;
  readonly command: string;
  readonly mode: 'quick' | 'full';
  readonly machine: { readonly node: string; readonly platform: string; readonly cpus: number; readonly cpuModel: string; readonly memoryGb: number };
  readonly sections: readonly Section[];
}

/** A PASS/MISS check of `value <= limit` (or `>=` with `atLeast`). */
export function check(what: string, value: number, limit: number, figure: string, target: string, atLeast = false): TargetCheck {
  if (!Number.isFinite(value)) return { what, figure: 'n/a', target, status: 'NOT MEASURED' };
  const pass = atLeast ? value >= limit : value <= limit;
  return { what, figure, target, status: pass ? 'PASS' : 'MISS' };
}

export function notMeasured(what: string, target: string, note: string): TargetCheck {
  return { what, figure: 'n/a', target, status: 'NOT MEASURED', note };
}
