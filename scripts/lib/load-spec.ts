/**
 * Reads the OpenAPI document.
 * Inputs: a YAML file path. Outputs: its text, parsed document and sha256.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { OpenApiDocument } from './spec-types.ts';

export interface LoadedSpec {
  readonly text: string;
  readonly document: OpenApiDocument;
  readonly sha256: string;
}

export function loadSpec(file: string): LoadedSpec {
  const text = readFileSync(file, 'utf8');
  const document = parse(text) as unknown;
  if (typeof document !== 'object' || document === null || !('openapi' in document)) {
    throw new Error(`${file} is not an OpenAPI document`);
  }
  const sha256 = createHash('sha256').update(text).digest('hex');
  return { text, document: document as OpenApiDocument, sha256 };
}
