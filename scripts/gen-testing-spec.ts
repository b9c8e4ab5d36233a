/**
 * Job: the spec as data for the fake server, so it can validate requests and responses without reading files.
 * Inputs: the parsed spec and its hash. Outputs: packages/testing/src/generated/spec.ts.
 */
import { TESTING_GENERATED, type GeneratedFile, type GeneratorContext } from './lib/context.ts';
import { tsHeader } from './lib/header.ts';

export function generateTestingSpec(context: GeneratorContext): GeneratedFile[] {
  const content = `${tsHeader()}/** The sha256 of specs/nango.openapi.yaml that \`spec\` was built from. */
export const specSha256 = '${context.spec.sha256}';

/** The Nango OpenAPI document as plain data. */
export const spec: Record<string, unknown> = ${JSON.stringify(context.spec.document, null, 2)};
`;
  return [{ path: `${TESTING_GENERATED}/spec.ts`, content }];
}
