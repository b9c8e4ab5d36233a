import { describe, expectTypeOf, it } from 'vitest';
import type { ConnectionToken, Nango, NangoWebhookEvent, RecordChange } from '../src/index.js';
import type { Nango as CompatNango } from '../src/compat.js';

declare const nango: Nango;
declare const legacy: CompatNango;

describe('public types', () => {
  it('getToken returns a union narrowed by type', () => {
    expectTypeOf(nango.getToken).returns.resolves.toEqualTypeOf<ConnectionToken>();
    const token = {} as ConnectionToken;
    if (token.type === 'OAUTH2') expectTypeOf(token.accessToken).toBeString();
    if (token.type === 'OAUTH1') expectTypeOf(token.oauthTokenSecret).toBeString();
    if (token.type === 'UNKNOWN') expectTypeOf(token.credentials).toEqualTypeOf<Readonly<Record<string, unknown>>>();
  });

  it('records.sync yields typed changes', () => {
    const changes = nango.records.sync<{ title: string }>({ connectionId: 'c', providerConfigKey: 'p', model: 'M', checkpoint: {} as never });
    expectTypeOf(changes).toEqualTypeOf<AsyncGenerator<RecordChange<{ title: string }>, void, undefined>>();
  });

  it('webhooks.verify resolves to the event union', () => {
    expectTypeOf(nango.webhooks.verify).returns.resolves.toEqualTypeOf<NangoWebhookEvent>();
  });

  it('the Node helpers sit on the core namespaces', () => {
    expectTypeOf(nango.connections.waitFor).toBeFunction();
    expectTypeOf(nango.connections.get).toBeFunction();
    expectTypeOf(nango.proxy.download).toBeFunction();
    expectTypeOf(nango.proxy.get).toBeFunction();
  });

  it('the compat class keeps the official signatures', () => {
    expectTypeOf(legacy.getConnection).parameters.toEqualTypeOf<[string, string, boolean?, boolean?, boolean?]>();
    expectTypeOf(legacy.listIntegrations).returns.resolves.toHaveProperty('configs');
    // @ts-expect-error the official method needs the connection id
    void legacy.deleteConnection('github');
  });
});
