import { describe, expectTypeOf, it } from 'vitest';
import type {
  APIPromise,
  ConnectionsResource,
  ConnectSessionsResource,
  components,
  CreateConnectionsRequest,
  DeleteConnectSessionsRequest,
  DeleteConnectSessionsResponse,
  GetConnectionsRequest,
  GetConnectionsResponse,
  ListRecordsRequest,
  ListRecordsResponse,
  OperationTypes,
  PagePromise,
  RecordsResource,
  StatusSyncsRequest,
  TriggerActionsRequest,
} from '../src/generated/index.js';

describe('generated request types', () => {
  it('pins GetConnectionsRequest exactly', () => {
    expectTypeOf<GetConnectionsRequest>().toEqualTypeOf<{
      connectionId: string;
      providerConfigKey: string;
      forceRefresh?: boolean;
      refreshToken?: boolean;
      refreshGithubAppJwtToken?: boolean;
    }>();
  });

  it('keeps optional fields free of an explicit undefined', () => {
    // @ts-expect-error with exactOptionalPropertyTypes an optional field takes its type, not `undefined`
    const request: GetConnectionsRequest = { connectionId: 'user-1', providerConfigKey: 'github', forceRefresh: undefined };
    expectTypeOf(request.connectionId).toEqualTypeOf<string>();
  });

  it('pins ListRecordsRequest: query and header parameters side by side', () => {
    expectTypeOf<ListRecordsRequest>().toEqualTypeOf<{
      model: string;
      cursor?: string;
      limit?: number;
      filter?: string;
      modifiedAfter?: string;
      delta?: string;
      ids?: string[];
      variant?: string;
      connectionId: string;
      providerConfigKey: string;
    }>();
  });

  it('pins TriggerActionsRequest: x-nango-name headers and the body under `body`', () => {
    expectTypeOf<TriggerActionsRequest>().toEqualTypeOf<{
      connectionId: string;
      providerConfigKey: string;
      async?: boolean;
      maxRetries?: number;
      body: { action_name: string; input?: unknown };
    }>();
  });

  it('keeps wire names inside CreateConnectionsRequest.body', () => {
    type Body = CreateConnectionsRequest['body'];
    expectTypeOf<keyof CreateConnectionsRequest>().toEqualTypeOf<'body'>();
    expectTypeOf<Body>().toEqualTypeOf<OperationTypes['connections.create']['requestBody']['content']['application/json']>();
    expectTypeOf<Body['provider_config_key']>().toEqualTypeOf<string>();
    expectTypeOf<Body['credentials']>().toEqualTypeOf<components['schemas']['ConnectionCredentialsInput']>();
    expectTypeOf<Pick<Body, 'connection_id'>>().toEqualTypeOf<{ connection_id?: string }>();
  });

  it('types an operation without fields as an empty record', () => {
    expectTypeOf<DeleteConnectSessionsRequest>().toEqualTypeOf<Record<string, never>>();
  });

  it('types comma-list query arrays as arrays', () => {
    expectTypeOf<StatusSyncsRequest['syncs']>().toEqualTypeOf<string[]>();
  });
});

describe('generated responses and methods', () => {
  it('resolves to the 2xx content, or void for 204', () => {
    expectTypeOf<GetConnectionsResponse>().toEqualTypeOf<OperationTypes['connections.get']['responses'][200]['content']['application/json']>();
    expectTypeOf<DeleteConnectSessionsResponse>().toEqualTypeOf<void>();
  });

  it('shapes method signatures from the fields', () => {
    expectTypeOf<ConnectionsResource<{ timeout?: number }>['get']>().toEqualTypeOf<
      (request: GetConnectionsRequest, options?: { timeout?: number }) => APIPromise<GetConnectionsResponse>
    >();
    expectTypeOf<ConnectSessionsResource<unknown>['delete']>().toEqualTypeOf<
      (options?: unknown) => APIPromise<DeleteConnectSessionsResponse>
    >();
    expectTypeOf<RecordsResource<unknown>['list']>().returns.toEqualTypeOf<
      PagePromise<ListRecordsResponse, ListRecordsResponse['records'][number]>
    >();
  });
});
