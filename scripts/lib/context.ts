/**
 * What every generator job receives and returns.
 * Inputs: none. Outputs: types.
 */
import type { LoadedSpec } from './load-spec.ts';
import type { OperationModel } from './spec-model.ts';

export interface GeneratorContext {
  readonly spec: LoadedSpec;
  readonly operations: readonly OperationModel[];
  /** Directory holding the copied templates (scripts/templates). */
  readonly templatesDir: string;
}

/** One output file; `path` is relative to the output root and uses `/`. */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

export const CORE_GENERATED = 'packages/core/src/generated';
export const TESTING_GENERATED = 'packages/testing/src/generated';
export const MODEL_DOCS = 'docs/models';
export const SDK_DOCS = 'docs/sdks';

/** Folders owned entirely by the generator: any file in them that the generator did not write is stale. */
export const GENERATED_ROOTS: readonly string[] = [CORE_GENERATED, TESTING_GENERATED, MODEL_DOCS, SDK_DOCS];
