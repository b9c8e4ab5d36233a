import { describe, expect, it } from 'vitest';
import { headlessRoute } from '../../src/auth/headless-route.js';
import type { Credentials } from '../../src/index.js';

describe('headlessRoute', () => {
  it.each<[string, Credentials, string]>([
    ['API key', { apiKey: 'k' }, 'api-auth/api-key'],
    ['basic', { username: 'u', password: 'p' }, 'api-auth/basic'],
    ['basic without password', { username: 'u' }, 'api-auth/basic'],
    ['bill', { username: 'u', password: 'p', organization_id: 'o', dev_key: 'd' }, 'auth/bill'],
    ['signature', { type: 'SIGNATURE', username: 'u', password: 'p' }, 'auth/signature'],
    ['two-step', { type: 'TWO_STEP', client_id: 'a' }, 'auth/two-step'],
    ['JWT by type', { type: 'JWT', issuerId: 'i' }, 'auth/jwt'],
    ['JWT by private key', { privateKey: 'pem' } as unknown as Credentials, 'auth/jwt'],
    ['AWS SigV4', { type: 'AWS_SIGV4', role_arn: 'arn', region: 'eu-west-1' }, 'auth/aws-sigv4'],
    ['TBA', { token_id: 't', token_secret: 's' }, 'auth/tba'],
    ['OAuth2 client credentials', { client_id: 'c', client_secret: 's' }, 'oauth2/auth'],
    ['OAuth2 client credentials with a private key', { client_id: 'c', client_private_key: 'pem', client_certificate: 'crt' }, 'oauth2/auth'],
  ])('sends %s credentials to /%s', (_label, credentials, route) => {
    expect(headlessRoute(credentials)).toBe(route);
  });

  it('keeps the popup flow for OAuth app overrides and no credentials', () => {
    expect(headlessRoute({ oauth_client_id_override: 'id', oauth_client_secret_override: 's' })).toBeUndefined();
    expect(headlessRoute(undefined)).toBeUndefined();
  });

  it('runs outbound installations headlessly', () => {
    expect(headlessRoute(undefined, 'outbound')).toBe('auth/oauth-outbound');
  });
});
