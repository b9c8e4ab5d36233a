import type { FakeState } from '../fake/state.js';
import { connectUiPage } from './connect-ui-page.js';
import { headlessAuth } from './headless.js';
import { oauthCallback, oauthConnect } from './oauth.js';
import { webhookIngress } from './webhook-ingress.js';
import type { Incoming } from '../server/incoming.js';
import type { Reply } from '../server/reply.js';

function segment(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** Whether a path can belong to a browser auth flow or webhook ingress (cheap pre-check for {@link handleFlow}). */
export function mayBeFlow(path: string): boolean {
  return path.startsWith('/connect-ui') || path.startsWith('/oauth/') || path.startsWith('/api-auth/') || path.startsWith('/webhook/');
}

/** Browser auth-flow routes (not in the public spec, so not validated against it). */
export async function handleFlow(state: FakeState, incoming: Incoming): Promise<Reply | undefined> {
  const { method, url } = incoming;
  const path = url.pathname;
  if (method === 'GET' && (path === '/connect-ui' || path === '/connect-ui/')) return connectUiPage();
  if (method === 'GET' && path === '/oauth/callback') return oauthCallback(state, url);
  const oauth = /^\/oauth\/connect\/([^/]+)$/.exec(path);
  if (method === 'GET' && oauth) {
    const key = segment(oauth[1]!);
    return key === undefined ? undefined : oauthConnect(state, url, key);
  }
  const headless = /^\/api-auth\/(api-key|basic)\/([^/]+)$/.exec(path);
  if (method === 'POST' && headless) {
    const key = segment(headless[2]!);
    return key === undefined ? undefined : headlessAuth(state, incoming.request(), url, headless[1] as 'api-key' | 'basic', key);
  }
  const ingress = /^\/webhook\/([^/]+)\/([^/]+)$/.exec(path);
  if (method === 'POST' && ingress) {
    const key = segment(ingress[2]!);
    return key === undefined ? undefined : webhookIngress(state, incoming.request(), ingress[1]!, key);
  }
  return undefined;
}
