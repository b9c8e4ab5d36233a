import { describe, expect, inject, it } from 'vitest';
import { commands } from 'vitest/browser';
import { eventRecorder, waitFor } from './helpers.js';

const nangoUrl = inject('nangoUrl');
const foreignUrl = inject('foreignUrl');

type CdnModule = typeof import('../../src/index.js');
declare global {
  interface Window {
    nangoCdn?: CdnModule;
  }
}

describe('CDN build (dist/cdn.js)', () => {
  it('is a self-contained ES module that a plain <script type="module"> can import by URL', async () => {
    const url = `${foreignUrl}/cdn.js`;
    const response = await fetch(url);
    expect(response.status, await response.clone().text()).toBe(200);
    const source = await response.text();
    expect(source).not.toMatch(/\bfrom\s*["'](?![./]|https?:)/);
    expect(source).not.toMatch(/\bimport\s*\(\s*["'](?![./]|https?:)/);

    const script = document.createElement('script');
    script.type = 'module';
    script.textContent = `import * as nango from ${JSON.stringify(url)}; window.nangoCdn = nango;`;
    document.head.appendChild(script);
    await waitFor(() => window.nangoCdn !== undefined);
    script.remove();

    const { events, onEvent } = eventRecorder();
    const ui = window.nangoCdn!.openConnectUI({ baseURL: `${nangoUrl}/connect-ui/`, apiURL: nangoUrl, onEvent, sessionToken: await commands.createSession(['openai']) });
    await waitFor(() => events.length > 0);
    await commands.clickInConnectUI('button[data-integration="openai"]');
    await waitFor(() => events.some((event) => event.type === 'close'));
    expect(events.map((event) => event.type)).toEqual(['ready', 'connect', 'close']);
    expect(ui.iframe).toBeNull();
    expect(() => new window.nangoCdn!.NangoBrowser({ connectSessionToken: crypto.randomUUID() })).toThrow(/secret key/);
  });
});
