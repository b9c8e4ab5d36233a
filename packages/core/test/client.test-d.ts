import { describe, expectTypeOf, it } from 'vitest';
import type { APIPromise, GetConnectionsResponse, ListRecordsResponse, PagePromise, TriggerActionsResponse } from '../src/generated/index.js';
import type { Nango } from '../src/index.js';

declare const nango: Nango;

describe('Nango types', () => {
  it('exposes the generated namespaces with their request and response types', () => {
    expectTypeOf(nango.connections.get({ connectionId: 'c', providerConfigKey: 'k' })).toEqualTypeOf<APIPromise<GetConnectionsResponse>>();
    expectTypeOf(nango.records.list({ model: 'M', connectionId: 'c', providerConfigKey: 'k' })).toEqualTypeOf<
      PagePromise<ListRecordsResponse, ListRecordsResponse['records'][number]>
    >();
    expectTypeOf(nango.actions.trigger({ connectionId: 'c', providerConfigKey: 'k', body: { action_name: 'a' } })).toEqualTypeOf<
      APIPromise<TriggerActionsResponse>
    >();
    expectTypeOf(nango.actions.waitForResult<{ ok: boolean }>('id')).toEqualTypeOf<Promise<{ ok: boolean }>>();
    // @ts-expect-error: providerConfigKey is required
    void nango.connections.get({ connectionId: 'c' });
    // @ts-expect-error: per-call options are checked
    void nango.connections.get({ connectionId: 'c', providerConfigKey: 'k' }, { timeout: 'soon' });
  });

  it('nango.http is typed by the spec paths', async () => {
    const { data } = await nango.http.GET('/connections/{connectionId}', {
      params: { path: { connectionId: 'c' }, query: { provider_config_key: 'k' } },
    });
    expectTypeOf(data).not.toBeAny();
  });
});
