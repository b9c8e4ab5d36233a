import { describe, expect, it } from 'vitest';
import { InvalidSessionTokenError, assertSessionToken } from '../../src/index.js';

const refusal = (value: unknown): InvalidSessionTokenError => {
  try {
    assertSessionToken(value);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidSessionTokenError);
    return error as InvalidSessionTokenError;
  }
  throw new Error('the value was accepted');
};

describe('assertSessionToken', () => {
  it('accepts connect-session tokens', () => {
    expect(assertSessionToken('nango_connect_session_0123abcd')).toBe('nango_connect_session_0123abcd');
    expect(assertSessionToken('  nango_connect_session_x  ')).toBe('nango_connect_session_x');
  });

  it.each([
    ['a UUID environment secret key', '5f1c7a3e-9b2d-4c8e-a1f0-3d6b9e2c4a71'],
    ['a UUID without dashes', '5f1c7a3e9b2d4c8ea1f03d6b9e2c4a71'],
    ['an sk_ key', 'sk_live_51abcdef'],
    ['an sk- key', 'sk-test-abc'],
    ['a nango_sk_ key', 'nango_sk_abc'],
    ['an api_key_ value', 'api_key_123'],
  ])('refuses %s as a secret key, without echoing it', (_label, value) => {
    const error = refusal(value);
    expect(error.reason).toBe('secret_key');
    expect(error.message).toMatch(/secret key or API key/);
    expect(error.message + JSON.stringify(error)).not.toContain(value);
  });

  it('refuses other strings as malformed and empty values as missing', () => {
    expect(refusal('hello').reason).toBe('malformed');
    expect(refusal('nango_connect_session_').reason).toBe('malformed');
    expect(refusal('').reason).toBe('missing');
    expect(refusal(undefined).reason).toBe('missing');
    expect(refusal(42).reason).toBe('missing');
  });
});
