import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import { AuthError, NangoBrowser, auth } from '../../src/index.js';
import { mountForeignFrame } from './helpers.js';

const nangoUrl = inject('nangoUrl');
const foreignUrl = inject('foreignUrl');

afterEach(async () => {
  vi.restoreAllMocks();
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  await commands.closePopups();
});

async function client(): Promise<NangoBrowser> {
  return new NangoBrowser({ host: nangoUrl, connectSessionToken: await commands.createSession() });
}

const rejection = async (promise: Promise<unknown>): Promise<AuthError> => {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AuthError);
  return error as AuthError;
};

describe('OAuth popup flow in Chromium', () => {
  it('opens the popup, completes consent and resolves; the connection exists on the server', async () => {
    const nango = await client();
    const open = vi.spyOn(window, 'open');
    const flow = nango.auth('github', {
      connectionId: 'user 1/ä&x=y',
      params: { subdomain: 'acme corp', skipped: undefined },
      authorizationParams: { prompt: 'consent', absent: undefined },
      userScope: ['chat:write', 'users:read'],
      popup: { width: 420, height: 500 },
    });
    // The popup was opened synchronously, before any await.
    expect(open).toHaveBeenCalledTimes(1);
    expect(open.mock.calls[0]?.[0]).toBe('');
    expect(open.mock.calls[0]?.[2]).toMatch(/width=420,height=500/);

    const popupUrl = new URL(await commands.clickInPopup('#allow'));
    await expect(flow).resolves.toEqual({ providerConfigKey: 'github', connectionId: 'user 1/ä&x=y', isPending: false });

    expect(popupUrl.pathname).toBe('/oauth/connect/github');
    expect(popupUrl.search).toContain('connection_id=user+1%2F%C3%A4%26x%3Dy');
    expect(Object.fromEntries(popupUrl.searchParams)).toEqual({
      connect_session_token: expect.stringMatching(/^nango_connect_session_/),
      connection_id: 'user 1/ä&x=y',
      'params[subdomain]': 'acme corp',
      'authorization_params[prompt]': 'consent',
      user_scope: 'chat:write,users:read',
    });
    expect(popupUrl.search).not.toContain('undefined');

    expect(await commands.findConnection('github', 'user 1/ä&x=y')).toEqual({ providerConfigKey: 'github', connectionId: 'user 1/ä&x=y' });
  });

  it('rejects with window_closed when the user closes the popup', async () => {
    const nango = await client();
    const closed = rejection(nango.auth('github', { connectionId: 'closed-1' }));
    await commands.closePopup();
    const error = await closed;
    expect(error.type).toBe('window_closed');
    expect(await commands.findConnection('github', 'closed-1')).toBeNull();
  });

  it('rejects with blocked_by_browser when window.open returns null', async () => {
    const nango = await client();
    vi.spyOn(window, 'open').mockReturnValue(null);
    const error = await rejection(nango.auth('github'));
    expect(error.type).toBe('blocked_by_browser');
  });

  it('rejects with timeout and closes the popup', async () => {
    const nango = await client();
    const open = vi.spyOn(window, 'open');
    const error = await rejection(nango.auth('github', { timeout: 1_500 }));
    expect(error.type).toBe('timeout');
    const popup = open.mock.results[0]?.value as Window;
    expect(popup.closed).toBe(true);
  });

  it('rejects with aborted when the signal aborts', async () => {
    const nango = await client();
    const controller = new AbortController();
    const flow = nango.auth('github', { signal: controller.signal });
    controller.abort();
    expect((await rejection(flow)).type).toBe('aborted');
  });

  it('rejects with the server error code when the server reports a failure', async () => {
    const nango = await client();
    await commands.failNextOAuth('connection_test_failed', 'The provider refused the credentials');
    const failed = rejection(nango.auth('github', { connectionId: 'failing-1' }));
    await commands.clickInPopup('#allow');
    const error = await failed;
    expect([error.type, error.message]).toEqual(['connection_test_failed', 'The provider refused the credentials']);
    expect(await commands.findConnection('github', 'failing-1')).toBeNull();
  });

  it('rejects when the user denies access on the consent page', async () => {
    const nango = await client();
    const denied = rejection(nango.auth('github'));
    await commands.clickInPopup('#deny');
    expect((await denied).type).toBe('access_denied');
  });

  it('ignores completion messages from another origin', async () => {
    const nango = await client();
    const flow = nango.auth('github', { connectionId: 'real-1' });
    const settled = vi.fn();
    flow.then(settled, settled);
    // A page of another origin posts Nango's success message to this window: it must not end the flow.
    await mountForeignFrame(foreignUrl);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(settled).not.toHaveBeenCalled();
    await commands.clickInPopup('#allow');
    await expect(flow).resolves.toEqual({ providerConfigKey: 'github', connectionId: 'real-1', isPending: false });
  });

  it('works with the standalone auth() too', async () => {
    const sessionToken = await commands.createSession();
    const flow = auth('github', { sessionToken, host: nangoUrl, connectionId: 'standalone-1' });
    await commands.clickInPopup('#allow');
    await expect(flow).resolves.toEqual({ providerConfigKey: 'github', connectionId: 'standalone-1', isPending: false });
  });
});
