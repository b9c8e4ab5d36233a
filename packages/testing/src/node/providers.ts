import { getProviders } from '@nangohq/providers';

import { builtinProviders, type ProviderCatalog } from '../state/providers.js';

let cached: { catalog: ProviderCatalog; official: boolean } | undefined;

/** The official provider catalog (`@nangohq/providers`), or the built-in one when it cannot be loaded. */
export function loadProviderCatalog(): { catalog: ProviderCatalog; official: boolean } {
  if (cached) return cached;
  try {
    const providers = getProviders() as ProviderCatalog | undefined;
    cached = providers && Object.keys(providers).length > 0 ? { catalog: providers, official: true } : { catalog: builtinProviders, official: false };
  } catch {
    cached = { catalog: builtinProviders, official: false };
  }
  return cached;
}
