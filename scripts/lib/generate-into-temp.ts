/**
 * Runs the generator into a fresh temporary root (used by the generator's tests).
 * Inputs: a spec path. Outputs: the temporary root, a reader for its files and a cleanup function.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../generate.ts';
import { REPO_ROOT } from './paths.ts';

/** The small spec the generator's tests run on. */
export const FIXTURE_SPEC = join(REPO_ROOT, 'scripts', 'test', 'fixtures', 'mini.openapi.yaml');

export interface GeneratedTree {
  readonly root: string;
  read(path: string): string;
  remove(): void;
}

export async function generateInto(specFile: string = FIXTURE_SPEC): Promise<GeneratedTree> {
  const root = mkdtempSync(join(tmpdir(), 'nango-generate-'));
  await generate({ specFile, outRoot: root });
  return {
    root,
    read: (path) => readFileSync(join(root, path), 'utf8'),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
