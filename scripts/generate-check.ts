/**
 * `pnpm generate:check`: fails when the committed generated files differ from what the spec produces.
 * Inputs: specs/nango.openapi.yaml (or `--spec <file>`) and the generated folders under the repository root
 * (or `--root <dir>`). Outputs: exit code 0, or 1 with the list of stale files.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffGeneratedFiles } from './lib/output-files.ts';
import { argValue, DEFAULT_SPEC, REPO_ROOT, TEMPLATES_DIR } from './lib/paths.ts';
import { runGenerator } from './lib/run-generator.ts';

export const STALE_MESSAGE = 'Generated files are stale: run `pnpm generate` and commit the result.';

/** The generated paths under `root` that differ from a fresh generation (empty when up to date). */
export async function checkGenerated(options: { specFile: string; root: string }): Promise<string[]> {
  const result = await runGenerator({ specFile: options.specFile, templatesDir: TEMPLATES_DIR });
  return diffGeneratedFiles(options.root, result.files);
}

async function main(): Promise<void> {
  const specFile = resolve(argValue(process.argv, '--spec') ?? DEFAULT_SPEC);
  const root = resolve(argValue(process.argv, '--root') ?? REPO_ROOT);
  const stale = await checkGenerated({ specFile, root });
  if (stale.length === 0) {
    console.log('Generated files are up to date.');
    return;
  }
  console.error(stale.map((path) => `  ${path}`).join('\n'));
  console.error(STALE_MESSAGE);
  process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
