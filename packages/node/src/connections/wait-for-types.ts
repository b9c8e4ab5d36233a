/** Options of `nango.connections.waitFor()`. */
export interface WaitForConnectionOptions {
  /** The integration (provider config key) the connection belongs to. */
  readonly integrationId: string;
  /** Tags the connection must carry, as set on the connect session (`tags[key]=value` filter). */
  readonly tags?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
  /** How long to wait in total, in milliseconds. Default 120000. */
  readonly timeout?: number;
  /** First delay between polls, in milliseconds; it grows by half each poll up to 10000. Default 1000. */
  readonly interval?: number;
}

/** The part of a listed connection that `waitFor` reads. */
export interface ListedConnection {
  readonly connection_id: string;
  readonly provider_config_key: string;
}
