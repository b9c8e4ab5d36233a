import type { Credentials } from './types.js';

const TYPED: Record<string, string> = {
  TWO_STEP: 'auth/two-step',
  SIGNATURE: 'auth/signature',
  AWS_SIGV4: 'auth/aws-sigv4',
  JWT: 'auth/jwt',
};

/**
 * Chooses the headless endpoint (without the integration) for a credentials shape,
 * or undefined when the credentials only override the OAuth app and the popup flow applies.
 */
export function headlessRoute(credentials: Credentials | undefined, installation?: 'outbound'): string | undefined {
  if (installation === 'outbound') return 'auth/oauth-outbound';
  if (!credentials) return undefined;
  const has = (key: string): boolean => key in credentials;
  if (has('type')) return TYPED[(credentials as { type: string }).type];
  if (has('apiKey')) return 'api-auth/api-key';
  if (has('organization_id') && has('dev_key')) return 'auth/bill';
  if (has('username')) return 'api-auth/basic';
  if (has('privateKey')) return 'auth/jwt';
  if (has('token_id') && has('token_secret')) return 'auth/tba';
  if (has('client_id')) return 'oauth2/auth';
  return undefined;
}
