/**
 * Browser commands: code the browser tests run in Node. The secret key stays here (it never reaches the page):
 * sessions are created and connections read back with `@nango-sdk/node`, as a backend would. The OAuth popup and
 * the Connect UI iframe are driven through Playwright.
 */
import { Nango, NangoBadRequestError, NangoNotFoundError } from '@nango-sdk/node';
import type { BrowserCommand, BrowserCommandContext } from 'vitest/node';
import type {} from '@vitest/browser-playwright';
import { sharedServers, type Preflight } from './shared.js';

function backend(): Nango {
  const { fake, apiUrl } = sharedServers();
  return new Nango({ secretKey: fake.secretKey, host: apiUrl, maxRetries: 0 });
}

/** Creates a connect session with the secret key and returns its token. */
const createSession: BrowserCommand<[allowedIntegrations?: string[]]> = async (_ctx, allowedIntegrations) => {
  const body = allowedIntegrations ? { allowed_integrations: allowedIntegrations } : {};
  const session = await backend().connectSessions.create({ body });
  return session.data.token;
};

/** Reads a connection back with the secret key; null when it does not exist. */
const findConnection: BrowserCommand<[providerConfigKey: string, connectionId: string]> = async (_ctx, providerConfigKey, connectionId) => {
  try {
    const connection = await backend().connections.get({ providerConfigKey, connectionId });
    return { providerConfigKey: connection.provider_config_key, connectionId: connection.connection_id };
  } catch (error) {
    if (error instanceof NangoNotFoundError || error instanceof NangoBadRequestError) return null;
    throw error;
  }
};

/** Makes the next OAuth consent fail with this server error. */
const failNextOAuth: BrowserCommand<[errorType: string, errorDesc: string]> = async (_ctx, errorType, errorDesc) => {
  sharedServers().fake.oauth.failNext({ error_type: errorType, error_desc: errorDesc });
  return null;
};

/** The CORS preflights the fake has answered so far (its request log keeps them). */
const preflights: BrowserCommand<[]> = async () =>
  sharedServers()
    .fake.requests.filter((request) => request.method === 'OPTIONS')
    .map((request): Preflight => {
      const requested = request.headers['access-control-request-headers'] ?? '';
      return { path: request.path, requestedHeaders: requested ? requested.split(',').map((name) => name.trim().toLowerCase()) : [] };
    });

function oauthPopups(ctx: BrowserCommandContext) {
  return ctx.context.pages().filter((page) => !page.isClosed() && page.url().includes('/oauth/connect/'));
}

async function findPopup(ctx: BrowserCommandContext, timeout = 5_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    // The newest open one: a popup an earlier flow left behind may still be closing.
    const popup = oauthPopups(ctx).at(-1);
    if (popup) return popup;
    if (Date.now() > deadline) throw new Error('No OAuth popup is open');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Clicks an element of the consent page in the OAuth popup; returns the popup's URL at that time. */
const clickInPopup: BrowserCommand<[selector: string]> = async (ctx, selector) => {
  const popup = await findPopup(ctx);
  const url = popup.url();
  await popup.click(selector);
  return url;
};

/** Closes the OAuth popup as a user would; returns its URL. */
const closePopup: BrowserCommand<[]> = async (ctx) => {
  const popup = await findPopup(ctx);
  const url = popup.url();
  await popup.close();
  return url;
};

/** Closes every OAuth popup still open, so that the next test finds only its own; returns how many there were. */
const closePopups: BrowserCommand<[]> = async (ctx) => {
  const open = oauthPopups(ctx);
  await Promise.all(open.map((page) => page.close()));
  return open.length;
};

/** The current URL of the OAuth popup. */
const popupUrl: BrowserCommand<[]> = async (ctx) => (await findPopup(ctx)).url();

/** Clicks an element inside the Connect UI iframe, as the user would. */
const clickInConnectUI: BrowserCommand<[selector: string]> = async (ctx, selector) => {
  const target = ctx.iframe.frameLocator('iframe[title="Nango Connect"]').locator(selector);
  await target.waitFor({ state: 'attached', timeout: 5_000 });
  // A DOM click: the test frame is scaled by the vitest runner, so mouse coordinates would not land on the element.
  await target.dispatchEvent('click');
  return null;
};

export const commands = { createSession, findConnection, failNextOAuth, preflights, clickInPopup, closePopup, closePopups, popupUrl, clickInConnectUI };
