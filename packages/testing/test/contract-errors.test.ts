import {
  Nango,
  NangoAPIError,
  NangoAuthenticationError,
  NangoBadRequestError,
  NangoConflictError,
  NangoFailedDependencyError,
  NangoNotFoundError,
  NangoPermissionDeniedError,
  NangoRateLimitError,
} from '@nango-sdk/core';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { spec } from '../src/generated/spec.js';
import { ActionUpstreamError, builtinProviders, createFakeNango, startFakeNango, type FakeNango, type RunningFakeNango } from '../src/index.js';
import { nangoHandlers } from '../src/msw.js';

const KEY = 'errors-env-key';
const ACCOUNT = 'errors-account-key';
const MSW_BASE = 'https://errors.nango.test';
const UNKNOWN_UUID = '00000000-0000-4000-8000-000000000000';
const BOGUS_SESSION = `nango_connect_session_${'f'.repeat(64)}`;

/** The error statuses the matrix covers, with the class each must surface as. */
const CLASSES = {
  400: NangoBadRequestError,
  401: NangoAuthenticationError,
  403: NangoPermissionDeniedError,
  404: NangoNotFoundError,
  409: NangoConflictError,
  424: NangoFailedDependencyError,
  429: NangoRateLimitError,
} as const;
type Status = keyof typeof CLASSES;
const STATUSES = Object.keys(CLASSES).map(Number) as Status[];

/** Every (operation, error status) pair the spec documents. */
function documentedPairs(): { operationId: string; status: Status }[] {
  const out: { operationId: string; status: Status }[] = [];
  const paths = spec['paths'] as Record<string, Record<string, { operationId?: string; responses?: Record<string, unknown> }>>;
  for (const item of Object.values(paths)) {
    for (const op of Object.values(item)) {
      if (typeof op !== 'object' || op === null || typeof op.operationId !== 'string') continue;
      for (const status of STATUSES) if (op.responses && String(status) in op.responses) out.push({ operationId: op.operationId, status });
    }
  }
  return out;
}

/**
 * Pairs the spec documents that the fake, like the server it models, has no way to answer. Each entry says why.
 * Nothing here is produced by fault injection instead.
 */
const NOT_PRODUCIBLE: Record<string, string> = {
  'providers.list 403': 'the provider catalog needs no scope: any valid key or connect-session token may read it',
  'providers.get 403': 'the provider catalog needs no scope: any valid key or connect-session token may read it',
  'providers.listTemplates 403': 'templates need a valid key but no scope',
  'integrations.list 404': 'listing integrations never refers to a missing resource',
  'webhookSigningKey.rotate 404': "the key's own environment always exists while the key does",
  'proxy.get 404': 'an unknown connection answers 400 as on /records; a 404 is the upstream answer passed through without a Nango code',
  'proxy.post 404': 'an unknown connection answers 400 as on /records; a 404 is the upstream answer passed through without a Nango code',
  'proxy.put 404': 'an unknown connection answers 400 as on /records; a 404 is the upstream answer passed through without a Nango code',
  'proxy.patch 404': 'an unknown connection answers 400 as on /records; a 404 is the upstream answer passed through without a Nango code',
  'proxy.delete 404': 'an unknown connection answers 400 as on /records; a 404 is the upstream answer passed through without a Nango code',
  'connectSessions.get 403': 'connect-session tokens carry no scopes',
  'connectSessions.delete 403': 'connect-session tokens carry no scopes',
  'connectSessions.get 404': 'a deleted or expired session token is unknown, which is 401 unknown_connect_session_token',
  'connectSessions.delete 404': 'a deleted or expired session token is unknown, which is 401 unknown_connect_session_token',
};

interface Harness {
  fake: FakeNango;
  /** A client with the given secret key (default: the full environment key). */
  client(secretKey?: string): Nango;
  /** A client that adds one query key the server does not know to every request (default: the full environment key). */
  strayQuery(credentials?: { secretKey: string } | { connectSessionToken: string }): Nango;
  session(token: string): Nango;
  /** The id of the `prod` environment. */
  prodId: number;
}

type Call = (nango: Nango, h: Harness) => Promise<unknown>;

interface OperationCases {
  /** Which credentials the operation takes. */
  auth: 'env' | 'account' | 'session';
  /** A well-formed call; the 401, 403 and 429 cases send it with bad credentials or an exhausted rate limit. */
  ok: Call;
  /** Calls that fail with a given status, and the Nango code they carry. */
  cases?: Partial<Record<Status, { code: string; call: Call }>>;
}

const stray = (ok: Call): { code: string; call: Call } => ({ code: 'invalid_query_params', call: (_n, h) => ok(h.strayQuery(), h) });
const conn = { connectionId: 'c1', providerConfigKey: 'github' };
const syncBody = { provider_config_key: 'github', syncs: ['issues'] };
const variantBody = { provider_config_key: 'github', connection_id: 'c1' };

const proxyCases = (method: 'get' | 'post' | 'put' | 'patch' | 'delete'): OperationCases => ({
  auth: 'env',
  ok: (n) => n.proxy.request(method, '/v1/things', { connectionId: 'k1', providerConfigKey: 'openai', baseUrlOverride: 'http://127.0.0.1:9' }),
  cases: {
    400: { code: 'invalid_headers', call: (n) => n.proxy.request(method, '/v1/things', { connectionId: 'k1', providerConfigKey: 'openai', baseUrlOverride: 'ftp://example.test' }) },
  },
});

const OPERATIONS: Record<string, OperationCases> = {
  'providers.list': { auth: 'env', ok: (n) => n.providers.list(), cases: { 400: stray((n) => n.providers.list()) } },
  'providers.get': {
    auth: 'env',
    ok: (n) => n.providers.get({ provider: 'github' }),
    cases: { 400: stray((n) => n.providers.get({ provider: 'github' })), 404: { code: 'not_found', call: (n) => n.providers.get({ provider: 'no-such-provider' }) } },
  },
  'providers.listTemplates': { auth: 'env', ok: (n) => n.providers.listTemplates({ provider: 'github' }), cases: { 400: stray((n) => n.providers.listTemplates({ provider: 'github' })) } },
  'integrations.list': { auth: 'env', ok: (n) => n.integrations.list(), cases: { 400: stray((n) => n.integrations.list()) } },
  'integrations.create': {
    auth: 'env',
    ok: (n) => n.integrations.create({ body: { unique_key: 'new-one', provider: 'github' } }),
    cases: { 400: { code: 'invalid_body', call: (n) => n.integrations.create({ body: { unique_key: 'x', provider: 'github', surprise: 1 } as never }) } },
  },
  'integrations.createQuickstart': {
    auth: 'env',
    ok: (n) => n.integrations.createQuickstart({ body: { unique_key: 'new-q', provider: 'slack' } }),
    cases: { 400: { code: 'invalid_body', call: (n) => n.integrations.createQuickstart({ body: { unique_key: 'x', provider: 'slack', surprise: 1 } as never }) } },
  },
  'integrations.get': {
    auth: 'env',
    ok: (n) => n.integrations.get({ uniqueKey: 'github' }),
    cases: {
      400: { code: 'invalid_query_params', call: (n) => n.integrations.get({ uniqueKey: 'github', include: ['everything'] } as never) },
      404: { code: 'not_found', call: (n) => n.integrations.get({ uniqueKey: 'nope' }) },
    },
  },
  'integrations.update': {
    auth: 'env',
    ok: (n) => n.integrations.update({ uniqueKey: 'github', body: { display_name: 'GH' } }),
    cases: {
      400: { code: 'invalid_body', call: (n) => n.integrations.update({ uniqueKey: 'github', body: { surprise: 1 } as never }) },
      404: { code: 'not_found', call: (n) => n.integrations.update({ uniqueKey: 'nope', body: { display_name: 'x' } }) },
    },
  },
  'integrations.delete': {
    auth: 'env',
    ok: (n) => n.integrations.delete({ uniqueKey: 'github' }),
    cases: { 400: stray((n) => n.integrations.delete({ uniqueKey: 'nope' })), 404: { code: 'not_found', call: (n) => n.integrations.delete({ uniqueKey: 'nope' }) } },
  },
  'functions.list': {
    auth: 'env',
    ok: (n) => n.functions.list({ uniqueKey: 'github' }),
    cases: {
      400: { code: 'invalid_query_params', call: (n) => n.functions.list({ uniqueKey: 'github', limit: 0 }) },
      404: { code: 'not_found', call: (n) => n.functions.list({ uniqueKey: 'nope' }) },
    },
  },
  'functions.get': {
    auth: 'env',
    ok: (n) => n.functions.get({ uniqueKey: 'github', name: 'issues' }),
    cases: {
      400: { code: 'invalid_query_params', call: (n) => n.functions.get({ uniqueKey: 'github', name: 'issues', type: 'job' } as never) },
      404: { code: 'not_found', call: (n) => n.functions.get({ uniqueKey: 'github', name: 'nope' }) },
    },
  },
  'functions.delete': {
    auth: 'env',
    ok: (n) => n.functions.delete({ uniqueKey: 'github', name: 'issues', type: 'sync' }),
    cases: {
      400: { code: 'function_managed_by_deploy', call: (n) => n.functions.delete({ uniqueKey: 'github', name: 'from-repo', type: 'action' }) },
      404: { code: 'not_found', call: (n) => n.functions.delete({ uniqueKey: 'github', name: 'nope', type: 'action' }) },
    },
  },
  'functions.getCode': {
    auth: 'env',
    ok: (n) => n.functions.getCode({ uniqueKey: 'github', name: 'issues' }),
    cases: {
      400: { code: 'invalid_query_params', call: (n) => n.functions.getCode({ uniqueKey: 'github', name: 'issues', type: 'job' } as never) },
      404: { code: 'not_found', call: (n) => n.functions.getCode({ uniqueKey: 'github', name: 'nope' }) },
      409: { code: 'ambiguous_function', call: (n) => n.functions.getCode({ uniqueKey: 'github', name: 'twin' }) },
    },
  },
  'functions.getScriptsConfig': {
    auth: 'env',
    ok: (n) => n.functions.getScriptsConfig(),
    cases: { 400: { code: 'invalid_query_params', call: (n) => n.functions.getScriptsConfig({ format: 'yaml' } as never) } },
  },
  'functions.compile': {
    auth: 'env',
    ok: (n) => n.functions.compile({ body: { code: 'export default 1' } }),
    cases: { 400: { code: 'invalid_body', call: (n) => n.functions.compile({ body: { code: 'x', surprise: 1 } as never }) } },
  },
  'functions.createDryrun': {
    auth: 'env',
    ok: (n) => n.functions.createDryrun({ body: { integration_id: 'github', function_type: 'action', code: 'x', connection_id: 'c1' } }),
    cases: {
      400: { code: 'invalid_body', call: (n) => n.functions.createDryrun({ body: { integration_id: 'github', function_type: 'job', code: 'x', connection_id: 'c1' } as never }) },
      404: { code: 'not_found', call: (n) => n.functions.createDryrun({ body: { integration_id: 'github', function_type: 'action', code: 'x', connection_id: 'nope' } }) },
    },
  },
  'functions.getDryrun': {
    auth: 'env',
    ok: (n) => n.functions.getDryrun({ id: UNKNOWN_UUID }),
    cases: {
      400: { code: 'invalid_uri_params', call: (n) => n.functions.getDryrun({ id: 'not-a-uuid' }) },
      404: { code: 'not_found', call: (n) => n.functions.getDryrun({ id: UNKNOWN_UUID }) },
    },
  },
  'functions.createDeployment': {
    auth: 'env',
    ok: (n) => n.functions.createDeployment({ body: { type: 'function', integration_id: 'github', function_name: 'x', function_type: 'action', code: 'x' } }),
    cases: {
      400: { code: 'invalid_body', call: (n) => n.functions.createDeployment({ body: { type: 'function', integration_id: 'github' } as never }) },
      404: { code: 'not_found', call: (n) => n.functions.createDeployment({ body: { type: 'function', integration_id: 'nope', function_name: 'x', function_type: 'action', code: 'x' } }) },
      409: {
        code: 'template_already_deployed',
        call: async (n) => {
          await n.functions.createDeployment({ body: { type: 'template', integration_id: 'github', template: 'github-issues' } });
          return n.functions.createDeployment({ body: { type: 'template', integration_id: 'github', template: 'github-issues' } });
        },
      },
    },
  },
  'functions.getDeployment': {
    auth: 'env',
    ok: (n) => n.functions.getDeployment({ id: UNKNOWN_UUID }),
    cases: {
      400: { code: 'invalid_uri_params', call: (n) => n.functions.getDeployment({ id: 'not-a-uuid' }) },
      404: { code: 'not_found', call: (n) => n.functions.getDeployment({ id: UNKNOWN_UUID }) },
    },
  },
  'legacyConnections.list': {
    auth: 'env',
    ok: (n) => n.legacyConnections.list(),
    cases: { 400: { code: 'invalid_query_params', call: (n) => n.legacyConnections.list({ limit: 0 }) } },
  },
  'legacyConnections.create': {
    auth: 'env',
    ok: (n) => n.legacyConnections.create({ body: { provider_config_key: 'openai', connection_id: 'l1', api_key: 'k' } }),
    cases: { 400: { code: 'invalid_body', call: (n) => n.legacyConnections.create({ body: { provider_config_key: 'openai', surprise: 1 } as never }) } },
  },
  'legacyConnections.get': {
    auth: 'env',
    ok: (n) => n.legacyConnections.get(conn),
    cases: {
      400: { code: 'unknown_provider_config', call: (n) => n.legacyConnections.get({ connectionId: 'c1', providerConfigKey: 'nope' }) },
      404: { code: 'not_found', call: (n) => n.legacyConnections.get({ connectionId: 'nope', providerConfigKey: 'github' }) },
      424: { code: 'invalid_credentials', call: (n) => n.legacyConnections.get({ connectionId: 'broken', providerConfigKey: 'github', forceRefresh: true }) },
    },
  },
  'legacyConnections.delete': {
    auth: 'env',
    ok: (n) => n.legacyConnections.delete(conn),
    cases: {
      400: { code: 'unknown_provider_config', call: (n) => n.legacyConnections.delete({ connectionId: 'c1', providerConfigKey: 'nope' }) },
      404: { code: 'not_found', call: (n) => n.legacyConnections.delete({ connectionId: 'nope', providerConfigKey: 'github' }) },
    },
  },
  'legacyConnections.setMetadata': {
    auth: 'env',
    ok: (n) => n.legacyConnections.setMetadata({ body: { connection_id: 'c1', provider_config_key: 'github', metadata: {} } }),
    cases: { 400: { code: 'unknown_provider_config', call: (n) => n.legacyConnections.setMetadata({ body: { connection_id: 'c1', provider_config_key: 'nope', metadata: {} } }) } },
  },
  'legacyConnections.updateMetadata': {
    auth: 'env',
    ok: (n) => n.legacyConnections.updateMetadata({ body: { connection_id: 'c1', provider_config_key: 'github', metadata: {} } }),
    cases: { 400: { code: 'unknown_provider_config', call: (n) => n.legacyConnections.updateMetadata({ body: { connection_id: 'c1', provider_config_key: 'nope', metadata: {} } }) } },
  },
  'legacyConnections.setMetadataById': {
    auth: 'env',
    ok: (n) => n.legacyConnections.setMetadataById({ ...conn, body: {} }),
    cases: { 400: { code: 'unknown_provider_config', call: (n) => n.legacyConnections.setMetadataById({ connectionId: 'c1', providerConfigKey: 'nope', body: {} }) } },
  },
  'legacyConnections.updateMetadataById': {
    auth: 'env',
    ok: (n) => n.legacyConnections.updateMetadataById({ ...conn, body: {} }),
    cases: { 400: { code: 'unknown_provider_config', call: (n) => n.legacyConnections.updateMetadataById({ connectionId: 'c1', providerConfigKey: 'nope', body: {} }) } },
  },
  'connections.list': {
    auth: 'env',
    ok: (n) => n.connections.list(),
    cases: { 400: { code: 'invalid_query_params', call: (n) => n.connections.list({ limit: 0 }) } },
  },
  'connections.create': {
    auth: 'env',
    ok: (n) => n.connections.create({ body: { provider_config_key: 'openai', credentials: { type: 'API_KEY', apiKey: 'sk' } } }),
    cases: { 400: { code: 'invalid_body', call: (n) => n.connections.create({ body: { provider_config_key: 'openai', credentials: { type: 'API_KEY', apiKey: 'sk' }, surprise: 1 } as never }) } },
  },
  'connections.get': {
    auth: 'env',
    ok: (n) => n.connections.get(conn),
    cases: {
      400: { code: 'unknown_provider_config', call: (n) => n.connections.get({ connectionId: 'c1', providerConfigKey: 'nope' }) },
      404: { code: 'not_found', call: (n) => n.connections.get({ connectionId: 'nope', providerConfigKey: 'github' }) },
      424: { code: 'invalid_credentials', call: (n) => n.connections.get({ connectionId: 'broken', providerConfigKey: 'github', forceRefresh: true }) },
    },
  },
  'connections.update': {
    auth: 'env',
    ok: (n) => n.connections.update({ ...conn, body: {} }),
    cases: {
      400: { code: 'invalid_body', call: (n) => n.connections.update({ ...conn, body: { surprise: 1 } as never }) },
      404: { code: 'not_found', call: (n) => n.connections.update({ connectionId: 'nope', providerConfigKey: 'github', body: {} }) },
    },
  },
  'connections.delete': {
    auth: 'env',
    ok: (n) => n.connections.delete(conn),
    cases: { 400: { code: 'unknown_connection', call: (n) => n.connections.delete({ connectionId: 'nope', providerConfigKey: 'github' }) } },
  },
  'connections.setMetadata': {
    auth: 'env',
    ok: (n) => n.connections.setMetadata({ body: { connection_id: 'c1', provider_config_key: 'github', metadata: {} } }),
    cases: { 400: { code: 'unknown_provider_config', call: (n) => n.connections.setMetadata({ body: { connection_id: 'c1', provider_config_key: 'nope', metadata: {} } }) } },
  },
  'connections.updateMetadata': {
    auth: 'env',
    ok: (n) => n.connections.updateMetadata({ body: { connection_id: 'c1', provider_config_key: 'github', metadata: {} } }),
    cases: { 400: { code: 'unknown_provider_config', call: (n) => n.connections.updateMetadata({ body: { connection_id: 'c1', provider_config_key: 'nope', metadata: {} } }) } },
  },
  'records.list': {
    auth: 'env',
    ok: (n) => n.records.list({ model: 'Issue', ...conn }),
    cases: { 400: { code: 'invalid_query_params', call: (n) => n.records.list({ model: 'Issue', ...conn, cursor: 'not-a-cursor' }) } },
  },
  'records.prune': {
    auth: 'env',
    ok: (n) => n.records.prune({ ...conn, body: { model: 'Issue', until_cursor: 'x' } }),
    cases: { 400: { code: 'invalid_body', call: (n) => n.records.prune({ ...conn, body: { model: 'Issue', until_cursor: 'not-a-cursor' } }) } },
  },
  'syncs.trigger': {
    auth: 'env',
    ok: (n) => n.syncs.trigger({ body: syncBody }),
    cases: { 400: { code: 'unknown_sync', call: (n) => n.syncs.trigger({ body: { provider_config_key: 'github', syncs: ['nope'] } }) } },
  },
  'syncs.start': {
    auth: 'env',
    ok: (n) => n.syncs.start({ body: syncBody }),
    cases: { 400: { code: 'unknown_sync', call: (n) => n.syncs.start({ body: { provider_config_key: 'github', syncs: ['nope'] } }) } },
  },
  'syncs.pause': {
    auth: 'env',
    ok: (n) => n.syncs.pause({ body: syncBody }),
    cases: { 400: { code: 'unknown_sync', call: (n) => n.syncs.pause({ body: { provider_config_key: 'github', syncs: ['nope'] } }) } },
  },
  'syncs.status': {
    auth: 'env',
    ok: (n) => n.syncs.status({ providerConfigKey: 'github', syncs: ['issues'] }),
    cases: { 400: { code: 'unknown_provider_config', call: (n) => n.syncs.status({ providerConfigKey: 'nope', syncs: ['issues'] }) } },
  },
  'syncs.createVariant': {
    auth: 'env',
    ok: (n) => n.syncs.createVariant({ name: 'issues', variant: 'v2', body: variantBody }),
    cases: { 400: { code: 'unknown_sync', call: (n) => n.syncs.createVariant({ name: 'nope', variant: 'v3', body: variantBody }) } },
  },
  'syncs.deleteVariant': {
    auth: 'env',
    ok: (n) => n.syncs.deleteVariant({ name: 'issues', variant: 'v2', body: variantBody }),
    cases: {
      400: { code: 'unknown_provider_config', call: (n) => n.syncs.deleteVariant({ name: 'issues', variant: 'v2', body: { provider_config_key: 'nope', connection_id: 'c1' } }) },
      404: { code: 'not_found', call: (n) => n.syncs.deleteVariant({ name: 'issues', variant: 'never-made', body: variantBody }) },
    },
  },
  'syncs.updateFrequency': {
    auth: 'env',
    ok: (n) => n.syncs.updateFrequency({ body: { ...variantBody, sync_name: 'issues', frequency: 'every day' } }),
    cases: { 400: { code: 'invalid_body', call: (n) => n.syncs.updateFrequency({ body: { ...variantBody, sync_name: 'issues', frequency: '1s' } }) } },
  },
  'actions.trigger': {
    auth: 'env',
    ok: (n) => n.actions.trigger({ ...conn, body: { action_name: 'echo' } }),
    cases: {
      400: { code: 'invalid_headers', call: (n) => n.actions.trigger({ ...conn, async: true, maxRetries: 9, body: { action_name: 'echo' } }) },
      424: { code: 'action_script_failure', call: (n) => n.actions.trigger({ ...conn, body: { action_name: 'upstream-fails' } }) },
    },
  },
  'actions.getResult': {
    auth: 'env',
    ok: (n) => n.actions.getResult({ actionId: UNKNOWN_UUID }),
    cases: {
      400: { code: 'invalid_uri_params', call: (n) => n.actions.getResult({ actionId: 'not-a-uuid' }) },
      404: { code: 'not_found', call: (n) => n.actions.getResult({ actionId: UNKNOWN_UUID }) },
    },
  },
  'environments.create': {
    auth: 'account',
    ok: (n) => n.environments.create({ body: { name: 'staging' } }),
    cases: {
      400: { code: 'invalid_body', call: (n) => n.environments.create({ body: { name: 'Not Valid' } }) },
      409: { code: 'conflict', call: (n) => n.environments.create({ body: { name: 'dev' } }) },
    },
  },
  'environments.delete': {
    auth: 'account',
    ok: (n) => n.environments.delete({ environmentId: 1 }),
    cases: {
      400: { code: 'cannot_delete_prod_environment', call: (n, h) => n.environments.delete({ environmentId: h.prodId }) },
      404: { code: 'not_found', call: (n) => n.environments.delete({ environmentId: 9999 }) },
    },
  },
  'apiKeys.create': {
    auth: 'account',
    ok: (n) => n.apiKeys.create({ body: { environment_id: 1, display_name: 'ci' } }),
    cases: {
      400: { code: 'invalid_body', call: (n) => n.apiKeys.create({ body: { environment_id: 1, display_name: '' } }) },
      404: { code: 'not_found', call: (n) => n.apiKeys.create({ body: { environment_id: 9999, display_name: 'ci' } }) },
      409: {
        code: 'conflict',
        call: async (n) => {
          await n.apiKeys.create({ body: { environment_id: 1, display_name: 'twice' } });
          return n.apiKeys.create({ body: { environment_id: 1, display_name: 'twice' } });
        },
      },
    },
  },
  'apiKeys.delete': {
    auth: 'account',
    ok: (n) => n.apiKeys.delete({ body: { environment_id: 1, key_id: 9999 } }),
    cases: {
      400: { code: 'invalid_body', call: (n) => n.apiKeys.delete({ body: { environment_id: 1, key_id: 9999, surprise: 1 } as never }) },
      404: { code: 'not_found', call: (n) => n.apiKeys.delete({ body: { environment_id: 1, key_id: 9999 } }) },
    },
  },
  'environmentVariables.list': { auth: 'env', ok: (n) => n.environmentVariables.list() },
  'webhookSigningKey.rotate': {
    auth: 'env',
    ok: (n) => n.webhookSigningKey.rotate(),
    cases: {
      400: stray((n) => n.webhookSigningKey.rotate()),
      409: {
        code: 'conflict',
        call: async (n) => {
          await n.webhookSigningKey.rotate();
          return n.webhookSigningKey.rotate();
        },
      },
    },
  },
  'proxy.get': proxyCases('get'),
  'proxy.post': proxyCases('post'),
  'proxy.put': proxyCases('put'),
  'proxy.patch': proxyCases('patch'),
  'proxy.delete': proxyCases('delete'),
  'connectSessions.create': {
    auth: 'env',
    ok: (n) => n.connectSessions.create({ body: {} }),
    cases: { 400: { code: 'invalid_body', call: (n) => n.connectSessions.create({ body: { allowed_integrations: ['nope'] } }) } },
  },
  'connectSessions.reconnect': {
    auth: 'env',
    ok: (n) => n.connectSessions.reconnect({ body: { connection_id: 'c1', integration_id: 'github' } }),
    cases: { 400: { code: 'invalid_body', call: (n) => n.connectSessions.reconnect({ body: { connection_id: 'c1', integration_id: 'github', surprise: 1 } as never }) } },
  },
  'connectSessions.get': {
    auth: 'session',
    ok: (n) => n.connectSessions.get(),
    cases: { 400: { code: 'invalid_query_params', call: (_n, h) => h.strayQuery({ connectSessionToken: h.fake.connectSessions.create() }).connectSessions.get() } },
  },
  'connectSessions.delete': {
    auth: 'session',
    ok: (n) => n.connectSessions.delete(),
    cases: { 400: { code: 'invalid_query_params', call: (_n, h) => h.strayQuery({ connectSessionToken: h.fake.connectSessions.create() }).connectSessions.delete() } },
  },
};

function seed(fake: FakeNango): void {
  fake.integrations.add({ uniqueKey: 'github', provider: 'github' });
  fake.integrations.add({ uniqueKey: 'openai', provider: 'openai' });
  fake.connections.add({ providerConfigKey: 'github', connectionId: 'c1' });
  fake.connections.add({ providerConfigKey: 'github', connectionId: 'broken' });
  fake.connections.failRefresh('broken', 'github');
  fake.connections.add({ providerConfigKey: 'openai', connectionId: 'k1' });
  fake.records.add({ providerConfigKey: 'github', connectionId: 'c1', model: 'Issue', records: [{ id: '1' }] });
  fake.syncs.add({ providerConfigKey: 'github', name: 'issues', models: ['Issue'] });
  fake.functions.add({ integrationId: 'github', name: 'issues', type: 'sync' });
  fake.functions.add({ integrationId: 'github', name: 'twin', type: 'sync' });
  fake.functions.add({ integrationId: 'github', name: 'twin', type: 'action' });
  fake.state.functions.add(fake.state.defaultEnvId, { integrationId: 'github', name: 'from-repo', type: 'action', source: 'repo' });
  fake.actions.register('echo', (input) => ({ echoed: input }));
  fake.actions.register('upstream-fails', () => {
    throw new ActionUpstreamError({ status: 502, body: { message: 'bad gateway' } });
  });
}

/** Wraps the global fetch (looked up per call, so msw sees it) to add a query key the server does not know. */
const strayFetch = (input: Request | URL | string, init?: RequestInit): Promise<Response> => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  url.searchParams.append('unexpected', '1');
  return globalThis.fetch(input instanceof Request ? new Request(url, input) : url, init);
};

function harness(fake: FakeNango, host: string): Harness {
  const prod = fake.state.environments.byName('prod');
  if (!prod) throw new Error('the fake has no prod environment');
  return {
    fake,
    prodId: prod.id,
    client: (secretKey = KEY) => new Nango({ secretKey, host, maxRetries: 0 }),
    strayQuery: (credentials = { secretKey: KEY }) => new Nango({ ...credentials, host, maxRetries: 0, fetch: strayFetch }),
    session: (token) => new Nango({ connectSessionToken: token, host, maxRetries: 0 }),
  };
}

const documented = documentedPairs();
const mswFake = createFakeNango({ secretKey: KEY, accountKey: ACCOUNT, baseUrl: MSW_BASE, validateResponses: true, providers: builtinProviders });
const mswServer = setupServer(...nangoHandlers(mswFake));
let running: RunningFakeNango;

beforeAll(async () => {
  running = await startFakeNango({ port: 0, host: '127.0.0.1', secretKey: KEY, accountKey: ACCOUNT, validateResponses: true, providers: builtinProviders });
  seed(mswFake);
  seed(running.fake);
  const notCovered = Object.entries(NOT_PRODUCIBLE).map(([pair, why]) => `  ${pair}: ${why}`);
  console.info(`documented error statuses the fake cannot produce (${notCovered.length}):\n${notCovered.join('\n')}`);
});

afterAll(async () => {
  await running.close();
});

describe('the error matrix', () => {
  it('covers every operation of the spec and every documented status exactly once', () => {
    const operationIds = new Set(documented.map((p) => p.operationId));
    expect([...operationIds].sort()).toEqual(Object.keys(OPERATIONS).sort());
    for (const { operationId, status } of documented) {
      const pair = `${operationId} ${status}`;
      const generic = status === 401 || status === 429 || status === 403;
      const produced = generic ? !(pair in NOT_PRODUCIBLE) : OPERATIONS[operationId]?.cases?.[status] !== undefined;
      expect({ pair, covered: produced !== pair in NOT_PRODUCIBLE }).toEqual({ pair, covered: true });
    }
  });

  it('lists no case for a status the spec does not document', () => {
    const documentedSet = new Set(documented.map((p) => `${p.operationId} ${p.status}`));
    const extra = Object.entries(OPERATIONS).flatMap(([id, op]) => Object.keys(op.cases ?? {}).map((status) => `${id} ${status}`)).filter((pair) => !documentedSet.has(pair));
    expect(extra).toEqual([]);
    expect(Object.keys(NOT_PRODUCIBLE).filter((pair) => !documentedSet.has(pair))).toEqual([]);
  });
});

const faces: [string, () => Harness, () => void, () => void][] = [
  ['msw', () => harness(mswFake, MSW_BASE), () => mswServer.listen({ onUnhandledRequest: 'bypass' }), () => mswServer.close()],
  ['http', () => harness(running.fake, running.url), () => undefined, () => undefined],
];

async function expectError(promise: Promise<unknown>, status: Status, code: string): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CLASSES[status]);
  expect(error).toBeInstanceOf(NangoAPIError);
  expect({ status: (error as NangoAPIError).status, code: (error as NangoAPIError).code }).toEqual({ status, code });
}

const rows = documented.filter(({ operationId, status }) => !(`${operationId} ${status}` in NOT_PRODUCIBLE));

describe.each(faces)('documented errors through @nango-sdk/core (%s face)', (_name, face, setup, teardown) => {
  beforeAll(setup);
  afterAll(teardown);

  it.each(rows)('$operationId answers $status', async ({ operationId, status }) => {
    const h = face();
    const op = OPERATIONS[operationId]!;
    switch (status) {
      case 401: {
        const client = op.auth === 'session' ? h.session(BOGUS_SESSION) : h.client('not-a-known-key');
        await expectError(op.ok(client, h), 401, op.auth === 'session' ? 'unknown_connect_session_token' : 'unknown_account');
        return;
      }
      case 403: {
        const key = op.auth === 'account' ? h.fake.environments.addAccountKey({ scopes: ['account:environments:read'] }) : h.fake.environments.addKey({ scopes: [] });
        await expectError(op.ok(h.client(key), h), 403, 'forbidden');
        return;
      }
      case 429: {
        h.fake.faults.exhaustRateLimit();
        try {
          const client = op.auth === 'session' ? h.session(BOGUS_SESSION) : h.client(op.auth === 'account' ? ACCOUNT : KEY);
          await expectError(op.ok(client, h), 429, 'too_many_request');
        } finally {
          h.fake.faults.resetRateLimit();
        }
        return;
      }
      default: {
        const row = op.cases?.[status];
        if (!row) throw new Error(`no case for ${operationId} ${status}`);
        await expectError(row.call(h.client(op.auth === 'account' ? ACCOUNT : KEY), h), status, row.code);
      }
    }
  });

  it('sent no response that violates the spec', () => {
    expect(face().fake.violations).toEqual([]);
  });
});
