import { AuthError } from '../errors.js';
import { watchDeadline } from '../internal/deadline.js';
import { authQuery } from './query.js';
import { parseOutcome, type FlowOutcome } from './result.js';
import { popupFeatures } from './popup-window.js';
import { openAuthSocket } from './websocket.js';
import type { AuthSuccess } from '../connect-ui/types.js';
import type { FlowContext } from './headless.js';
import type { AuthOptions } from './types.js';

/** Extra settings of the popup flow. */
export interface PopupContext extends FlowContext {
  /** Path of Nango's websocket on the host. Default: `/`. */
  websocketsPath?: string;
  /** How often the popup is checked for being closed, in ms. Default: 500. */
  pollInterval?: number;
}

/**
 * Runs the OAuth popup flow. The popup is opened synchronously, before this function returns, so that
 * popup blockers treat it as part of the user's click. The promise always settles: on the server's result
 * (websocket or postMessage from the API origin), a closed or blocked popup, the timeout or the abort signal.
 */
export function oauthPopup(ctx: PopupContext, integrationId: string, options: AuthOptions): Promise<AuthSuccess> {
  if (options.signal?.aborted) return Promise.reject(new AuthError('aborted', 'The authorization was aborted.'));
  const popup = window.open('', '_blank', popupFeatures(options.popup));
  if (!popup) return Promise.reject(new AuthError('blocked_by_browser', 'The browser blocked the authorization popup.'));
  const apiOrigin = new URL(ctx.host).origin;

  return new Promise<AuthSuccess>((resolve, reject) => {
    let done = false;
    const cleanups: Array<() => void> = [];
    const finish = (outcome: FlowOutcome, closePopup = true): void => {
      if (done) return;
      done = true;
      for (const cleanup of cleanups) cleanup();
      if (closePopup && !popup.closed) popup.close();
      if ('ok' in outcome) resolve(outcome.ok);
      else reject(outcome.error);
    };
    const onOutcome = (data: unknown): void => {
      const outcome = parseOutcome(data, integrationId);
      if (outcome) finish(outcome);
    };

    const onMessage = (event: MessageEvent): void => {
      if (event.origin === apiOrigin && event.source === popup) onOutcome(event.data);
    };
    window.addEventListener('message', onMessage);
    cleanups.push(() => window.removeEventListener('message', onMessage));

    const poll = setInterval(() => {
      if (popup.closed) finish({ error: new AuthError('window_closed', 'The authorization popup was closed before the flow finished.') }, false);
    }, ctx.pollInterval ?? 500);
    cleanups.push(() => clearInterval(poll));
    cleanups.push(watchDeadline(options.timeout, options.signal, (error) => finish({ error })));

    const navigate = (wsClientId: string | undefined): void => {
      if (done) return;
      const query = authQuery(ctx.sessionToken, options, { ws_client_id: wsClientId });
      popup.location.href = `${ctx.host}/oauth/connect/${encodeURIComponent(integrationId)}?${query.toString()}`;
    };
    if (options.websocket === false) navigate(undefined);
    else {
      const wsUrl = ctx.host.replace(/^http/, 'ws') + (ctx.websocketsPath ?? '/');
      cleanups.push(openAuthSocket(wsUrl, navigate, onOutcome));
    }
  });
}
