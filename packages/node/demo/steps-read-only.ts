import { NangoAPIError, type Nango } from '../src/index.js';
import { check, type Narrator } from './narrator.js';

/** The read-only part of the walkthrough, safe to run against a real Nango environment. */
export async function runReadOnlyDemo(narrator: Narrator, nango: Nango): Promise<void> {
  let firstConnection: { connection_id: string; provider_config_key: string } | undefined;

  await narrator.step('List providers', async (say) => {
    say('nango.providers.list()');
    const { data } = await nango.providers.list();
    return `${data.length} providers available`;
  });

  await narrator.step('List integrations', async (say) => {
    say('nango.integrations.list()');
    const { data } = await nango.integrations.list();
    return `${data.length} integrations: ${data.slice(0, 5).map((i) => i.unique_key).join(', ') || '(none)'}`;
  });

  await narrator.step('List connections (first page)', async (say) => {
    say('nango.connections.list({ limit: 20 })');
    const { connections } = await nango.connections.list({ limit: 20 });
    firstConnection = connections[0];
    return `${connections.length} connections on the first page`;
  });

  await narrator.step('Fetch one connection with GetConnectionsRequest', async (say) => {
    if (!firstConnection) return 'skipped: the environment has no connection';
    say(`nango.connections.get({ connectionId: '${firstConnection.connection_id}', providerConfigKey: '${firstConnection.provider_config_key}' })`);
    const connection = await nango.connections.get({ connectionId: firstConnection.connection_id, providerConfigKey: firstConnection.provider_config_key });
    check(connection.connection_id === firstConnection.connection_id, 'the same connection comes back');
    return `connection "${connection.connection_id}" (${connection.provider}), metadata keys: ${Object.keys(connection.metadata ?? {}).join(', ') || '(none)'}`;
  });

  await narrator.step('Show a typed error', async (say) => {
    say(`nango.providers.get({ provider: 'no-such-provider-${Date.now()}' })`);
    try {
      await nango.providers.get({ provider: `no-such-provider-${Date.now()}` });
    } catch (error) {
      check(error instanceof NangoAPIError, 'the error is a NangoAPIError');
      return `${error.name} (status ${error.status}, code "${error.code}")`;
    }
    throw new Error('the call unexpectedly succeeded');
  });
}
