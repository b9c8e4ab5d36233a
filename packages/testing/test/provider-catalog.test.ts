import { describe, expect, it } from 'vitest';

import { loadProviderCatalog } from '../src/index.js';
import { spec } from '../src/generated/spec.js';
import { createAjv, SPEC_ID } from '../src/server/ajv.js';
import type { OpenApiDocument } from '../src/server/openapi.js';
import { providerJson } from '../src/server/serialize.js';

const ajv = createAjv(spec as unknown as OpenApiDocument, false);
const schema = (name: string) => ajv.compile({ $ref: `${SPEC_ID}#/components/schemas/${name}` });
const OAUTH2_MODES = new Set(['OAUTH2', 'OAUTH2_CC', 'MCP_OAUTH2', 'MCP_OAUTH2_GENERIC', 'CUSTOM']);

/** Names of the catalog providers that fail `validate`, each with its first few Ajv errors. */
function failures(validate: ReturnType<typeof schema>, only: (authMode: string) => boolean = () => true): string[] {
  const { catalog } = loadProviderCatalog();
  const out: string[] = [];
  for (const [name, provider] of Object.entries(catalog)) {
    if (!only(provider.auth_mode)) continue;
    if (!validate(providerJson(name, provider))) {
      out.push(`${name}: ${(validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath} ${e.message ?? e.keyword}`).join('; ')}`);
    }
  }
  return out;
}

describe('the official provider catalog against the spec', () => {
  it('is the official catalog', () => {
    const { catalog, official } = loadProviderCatalog();
    expect(official).toBe(true);
    expect(Object.keys(catalog).length).toBeGreaterThan(1000);
  });

  it('every provider, as the fake serves it, matches Provider', () => {
    expect(failures(schema('Provider'))).toEqual([]);
  });

  it('every OAuth 2 family provider matches ProviderOAuth2 and every OAuth 1 provider matches ProviderOAuth1', () => {
    expect(failures(schema('ProviderOAuth2'), (mode) => OAUTH2_MODES.has(mode))).toEqual([]);
    expect(failures(schema('ProviderOAuth1'), (mode) => mode === 'OAUTH1')).toEqual([]);
  });

  it('still rejects malformed providers', () => {
    const validate = schema('Provider');
    const base = { name: 'x', display_name: 'X', auth_mode: 'API_KEY', docs: 'https://docs.example/x' };
    expect(validate(base)).toBe(true);
    expect(validate({ ...base, auth_mode: 'PIGEON' })).toBe(false);
    expect(validate({ name: 'x', auth_mode: 'API_KEY', docs: 'd' })).toBe(false);
    expect(validate({ ...base, proxy: { base_url: 'https://x', verification: { method: 'GET' } } })).toBe(false);
    expect(validate({ ...base, proxy: { base_url: 'https://x', verification: { endpoints: [] } } })).toBe(false);
    expect(validate({ ...base, proxy: { base_url: 'https://x', retry: { at: [1] } } })).toBe(false);
    expect(validate({ ...base, proxy: { base_url: 'https://x', retry: { after: ['retry-after'], at: 'x-reset' } } })).toBe(true);
  });
});
