/** The provider catalog: every provider name the fake knows and its auth mode. */
export interface ProviderDefinition {
  display_name: string;
  auth_mode: string;
  categories?: string[];
  docs?: string;
  proxy?: { base_url?: string; headers?: Record<string, string> };
  [key: string]: unknown;
}

export type ProviderCatalog = Record<string, ProviderDefinition>;

/*
 * A small catalog used when the official catalog cannot be loaded (for example in a browser bundle).
 * One provider per auth mode, so every auth mode can be exercised.
 */
const builtinEntries: ProviderCatalog = {
  github: { display_name: 'GitHub (User OAuth)', auth_mode: 'OAUTH2', categories: ['dev-tools'], proxy: { base_url: 'https://api.github.com' } },
  'google-calendar': { display_name: 'Google Calendar', auth_mode: 'OAUTH2', categories: ['productivity'], proxy: { base_url: 'https://www.googleapis.com' } },
  hubspot: { display_name: 'HubSpot', auth_mode: 'OAUTH2', categories: ['marketing', 'crm'], proxy: { base_url: 'https://api.hubapi.com' } },
  slack: { display_name: 'Slack', auth_mode: 'OAUTH2', categories: ['communication'], proxy: { base_url: 'https://slack.com/api' } },
  twitter: { display_name: 'Twitter (OAuth 1.0a)', auth_mode: 'OAUTH1', categories: ['social'], proxy: { base_url: 'https://api.twitter.com' } },
  'salesforce-cc': { display_name: 'Salesforce (Client Credentials)', auth_mode: 'OAUTH2_CC', categories: ['crm'] },
  'openai': { display_name: 'OpenAI', auth_mode: 'API_KEY', categories: ['dev-tools'], proxy: { base_url: 'https://api.openai.com', headers: { authorization: 'Bearer ${apiKey}' } } },
  'jira-basic': { display_name: 'Jira (Basic Auth)', auth_mode: 'BASIC', categories: ['ticketing'] },
  'github-app': { display_name: 'GitHub App', auth_mode: 'APP', categories: ['dev-tools'] },
  'ghost-admin': { display_name: 'Ghost Admin', auth_mode: 'JWT', categories: ['cms'] },
  'netsuite-tba': { display_name: 'NetSuite (TBA)', auth_mode: 'TBA', categories: ['erp'] },
  bill: { display_name: 'Bill', auth_mode: 'BILL', categories: ['accounting'] },
  'workday': { display_name: 'Workday', auth_mode: 'TWO_STEP', categories: ['hr'] },
  'emarsys': { display_name: 'Emarsys', auth_mode: 'SIGNATURE', categories: ['marketing'] },
  'github-app-oauth': { display_name: 'GitHub App OAuth', auth_mode: 'CUSTOM', categories: ['dev-tools'] },
  unauthenticated: { display_name: 'Unauthenticated', auth_mode: 'NONE', categories: ['other'] },
};

/**
 * A small catalog used when the official catalog cannot be loaded (for example in a browser bundle):
 * one provider per auth mode, so every auth mode can be exercised.
 */
export const builtinProviders: ProviderCatalog = Object.fromEntries(
  Object.entries(builtinEntries).map(([name, p]) => [name, { docs: `https://nango.dev/docs/api-integrations/${name}`, ...p }]),
);
