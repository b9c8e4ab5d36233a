/**
 * Text shared by the TSDoc of generated code and the Markdown docs.
 * Inputs: an operation. Outputs: strings.
 */
import type { OperationModel } from './spec-model.ts';

/** `nango.connections.get`, the way users call an operation. */
export function callPath(operation: Pick<OperationModel, 'resource' | 'name'>): string {
  return `nango.${operation.resource}.${operation.name}`;
}

/** The `nango.<replacedBy>` call that replaces a deprecated operation. */
export function replacementCall(replacedBy: string): string {
  return `nango.${replacedBy}`;
}

/** The first line used for an operation: its summary, else its operationId. */
export function operationTitle(operation: OperationModel): string {
  return operation.summary.trim() || operation.id;
}
