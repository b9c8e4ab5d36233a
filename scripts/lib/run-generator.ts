/**
 * Runs every generator job in memory.
 * Inputs: the spec path and the templates folder. Outputs: the sorted list of generated files and the spec hash.
 */
import { generateContract } from '../gen-contract.ts';
import { generateIndex } from '../gen-index.ts';
import { generateModelDocs } from '../gen-model-docs.ts';
import { generateOpenApiTypes } from '../gen-openapi-types.ts';
import { generateOperations } from '../gen-operations.ts';
import { generateRequests } from '../gen-requests.ts';
import { generateResources } from '../gen-resources.ts';
import { generateResponses } from '../gen-responses.ts';
import { generateSdkDocs } from '../gen-sdk-docs.ts';
import { generateTestingSpec } from '../gen-testing-spec.ts';
import type { GeneratedFile, GeneratorContext } from './context.ts';
import { loadSpec } from './load-spec.ts';
import { buildOperations } from './spec-model.ts';

export interface GenerateOptions {
  readonly specFile: string;
  readonly templatesDir: string;
}

export interface GenerateResult {
  readonly files: readonly GeneratedFile[];
  readonly sha256: string;
  readonly operationCount: number;
}

export async function runGenerator(options: GenerateOptions): Promise<GenerateResult> {
  const spec = loadSpec(options.specFile);
  const context: GeneratorContext = { spec, operations: buildOperations(spec.document), templatesDir: options.templatesDir };
  const files = [
    ...(await generateOpenApiTypes(context)),
    ...generateContract(context),
    ...generateOperations(context),
    ...generateRequests(context),
    ...generateResponses(context),
    ...generateResources(context),
    ...generateIndex(context),
    ...generateTestingSpec(context),
    ...generateModelDocs(context),
    ...generateSdkDocs(context),
  ];
  const paths = new Set<string>();
  for (const file of files) {
    if (paths.has(file.path)) throw new Error(`Two jobs write ${file.path}`);
    paths.add(file.path);
  }
  return { files: [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), sha256: spec.sha256, operationCount: context.operations.length };
}
