import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import { AuthError, NangoBrowser } from '../../src/index.js';
import { waitFor } from './helpers.js';

const nangoUrl = inject('nangoUrl');

/** Stands in for the browser WebSocket so the test plays Nango's websocket protocol. */
class ScriptedSocket {
  static last: ScriptedSocket | undefined;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  onclose: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    ScriptedSocket.last = this;
    setTimeout(() => this.emit({ message_type: 'connection_ack', ws_client_id: 'ws client/1' }), 10);
  }
  emit(message: unknown): void {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  close(): void {
    this.closed = true;
  }
}

afterEach(async () => {
  vi.unstubAllGlobals();
  ScriptedSocket.last = undefined;
  await commands.closePopups();
});

describe('OAuth completion over the websocket', () => {
  it('sends ws_client_id to the popup and resolves on the success message', async () => {
    vi.stubGlobal('WebSocket', ScriptedSocket);
    const nango = new NangoBrowser({ host: nangoUrl, connectSessionToken: await commands.createSession(), websocketsPath: '/ws' });
    const flow = nango.auth('github', { connectionId: 'ws-conn' });
    const popupUrl = new URL(await commands.popupUrl());
    expect(ScriptedSocket.last?.url).toBe(`${nangoUrl.replace('http', 'ws')}/ws`);
    expect(popupUrl.searchParams.get('ws_client_id')).toBe('ws client/1');
    ScriptedSocket.last?.emit({ message_type: 'success', provider_config_key: 'github', connection_id: 'ws-conn', is_pending: false });
    await expect(flow).resolves.toEqual({ providerConfigKey: 'github', connectionId: 'ws-conn', isPending: false });
    expect(ScriptedSocket.last?.closed).toBe(true);
  });

  it('rejects with the error type of an error message', async () => {
    vi.stubGlobal('WebSocket', ScriptedSocket);
    const nango = new NangoBrowser({ host: nangoUrl, connectSessionToken: await commands.createSession() });
    const flow = nango.auth('github').catch((error: unknown) => error);
    await waitFor(() => ScriptedSocket.last !== undefined);
    await commands.popupUrl();
    ScriptedSocket.last?.emit({ message_type: 'error', error_type: 'missing_credentials', error_desc: 'No client id' });
    const error = await flow;
    expect(error).toBeInstanceOf(AuthError);
    expect([(error as AuthError).type, (error as AuthError).message]).toEqual(['missing_credentials', 'No client id']);
  });

  it('falls back to postMessage when the server has no websocket', async () => {
    // The stand-in refuses the upgrade: the popup still opens, without ws_client_id, and completes.
    const nango = new NangoBrowser({ host: nangoUrl, connectSessionToken: await commands.createSession() });
    const flow = nango.auth('github', { connectionId: 'no-ws' });
    const popupUrl = new URL(await commands.clickInPopup('#allow'));
    expect(popupUrl.searchParams.has('ws_client_id')).toBe(false);
    await expect(flow).resolves.toEqual({ providerConfigKey: 'github', connectionId: 'no-ws', isPending: false });
  });
});
