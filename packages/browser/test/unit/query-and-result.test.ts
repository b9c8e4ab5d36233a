import { describe, expect, it } from 'vitest';
import { authQuery } from '../../src/auth/query.js';
import { parseOutcome, toAuthSuccess } from '../../src/auth/result.js';
import { AuthError } from '../../src/index.js';

describe('authQuery', () => {
  it('URL-encodes every value and leaves undefined out', () => {
    const query = authQuery(
      'nango_connect_session_a+b',
      {
        connectionId: 'a b&c=d/é',
        params: { subdomain: 'x y', port: 8080, secure: true, gone: undefined },
        authorizationParams: { prompt: 'consent', audience: undefined },
        userScope: ['a:b', 'c'],
        credentials: { oauth_client_id_override: 'id&1', oauth_client_secret_override: undefined },
      },
      { ws_client_id: undefined },
    );
    expect(query.toString()).toBe(
      'connect_session_token=nango_connect_session_a%2Bb&connection_id=a+b%26c%3Dd%2F%C3%A9&params%5Bsubdomain%5D=x+y&params%5Bport%5D=8080' +
        '&params%5Bsecure%5D=true&authorization_params%5Bprompt%5D=consent&user_scope=a%3Ab%2Cc&credentials%5Boauth_client_id_override%5D=id%261',
    );
    expect(query.toString()).not.toContain('undefined');
  });

  it('sends only the token when nothing else is set', () => {
    expect(authQuery('nango_connect_session_t', {}).toString()).toBe('connect_session_token=nango_connect_session_t');
  });
});

describe('parseOutcome', () => {
  it('reads success messages, as objects or JSON text', () => {
    expect(parseOutcome({ message_type: 'success', provider_config_key: 'github', connection_id: 'c1', is_pending: true }, 'x')).toEqual({
      ok: { providerConfigKey: 'github', connectionId: 'c1', isPending: true },
    });
    expect(parseOutcome(JSON.stringify({ message_type: 'success', connection_id: 'c2' }), 'slack')).toEqual({
      ok: { providerConfigKey: 'slack', connectionId: 'c2' },
    });
  });

  it('turns error messages into AuthError with the server type', () => {
    const outcome = parseOutcome({ message_type: 'error', error_type: 'token_exchange_failed', error_desc: 'Bad code' }, 'x');
    expect(outcome && 'error' in outcome && outcome.error).toBeInstanceOf(AuthError);
    expect(outcome && 'error' in outcome && [outcome.error.type, outcome.error.message]).toEqual(['token_exchange_failed', 'Bad code']);
    const bare = parseOutcome({ message_type: 'error' }, 'x');
    expect(bare && 'error' in bare && bare.error.type).toBe('unknown_error');
  });

  it("reads the callback page's messages to window.opener", () => {
    const data = { providerConfigKey: 'github', connectionId: 'c3', isPending: false };
    expect(parseOutcome({ eventType: 'AUTHORIZATION_SUCEEDED', data }, 'x')).toEqual({ ok: data });
    const failed = parseOutcome({ eventType: 'AUTHORIZATION_FAILED', data: { error_type: 'access_denied', error_desc: 'Denied' } }, 'x');
    expect(failed && 'error' in failed && [failed.error.type, failed.error.message]).toEqual(['access_denied', 'Denied']);
  });

  it('ignores anything else', () => {
    for (const data of [null, 'text', '{"a":1}', { type: 'connect' }, { message_type: 'connection_ack' }, { eventType: 'OTHER' }, 42]) expect(parseOutcome(data, 'x')).toBeUndefined();
  });

  it('reads camelCase success bodies of headless flows', () => {
    expect(toAuthSuccess({ providerConfigKey: 'k', connectionId: 'c', isPending: false }, 'fallback')).toEqual({ providerConfigKey: 'k', connectionId: 'c', isPending: false });
    expect(toAuthSuccess({}, 'fallback', 'given')).toEqual({ providerConfigKey: 'fallback', connectionId: 'given' });
  });
});
