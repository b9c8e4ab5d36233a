/**
 * Job: the generated/runtime contract.
 * Inputs: scripts/templates/contract.ts. Outputs: packages/core/src/generated/contract.ts (same text under the header).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_GENERATED, type GeneratedFile, type GeneratorContext } from './lib/context.ts';
import { tsHeader } from './lib/header.ts';

export function generateContract(context: GeneratorContext): GeneratedFile[] {
  const template = readFileSync(join(context.templatesDir, 'contract.ts'), 'utf8').replace(/\r\n/g, '\n').trimEnd();
  return [{ path: `${CORE_GENERATED}/contract.ts`, content: `${tsHeader()}${template}\n` }];
}
