/** Every scope of an environment API key (the default of a new key). */
export const ENVIRONMENT_SCOPES = 'environment:*';

/** Every scope of an account API key. */
export const ACCOUNT_SCOPES = 'account:*';

/**
 * Whether the granted scopes cover the required one. A granted scope ending in `:*` covers everything below its
 * prefix (`environment:*` covers `environment:connections:read`; `environment:connections:*` covers it too).
 */
export function hasScope(granted: readonly string[], required: string): boolean {
  for (const scope of granted) {
    if (scope === required) return true;
    if (scope.endsWith(':*') && required.startsWith(scope.slice(0, -1))) return true;
  }
  return false;
}

/** An account API key: it manages environments and their keys. */
export interface AccountKey {
  secret: string;
  scopes: string[];
}
