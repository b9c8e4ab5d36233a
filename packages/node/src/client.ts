import { Nango as CoreNango, type ListConnectionsResponse, type RequestOptions } from '@nango-sdk/core';
import { resolveNodeOptions, type NodeClientOptions } from './config/resolve-options.js';
import { waitForConnection } from './connections/wait-for-connection.js';
import type { WaitForConnectionOptions } from './connections/wait-for-types.js';
import type { StreamingProxy } from './proxy/stream-proxy.js';
import { makeRecordSync } from './records/sync-records-method.js';
import type { RecordSyncOptions } from './records/sync-types.js';
import { getToken, type GetTokenRequest } from './tokens/get-token.js';
import type { ConnectionToken } from './tokens/token-types.js';
import { NodeWebhooks } from './webhooks/node-webhooks.js';

/** A connection as `GET /connections` lists it. */
export type ListedConnectionItem = ListConnectionsResponse['connections'][number];

/** What the Node client adds to `nango.connections`. */
export interface NodeConnectionsExtras {
  /** Polls until a connection of the integration with the given tags exists, then returns it. */
  waitFor(options: WaitForConnectionOptions): Promise<ListedConnectionItem>;
}

/** What the Node client adds to `nango.records`. */
export interface NodeRecordsExtras {
  /** Resumable change feed of a model; see {@link RecordSyncOptions}. */
  sync: ReturnType<typeof makeRecordSync>;
}

/** What the Node client adds to `nango.proxy`. */
export interface NodeProxyExtras {
  stream: StreamingProxy['stream'];
  upload: StreamingProxy['upload'];
  download: StreamingProxy['download'];
}

/**
 * The Nango client for Node servers. Reads `NANGO_SECRET_KEY`, `NANGO_HOST` and
 * `NANGO_WEBHOOK_SIGNING_KEY` (plus `NANGO_WEBHOOK_SIGNING_KEY_PREVIOUS`) when the options leave them out,
 * and adds webhook adapters, streaming proxy helpers, `connections.waitFor`, `getToken` and `records.sync`.
 *
 * Connections are reused: Node's global `fetch` keeps sockets alive in its shared pool.
 *
 * @example
 * ```ts
 * import { Nango } from '@nango-sdk/node';
 * const nango = new Nango(); // NANGO_SECRET_KEY from the environment
 * const connection = await nango.connections.get({ connectionId: 'user-1', providerConfigKey: 'github' });
 * ```
 */
export class Nango extends CoreNango {
  declare readonly connections: CoreNango['connections'] & NodeConnectionsExtras;
  declare readonly records: CoreNango['records'] & NodeRecordsExtras;
  declare readonly proxy: CoreNango['proxy'] & NodeProxyExtras;
  /** Verifies webhooks from a Web `Request`, a Node `IncomingMessage` or a raw body. */
  readonly webhooks: NodeWebhooks;
  readonly #nodeOptions: NodeClientOptions;

  constructor(options: NodeClientOptions = {}) {
    const resolved = resolveNodeOptions(options);
    super(resolved.client);
    this.#nodeOptions = { ...options };
    this.webhooks = new NodeWebhooks(resolved.signingKeys);
    // The streaming helpers need node:fs and node:stream; they load on first use to keep the import cheap.
    const proxy = this.proxy;
    let streaming: Promise<StreamingProxy> | undefined;
    const loadStreaming = (): Promise<StreamingProxy> =>
      (streaming ??= import('./proxy/stream-proxy.js').then(({ StreamingProxy }) => new StreamingProxy(proxy)));
    const connections = this.connections;
    Object.assign(connections, {
      waitFor: (waitOptions: WaitForConnectionOptions) =>
        waitForConnection(async (filters, signal) => {
          const page = await connections.list({ ...filters, integrationId: [filters.integrationId] }, { signal });
          return page.connections;
        }, waitOptions),
    } satisfies NodeConnectionsExtras);
    Object.assign(this.records, { sync: makeRecordSync(this.records) } satisfies NodeRecordsExtras);
    Object.assign(proxy, {
      stream: async (endpoint, request) => (await loadStreaming()).stream(endpoint, request),
      upload: async (endpoint, request) => (await loadStreaming()).upload(endpoint, request),
      download: async (endpoint, request) => (await loadStreaming()).download(endpoint, request),
    } satisfies NodeProxyExtras);
  }

  /** A Node client with the same settings except those given. */
  override withOptions(options: Partial<NodeClientOptions>): Nango {
    return new Nango({ ...this.#nodeOptions, ...options });
  }

  /**
   * Reads the credentials of a connection, narrowed by auth mode.
   * Throws `NangoCredentialsUnavailableError` when the key may not read credentials.
   */
  getToken(request: GetTokenRequest, options?: RequestOptions): Promise<ConnectionToken> {
    return getToken(this.connections, request, options);
  }
}
