import type { FakeState } from '../fake/state.js';
import { connectUiPage } from './connect-ui-page.js';
import { headlessAuth } from './headless.js';
import type { HeadlessKind } from './headless-credentials.js';
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
  return (
    path.startsWith('/connect-ui') ||
    path.startsWith('/oauth/') ||
    path.startsWith('/oauth2/') ||
    path.startsWith('/api-auth/') ||
    path.startsWith('/auth/') ||
    path.startsWith('/webhook/')
  );
}

const HEADLESS_ROUTES: ReadonlyArray<[RegExp, (match: RegExpExecArray) => HeadlessKind]> = [
  [/^\/api-auth\/(api-key|basic)\/([^/]+)$/, (match) => match[1] as HeadlessKind],
  [/^\/auth\/(two-step|signature|aws-sigv4|bill|jwt|tba|unauthenticated)\/([^/]+)$/, (match) => match[1] as HeadlessKind],
  [/^\/oauth2\/(auth)\/([^/]+)$/, () => 'oauth2-cc'],
];

/** The headless route kind and integration key of a path, if it is one. */
function headlessRoute(path: string): { kind: HeadlessKind; key: string | undefined } | undefined {
  for (const [pattern, kindOf] of HEADLESS_ROUTES) {
    const match = pattern.exec(path);
    if (match) return { kind: kindOf(match), key: segment(match[2]!) };
  }
  return undefined;
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
  const headless = method === 'POST' ? headlessRoute(path) : undefined;
  if (headless) return headless.key === undefined ? undefined : headlessAuth(state, incoming.request(), url, headless.kind, headless.key);
  const ingress = /^\/webhook\/([^/]+)\/([^/]+)$/.exec(path);
  if (method === 'POST' && ingress) {
    const key = segment(ingress[2]!);
    return key === undefined ? undefined : webhookIngress(state, incoming.request(), ingress[1]!, key);
  }
  return undefined;
}
