/**
 * Job: the entry point of the generated folder and its DO NOT EDIT notice.
 * Inputs: the spec hash. Outputs: packages/core/src/generated/index.ts and README.md.
 */
import { CORE_GENERATED, type GeneratedFile, type GeneratorContext } from './lib/context.ts';
import { markdownHeader, REGENERATE_COMMAND, tsHeader } from './lib/header.ts';

export function generateIndex(context: GeneratorContext): GeneratedFile[] {
  const index = `${tsHeader()}export type { components, operations as OperationTypes, paths } from './openapi.js';
export type * from './contract.js';
export { operations, type OperationId } from './operations.js';
export type * from './requests.js';
export type * from './responses.js';
export * from './resources.js';
`;
  const readme = `${markdownHeader()}# Generated code: DO NOT EDIT

Everything in this folder is produced from \`specs/nango.openapi.yaml\` by \`${REGENERATE_COMMAND}\` and committed.
Change the spec or the generator in \`scripts/\`, then run \`${REGENERATE_COMMAND}\`; \`pnpm generate:check\` fails when this folder is stale.

| File | Contents |
| --- | --- |
| \`openapi.ts\` | Wire types from openapi-typescript: \`paths\`, \`components\`, \`operations\` |
| \`contract.ts\` | The types shared with the hand-written runtime (copied from \`scripts/templates/contract.ts\`) |
| \`operations.ts\` | The operation table: method, path, fields with their wire names and locations, success statuses |
| \`requests.ts\` | One request type per operation |
| \`responses.ts\` | One response type per operation |
| \`resources.ts\` | One class per resource namespace, calling the runtime through \`Invoker\` |
| \`index.ts\` | Re-exports |

Built from spec sha256 \`${context.spec.sha256}\` (${context.operations.length} operations).
`;
  return [
    { path: `${CORE_GENERATED}/index.ts`, content: index },
    { path: `${CORE_GENERATED}/README.md`, content: readme },
  ];
}
