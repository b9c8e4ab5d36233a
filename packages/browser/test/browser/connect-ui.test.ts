import { afterEach, describe, expect, inject, it } from 'vitest';
import { commands } from 'vitest/browser';
import { InvalidSessionTokenError, NangoBrowser, openConnectUI, type ConnectUIEvent, type ConnectUIHandle } from '../../src/index.js';
import { eventRecorder, mountForeignFrame, waitFor } from './helpers.js';

const nangoUrl = inject('nangoUrl');
const foreignUrl = inject('foreignUrl');
const handles: ConnectUIHandle[] = [];

afterEach(async () => {
  for (const handle of handles.splice(0)) handle.close();
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  await commands.closePopups();
});

const types = (events: ConnectUIEvent[]): string[] => events.map((event) => event.type);
const connected = (events: ConnectUIEvent[]) => events.find((event): event is Extract<ConnectUIEvent, { type: 'connect' }> => event.type === 'connect');

describe('openConnectUI in Chromium against the fake Nango', () => {
  it('runs the whole flow: ready → token → the user connects → connect → close; the backend then reads the connection', async () => {
    const token = await commands.createSession(['openai']);
    const nango = new NangoBrowser({ host: nangoUrl, connectUIBaseUrl: `${nangoUrl}/connect-ui`, connectSessionToken: token });
    const { events, onEvent } = eventRecorder();
    document.body.style.overflow = 'scroll';
    const ui = nango.openConnectUI({ onEvent, lang: 'fr', theme: 'dark' });
    handles.push(ui);

    const iframe = ui.iframe;
    expect(iframe).not.toBeNull();
    const src = new URL(iframe!.src);
    expect(src.origin + src.pathname).toBe(`${nangoUrl}/connect-ui/`);
    expect(Object.fromEntries(src.searchParams)).toEqual({ apiURL: nangoUrl, lang: 'fr', theme: 'dark' });
    expect(iframe!.allow).toBe('clipboard-write');
    const style = getComputedStyle(iframe!);
    expect([style.position, style.zIndex, style.width]).toEqual(['fixed', '9999', `${window.innerWidth}px`]);
    expect(document.body.style.overflow).toBe('hidden');

    await waitFor(() => events.length > 0);
    await commands.clickInConnectUI('button[data-integration="openai"]');
    await waitFor(() => types(events).includes('close'));
    expect(types(events)).toEqual(['ready', 'connect', 'close']);
    const payload = connected(events)!.payload;
    expect(payload.providerConfigKey).toBe('openai');

    // `close` from the Connect UI unmounts everything that was added.
    expect(ui.iframe).toBeNull();
    expect(document.querySelectorAll('iframe')).toHaveLength(0);
    expect(document.body.style.overflow).toBe('scroll');

    expect(await commands.findConnection('openai', payload.connectionId)).toEqual({ providerConfigKey: 'openai', connectionId: payload.connectionId });
  });

  it('runs an OAuth connection started inside the Connect UI, through its popup', async () => {
    const { events, onEvent } = eventRecorder();
    const ui = openConnectUI({ baseURL: `${nangoUrl}/connect-ui/`, apiURL: nangoUrl, onEvent, sessionToken: await commands.createSession(['github']) });
    handles.push(ui);
    await waitFor(() => events.length > 0);
    await commands.clickInConnectUI('button[data-integration="github"]');
    await commands.clickInPopup('#allow');
    await waitFor(() => types(events).includes('close'));
    expect(types(events)).toEqual(['ready', 'connect', 'close']);
    const payload = connected(events)!.payload;
    expect(await commands.findConnection('github', payload.connectionId)).toEqual({ providerConfigKey: 'github', connectionId: payload.connectionId });
  });

  it('delivers a token set after mounting, once the Connect UI is ready', async () => {
    const { events, onEvent } = eventRecorder();
    const ui = openConnectUI({ baseURL: `${nangoUrl}/connect-ui/`, apiURL: nangoUrl, onEvent });
    handles.push(ui);
    await waitFor(() => types(events).includes('ready'));
    ui.setSessionToken(await commands.createSession(['jira-basic']));
    await commands.clickInConnectUI('button[data-integration="jira-basic"]');
    await waitFor(() => types(events).includes('close'));
    expect(types(events)).toEqual(['ready', 'connect', 'close']);
    expect(connected(events)!.payload.providerConfigKey).toBe('jira-basic');
  });

  it('passes the Connect UI error event through when the session is refused', async () => {
    const { events, onEvent } = eventRecorder();
    const ui = openConnectUI({ baseURL: `${nangoUrl}/connect-ui/`, apiURL: nangoUrl, onEvent, sessionToken: 'nango_connect_session_unknown' });
    handles.push(ui);
    await waitFor(() => types(events).includes('error'));
    expect(types(events)).toEqual(['ready', 'error']);
    expect(events[1]).toMatchObject({ type: 'error', payload: { errorType: 'missing_connect_session_token' } });
    expect(ui.iframe).not.toBeNull();
    ui.close();
    ui.close();
    expect(document.querySelectorAll('iframe')).toHaveLength(0);
  });

  it('ignores messages from another origin and never sends the token there', async () => {
    const { events, onEvent } = eventRecorder();
    const ui = openConnectUI({ baseURL: `${nangoUrl}/connect-ui/`, apiURL: nangoUrl, onEvent, sessionToken: await commands.createSession(['openai']) });
    handles.push(ui);
    const foreign = await mountForeignFrame(foreignUrl);
    await waitFor(() => events.length > 0);
    // The foreign page sent ready, connect and close: none of them reached onEvent or closed the overlay.
    expect(types(events)).toEqual(['ready']);
    expect(ui.iframe).not.toBeNull();
    await commands.clickInConnectUI('button[data-integration="openai"]');
    await waitFor(() => types(events).includes('close'));
    expect(types(events)).toEqual(['ready', 'connect', 'close']);
    expect(connected(events)!.payload.connectionId).not.toBe('evil');
    // The foreign page echoes whatever it receives: the token never reached it.
    expect(foreign.received.filter((data) => (data as { type?: string }).type === 'leak')).toEqual([]);
  });

  it('refuses a secret key instead of a session token', () => {
    expect(() => openConnectUI({ baseURL: `${nangoUrl}/connect-ui/`, sessionToken: crypto.randomUUID() })).toThrow(InvalidSessionTokenError);
    expect(document.querySelectorAll('iframe')).toHaveLength(0);
    const ui = openConnectUI({ baseURL: `${nangoUrl}/connect-ui/` });
    handles.push(ui);
    expect(() => ui.setSessionToken('sk_live_abc')).toThrow(/looks like a Nango secret key/);
  });
});
