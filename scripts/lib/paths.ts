/**
 * Default locations of the generator's inputs and outputs.
 * Inputs: none. Outputs: absolute paths.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_SPEC = join(REPO_ROOT, 'specs', 'nango.openapi.yaml');
export const TEMPLATES_DIR = join(REPO_ROOT, 'scripts', 'templates');

/** Reads `--name value` from argv. */
export function argValue(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index >= 0 ? argv[index + 1] : undefined;
}
