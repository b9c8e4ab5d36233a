import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Nango, NangoCredentialsUnavailableError, type ConnectionToken } from '../src/index.js';
import { toConnectionToken } from '../src/tokens/to-connection-token.js';
import { startRecordingServer, type RecordingServer } from './helpers/recording-server.js';

let server: RecordingServer;
let nango: Nango;
let credentials: Record<string, unknown> | undefined;

beforeAll(async () => {
  server = await startRecordingServer(() => ({
    body: { id: 1, connection_id: 'c1', provider_config_key: 'p', provider: 'p', metadata: {}, ...(credentials ? { credentials } : {}) },
  }));
  nango = new Nango({ secretKey: 'sk_token', host: server.url, env: {} });
});
afterAll(() => server.close());

const cases: [string, Record<string, unknown>, ConnectionToken][] = [
  [
    'OAUTH2',
    { type: 'OAUTH2', access_token: 'at', refresh_token: 'rt', expires_at: '2030-01-01T00:00:00.000Z', raw: {} },
    { type: 'OAUTH2', accessToken: 'at', refreshToken: 'rt', expiresAt: new Date('2030-01-01T00:00:00.000Z') },
  ],
  ['OAUTH1', { type: 'OAUTH1', oauth_token: 'ot', oauth_token_secret: 'os', raw: {} }, { type: 'OAUTH1', oauthToken: 'ot', oauthTokenSecret: 'os' }],
  ['API_KEY', { type: 'API_KEY', apiKey: 'k' }, { type: 'API_KEY', apiKey: 'k' }],
  ['BASIC', { type: 'BASIC', username: 'u', password: 'p' }, { type: 'BASIC', username: 'u', password: 'p' }],
  [
    'OAUTH2_CC',
    { type: 'OAUTH2_CC', token: 'cc', client_id: 'cid', client_secret: 'cs', expires_at: '2030-01-01T00:00:00.000Z', raw: {} },
    { type: 'OAUTH2_CC', token: 'cc', clientId: 'cid', expiresAt: new Date('2030-01-01T00:00:00.000Z') },
  ],
  ['APP', { type: 'APP', access_token: 'ghs', raw: {} }, { type: 'APP', accessToken: 'ghs' }],
  ['JWT', { type: 'JWT', token: 'jwt' }, { type: 'JWT', token: 'jwt' }],
  ['TBA', { type: 'TBA', token_id: 'ti', token_secret: 'ts' }, { type: 'TBA', tokenId: 'ti', tokenSecret: 'ts' }],
  ['BILL', { type: 'BILL', session_id: 'sess' }, { type: 'BILL', token: 'sess' }],
  ['NONE', { type: 'NONE' }, { type: 'NONE' }],
  ['an unknown mode', { type: 'FUTURE_MODE', value: 'x' }, { type: 'UNKNOWN', credentials: { type: 'FUTURE_MODE', value: 'x' } }],
];

describe('getToken', () => {
  it.each(cases)('narrows %s credentials', async (_mode, given, expected) => {
    credentials = given;
    expect(await nango.getToken({ connectionId: 'c1', providerConfigKey: 'p' })).toEqual(expected);
  });

  it('sends force_refresh when asked', async () => {
    credentials = { type: 'API_KEY', apiKey: 'k' };
    await nango.getToken({ connectionId: 'c 1', providerConfigKey: 'p', forceRefresh: true });
    const request = server.requests.at(-1);
    expect(request?.path).toBe('/connections/c%201');
    expect(request?.query.get('provider_config_key')).toBe('p');
    expect(request?.query.get('force_refresh')).toBe('true');
  });

  it('throws NangoCredentialsUnavailableError when the key may not read credentials', async () => {
    credentials = undefined;
    const error = await nango.getToken({ connectionId: 'c1', providerConfigKey: 'p' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NangoCredentialsUnavailableError);
    expect((error as Error).message).toContain('read_credentials');
  });

  it('lets callers branch on the type', () => {
    const token = toConnectionToken({ type: 'OAUTH2', access_token: 'abc' });
    const header = token.type === 'OAUTH2' ? `Bearer ${token.accessToken}` : '';
    expect(header).toBe('Bearer abc');
    expect(toConnectionToken({ type: 'OAUTH2' })).toEqual({ type: 'UNKNOWN', credentials: { type: 'OAUTH2' } });
  });
});
