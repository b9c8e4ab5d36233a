import { NangoAPIError, type Nango } from '../src/index.js';
import { check, masked, type Narrator } from './narrator.js';
import type { Upstream } from './upstream-server.js';
import type { WebhookReceiver } from './webhook-receiver.js';

/** What the full walkthrough needs besides the client: the fake's controls and the local servers. */
export interface DemoWorld {
  readonly nango: Nango;
  readonly upstream: Upstream;
  readonly receiver: WebhookReceiver;
  /** Stores records for a connection as if a sync had fetched them. */
  seedRecords(providerConfigKey: string, connectionId: string, model: string, records: Record<string, unknown>[]): void;
  /** Deploys an action the fake runs when it is triggered. */
  deployAction(providerConfigKey: string, name: string, run: (input: unknown) => unknown): void;
  /** Deploys a sync writing the given models. */
  deploySync(providerConfigKey: string, name: string, models: string[]): void;
  /** Points the environment's webhooks at a URL. */
  deliverWebhooksTo(url: string): void;
}

const INTEGRATION = 'github-demo';
const CONNECTION = 'demo-user-1';
const MODEL = 'GithubIssue';

/** The full walkthrough against the fake Nango. */
export async function runFullDemo(narrator: Narrator, world: DemoWorld): Promise<void> {
  const { nango } = world;
  const target = { connectionId: CONNECTION, providerConfigKey: INTEGRATION };

  await narrator.step('Create an integration', async (say) => {
    say(`nango.integrations.create({ body: { unique_key: '${INTEGRATION}', provider: 'github', credentials: { type: 'OAUTH2', ... } } })`);
    const { data } = await nango.integrations.create({
      body: {
        unique_key: INTEGRATION,
        provider: 'github',
        display_name: 'GitHub (demo)',
        credentials: { type: 'OAUTH2', client_id: 'demo-client-id', client_secret: 'demo-client-secret', scopes: 'repo' },
      },
    });
    check(data.unique_key === INTEGRATION, 'the integration echoes its unique key');
    return `integration "${data.unique_key}" created for provider ${data.provider}`;
  });

  await narrator.step('Import an existing connection (POST /connections)', async (say) => {
    say(`nango.connections.create({ body: { provider_config_key, connection_id: '${CONNECTION}', credentials: { type: 'OAUTH2', access_token, refresh_token }, tags } })`);
    const connection = await nango.connections.create({
      body: {
        provider_config_key: INTEGRATION,
        connection_id: CONNECTION,
        credentials: { type: 'OAUTH2', access_token: 'imported-access-token', refresh_token: 'imported-refresh-token' },
        tags: { end_user_id: 'user-1', plan: 'pro' },
      },
    });
    check(connection.connection_id === CONNECTION, 'the imported connection keeps its id');
    return `connection "${connection.connection_id}" imported (provider ${connection.provider})`;
  });

  await narrator.step('Fetch it with GetConnectionsRequest (forceRefresh, refreshToken)', async (say) => {
    say(`nango.connections.get({ connectionId: '${CONNECTION}', providerConfigKey: '${INTEGRATION}', forceRefresh: true, refreshToken: true })`);
    const connection = await nango.connections.get({ ...target, forceRefresh: true, refreshToken: true });
    const credentials = connection.credentials as { type?: string; access_token?: string } | undefined;
    check(credentials?.type === 'OAUTH2', 'OAuth 2 credentials come back');
    check(credentials.access_token !== 'imported-access-token', 'forceRefresh gave a fresh access token');
    const token = await nango.getToken(target);
    check(token.type === 'OAUTH2', 'getToken narrows to OAUTH2');
    return `refreshed access token ${masked(credentials.access_token)}; getToken() → { type: '${token.type}', accessToken, expiresAt }`;
  });

  await narrator.step('Set and update metadata', async (say) => {
    say(`nango.connections.setMetadata({ body: { connection_id, provider_config_key, metadata: { plan: 'pro', seats: 3 } } })`);
    await nango.connections.setMetadata({ body: { connection_id: CONNECTION, provider_config_key: INTEGRATION, metadata: { plan: 'pro', seats: 3 } } });
    say(`nango.connections.updateMetadata({ body: { ..., metadata: { seats: 5 } } })`);
    await nango.connections.updateMetadata({ body: { connection_id: CONNECTION, provider_config_key: INTEGRATION, metadata: { seats: 5 } } });
    const { metadata } = await nango.connections.get(target);
    check(JSON.stringify(metadata) === JSON.stringify({ plan: 'pro', seats: 5 }), 'updateMetadata merges keys');
    return `metadata is now ${JSON.stringify(metadata)}`;
  });

  await narrator.step('Create a connect session', async (say) => {
    say(`nango.connectSessions.create({ body: { tags: { end_user_id: 'user-2' }, allowed_integrations: ['${INTEGRATION}'] } })`);
    const { data } = await nango.connectSessions.create({ body: { tags: { end_user_id: 'user-2', end_user_email: 'user2@example.com' }, allowed_integrations: [INTEGRATION] } });
    check(typeof data.token === 'string' && data.token.length > 0, 'a session token is returned');
    return `session token ${masked(data.token)}, expires at ${data.expires_at}`;
  });

  await narrator.step('Stream 1,000 records with for await', async (say) => {
    world.seedRecords(INTEGRATION, CONNECTION, MODEL, Array.from({ length: 1000 }, (_, i) => ({ id: `issue-${i + 1}`, title: `Issue #${i + 1}` })));
    say(`for await (const record of nango.records.list({ model: '${MODEL}', connectionId, providerConfigKey, limit: 100 }))`);
    let count = 0;
    const ids = new Set<string>();
    for await (const record of nango.records.list({ ...target, model: MODEL, limit: 100 })) {
      count++;
      ids.add(String((record as { id?: unknown }).id));
    }
    check(count === 1000 && ids.size === 1000, `1000 distinct records (got ${count})`);
    return `received ${count} records across ${Math.ceil(count / 100)} pages, following next_cursor automatically`;
  });

  await narrator.step('Trigger an action synchronously and asynchronously', async (say) => {
    world.deployAction(INTEGRATION, 'create-issue', (input) => ({ number: 1001, title: (input as { title?: string }).title ?? '' }));
    say(`nango.actions.trigger({ connectionId, providerConfigKey, body: { action_name: 'create-issue', input: { title: 'Hello' } } })`);
    const output = (await nango.actions.trigger({ ...target, body: { action_name: 'create-issue', input: { title: 'Hello' } } })) as { number?: number };
    check(output.number === 1001, 'the action output comes back');
    say(`nango.actions.trigger({ ..., async: true, maxRetries: 2 }) then nango.actions.waitForResult(id)`);
    const started = (await nango.actions.trigger({ ...target, async: true, maxRetries: 2, body: { action_name: 'create-issue', input: { title: 'Later' } } })) as {
      id: string;
      statusUrl: string;
    };
    const result = await nango.actions.waitForResult<{ title?: string }>(started.id, { timeout: 10_000 });
    check(result.title === 'Later', 'the async result carries the output');
    return `sync output #${output.number}; async run ${started.id} finished with "${result.title}"`;
  });

  await narrator.step('Proxy a request to a fake upstream API', async (say) => {
    say(`nango.proxy.get('/repos/demo/issues', { connectionId, providerConfigKey, baseUrlOverride: '${world.upstream.url}' })`);
    const response = await nango.proxy.get<{ number: number; title: string }[]>('/repos/demo/issues', { ...target, baseUrlOverride: world.upstream.url });
    const authorization = world.upstream.seen.at(-1)?.authorization ?? '';
    check(response.status === 200 && response.data.length === 2, 'the upstream body comes back unchanged');
    check(authorization.startsWith('Bearer '), 'Nango signed the upstream call with the connection token');
    return `upstream answered ${response.status} with ${response.data.length} issues; it saw Authorization: Bearer ${masked(authorization.slice(7))}`;
  });

  await narrator.step('Receive and verify a signed webhook', async (say) => {
    say(`nango.syncs.trigger(...) makes Nango POST a sync webhook to ${world.receiver.url}; the receiver calls nango.webhooks.verify(req)`);
    world.deploySync(INTEGRATION, 'issues', [MODEL]);
    world.deliverWebhooksTo(world.receiver.url);
    const next = world.receiver.next();
    await nango.syncs.trigger({ body: { provider_config_key: INTEGRATION, connection_id: CONNECTION, syncs: ['issues'] } });
    const event = await withTimeout(next, 5000, 'no webhook arrived within 5 s');
    check(event.type === 'sync', 'a sync event arrived');
    return `verified X-Nango-Hmac-Sha256; typed event { type: '${event.type}', model: '${event.model}' }`;
  });

  await narrator.step('Show a typed error', async (say) => {
    say(`nango.connections.get({ connectionId: 'does-not-exist', providerConfigKey: '${INTEGRATION}' })`);
    try {
      await nango.connections.get({ connectionId: 'does-not-exist', providerConfigKey: INTEGRATION });
    } catch (error) {
      check(error instanceof NangoAPIError, 'the error is a NangoAPIError');
      return `${error.name} (status ${error.status}, code "${error.code}"): ${error.message}`;
    }
    throw new Error('the call unexpectedly succeeded');
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
    }),
  ]);
}
