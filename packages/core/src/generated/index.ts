/* eslint-disable */
// This file is generated from specs/nango.openapi.yaml. DO NOT EDIT: run `pnpm generate` to regenerate it.

export type { components, operations as OperationTypes, paths } from './openapi.js';
export type * from './contract.js';
export { operations, type OperationId } from './operations.js';
export type * from './requests.js';
export type * from './responses.js';
export * from './resources.js';
