import AjvModule from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';

import type { OpenApiDocument } from './openapi.js';

export type Ajv = InstanceType<typeof AjvModule.default>;

export const SPEC_ID = 'https://spec.nango-fake.invalid/openapi.json';

function collectFormats(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collectFormats(item, out);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'format' && typeof value === 'string') out.add(value);
      else collectFormats(value, out);
    }
  }
}

/** An Ajv instance that knows the whole spec under {@link SPEC_ID}, so `#/components/...` refs resolve. */
export function createAjv(doc: OpenApiDocument, coerce: boolean): Ajv {
  const ajv = new AjvModule.default({
    strict: false,
    allErrors: true,
    validateSchema: false,
    coerceTypes: coerce ? 'array' : false,
    useDefaults: false,
  });
  formatsModule.default(ajv);
  const formats = new Set<string>();
  collectFormats(doc, formats);
  for (const format of formats) if (!ajv.formats[format]) ajv.addFormat(format, true);
  ajv.addSchema({ ...doc, $id: SPEC_ID }, SPEC_ID);
  return ajv;
}

/** Deep copy of a schema with local refs pointed into the spec document. */
export function absolutise(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(absolutise);
  if (schema && typeof schema === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(schema)) {
      out[key] = key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${SPEC_ID}${value}` : absolutise(value);
    }
    return out;
  }
  return schema;
}
