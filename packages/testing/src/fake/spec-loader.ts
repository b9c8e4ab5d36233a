import type { OpenApiDocument } from '../server/openapi.js';
import { RequestValidator } from '../server/request-validator.js';
import { ResponseValidator } from '../server/response-validator.js';

export interface Validators {
  request: RequestValidator;
  response: ResponseValidator;
}

/** Loads the bundled spec on first use (keeps it out of the way when a spec is passed in). */
export async function loadBundledSpec(): Promise<OpenApiDocument> {
  const mod = (await import('../generated/spec.js')) as { spec: unknown };
  return mod.spec as OpenApiDocument;
}

/** Builds the validators once, lazily. */
export function lazyValidators(source: OpenApiDocument | false | undefined): () => Promise<Validators | undefined> {
  let pending: Promise<Validators | undefined> | undefined;
  return () => {
    if (source === false) return Promise.resolve(undefined);
    pending ??= (source ? Promise.resolve(source) : loadBundledSpec()).then((doc) => ({ request: new RequestValidator(doc), response: new ResponseValidator(doc) }));
    return pending;
  };
}
