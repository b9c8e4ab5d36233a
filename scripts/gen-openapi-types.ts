/**
 * Job: wire types.
 * Inputs: the spec text. Outputs: packages/core/src/generated/openapi.ts (openapi-typescript 7 `paths`,
 * `components`, `operations`), with schema-less objects typed `Record<string, unknown>`.
 */
import openapiTS, { astToString } from 'openapi-typescript';
import { CORE_GENERATED, type GeneratedFile, type GeneratorContext } from './lib/context.ts';
import { tsHeader } from './lib/header.ts';
import { reindentFourToTwo } from './lib/ts-emit.ts';

export async function generateOpenApiTypes(context: GeneratorContext): Promise<GeneratedFile[]> {
  const ast = await openapiTS(context.spec.text, { emptyObjectsUnknown: true, silent: true });
  const source = reindentFourToTwo(astToString(ast)).trimEnd();
  return [{ path: `${CORE_GENERATED}/openapi.ts`, content: `${tsHeader()}${source}\n` }];
}
