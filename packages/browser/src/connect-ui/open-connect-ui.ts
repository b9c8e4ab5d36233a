import { assertSessionToken } from '../session-token.js';
import { DEFAULT_HOST } from '../internal/url.js';
import { isConnectUIEvent } from './events.js';
import type { ConnectUIHandle, ConnectUIOptions } from './types.js';

/** Default origin of the hosted Connect UI. */
export const DEFAULT_CONNECT_UI_URL = 'https://connect.nango.dev';

const OVERLAY_STYLE = 'position:fixed;inset:0;width:100%;height:100%;border:0;z-index:9999;background:transparent;color-scheme:normal';

/**
 * Mounts the Nango Connect UI as a full-screen iframe overlay and speaks its postMessage protocol.
 * The session token is posted only to the Connect UI origin, after it reports `ready`; messages from any other
 * origin or window are ignored.
 *
 * @example
 * ```ts
 * import { openConnectUI } from '@nango-sdk/browser';
 *
 * const ui = openConnectUI({
 *   onEvent: (event) => {
 *     if (event.type === 'connect') console.log('connected', event.payload.connectionId);
 *   },
 * });
 * ui.setSessionToken('nango_connect_session_…');
 * ```
 */
export function openConnectUI(options: ConnectUIOptions = {}): ConnectUIHandle {
  const base = new URL(options.baseURL ?? DEFAULT_CONNECT_UI_URL);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const origin = base.origin;
  const src = new URL(base.href);
  src.searchParams.set('apiURL', (options.apiURL ?? DEFAULT_HOST).replace(/\/+$/, ''));
  if (options.detectClosedAuthWindow !== undefined) src.searchParams.set('detectClosedAuthWindow', String(options.detectClosedAuthWindow));
  if (options.lang) src.searchParams.set('lang', options.lang);
  if (options.theme) src.searchParams.set('theme', options.theme);

  let token = options.sessionToken === undefined ? undefined : assertSessionToken(options.sessionToken);
  let ready = false;
  let iframe: HTMLIFrameElement | null = document.createElement('iframe');
  iframe.src = src.href;
  iframe.title = 'Nango Connect';
  iframe.allow = 'clipboard-write';
  iframe.style.cssText = OVERLAY_STYLE;
  const body = document.body;
  const previousOverflow = body.style.overflow;

  const sendToken = (): void => {
    if (ready && token && iframe?.contentWindow) iframe.contentWindow.postMessage({ type: 'session_token', sessionToken: token }, origin);
  };

  const onMessage = (event: MessageEvent): void => {
    if (!iframe || event.origin !== origin || event.source !== iframe.contentWindow || !isConnectUIEvent(event.data)) return;
    const data = event.data;
    if (data.type === 'ready') {
      ready = true;
      sendToken();
    }
    options.onEvent?.(data);
    if (data.type === 'close') handle.close();
  };

  const handle: ConnectUIHandle = {
    get iframe() {
      return iframe;
    },
    setSessionToken(value) {
      token = assertSessionToken(value);
      sendToken();
    },
    close() {
      if (!iframe) return;
      window.removeEventListener('message', onMessage);
      iframe.remove();
      iframe = null;
      body.style.overflow = previousOverflow;
    },
  };

  window.addEventListener('message', onMessage);
  body.appendChild(iframe);
  body.style.overflow = 'hidden';
  return handle;
}
