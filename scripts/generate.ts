/**
 * `pnpm generate`: regenerates every generated file from the spec.
 * Inputs: specs/nango.openapi.yaml (or `--spec <file>`), scripts/templates/.
 * Outputs: packages/core/src/generated/**, packages/testing/src/generated/**, docs/models/**, docs/sdks/**
 * under the repository root (or `--out <dir>`). Stale files in those folders are removed.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeGeneratedFiles } from './lib/output-files.ts';
import { argValue, DEFAULT_SPEC, REPO_ROOT, TEMPLATES_DIR } from './lib/paths.ts';
import { runGenerator } from './lib/run-generator.ts';

export async function generate(options: { specFile: string; outRoot: string }): Promise<{ files: number; written: number; removed: string[] }> {
  const result = await runGenerator({ specFile: options.specFile, templatesDir: TEMPLATES_DIR });
  const { written, removed } = writeGeneratedFiles(options.outRoot, result.files);
  return { files: result.files.length, written, removed };
}

async function main(): Promise<void> {
  const started = performance.now();
  const specFile = resolve(argValue(process.argv, '--spec') ?? DEFAULT_SPEC);
  const outRoot = resolve(argValue(process.argv, '--out') ?? REPO_ROOT);
  const { files, written, removed } = await generate({ specFile, outRoot });
  const elapsed = Math.round(performance.now() - started);
  const removedNote = removed.length > 0 ? `, removed ${removed.length} stale` : '';
  console.log(`Generated ${files} files (${written} changed${removedNote}) in ${elapsed} ms.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
