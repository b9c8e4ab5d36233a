import { describe, expect, it, vi } from 'vitest';
import { openConnectUI } from '../../src/index.js';
import { eventRecorder, waitFor } from './helpers.js';

describe('session token delivery', () => {
  it('posts the token only after ready, and only to the Connect UI origin (never "*")', async () => {
    // A same-origin page plays the Connect UI, so its postMessage can be observed.
    const baseURL = new URL('./fixtures/same-origin-ui/', import.meta.url).href;
    const token = 'nango_connect_session_same_origin';
    const { events, onEvent } = eventRecorder();
    const ui = openConnectUI({ baseURL, apiURL: 'https://api.example.test', onEvent, sessionToken: token });
    const iframe = ui.iframe!;
    await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    const frameWindow = iframe.contentWindow as Window & { Function: FunctionConstructor };
    const post = vi.spyOn(frameWindow, 'postMessage');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(post).not.toHaveBeenCalled();

    // `ready` sent by the iframe's own realm, as the Connect UI does.
    frameWindow.Function("parent.postMessage({ type: 'ready' }, '*')")();
    await waitFor(() => post.mock.calls.length > 0);
    expect(post.mock.calls).toEqual([[{ type: 'session_token', sessionToken: token }, location.origin]]);
    expect(events).toEqual([{ type: 'ready' }]);

    ui.setSessionToken('nango_connect_session_rotated');
    expect(post.mock.calls[1]).toEqual([{ type: 'session_token', sessionToken: 'nango_connect_session_rotated' }, location.origin]);
    ui.close();
  });
});
