import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { generatedResources } from '../gen-resources.ts';
import { exampleCall } from '../lib/example-call.ts';
import { loadSpec } from '../lib/load-spec.ts';
import { DEFAULT_SPEC, REPO_ROOT } from '../lib/paths.ts';
import { buildOperations } from '../lib/spec-model.ts';
import { FIXTURE_SPEC, generateInto, type GeneratedTree } from '../lib/generate-into-temp.ts';

const run = promisify(execFile);
const trees: GeneratedTree[] = [];

afterAll(() => {
  for (const tree of trees) tree.remove();
});

/** Every example call, inside one function typed against the generated resources. */
function examplesModule(specFile: string): string {
  const { document } = loadSpec(specFile);
  const operations = buildOperations(document);
  const resources = new Set(generatedResources(operations));
  const bodies = operations
    .filter((operation) => resources.has(operation.resource))
    .map((operation, index) => `export async function example${index}(): Promise<void> {\n  ${exampleCall(document, operation).join('\n  ')}\n}`);
  return `import type { GeneratedResources } from './generated/index.js';\n\ndeclare const nango: GeneratedResources<{ timeout?: number }>;\n\n${bodies.join('\n\n')}\n`;
}

describe('generated code', () => {
  it.each([
    ['the fixture spec', FIXTURE_SPEC],
    ['specs/nango.openapi.yaml', DEFAULT_SPEC],
  ])('type-checks for %s with the core compiler settings (no node types), examples included', async (_name, specFile) => {
    const tree = await generateInto(specFile);
    trees.push(tree);
    writeFileSync(join(tree.root, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(
      join(tree.root, 'tsconfig.json'),
      JSON.stringify({
        extends: join(REPO_ROOT, 'tsconfig.base.json'),
        compilerOptions: { noEmit: true, types: [] },
        include: ['packages/core/src'],
      }),
    );
    writeFileSync(join(tree.root, 'packages/core/src/examples.ts'), examplesModule(specFile));
    const result = await run(join(REPO_ROOT, 'node_modules/.bin/tsc'), ['-p', join(tree.root, 'tsconfig.json')]).then(
      () => ({ code: 0, output: '' }),
      (error: { code: number; stdout: string }) => ({ code: error.code, output: error.stdout }),
    );
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  });
});
