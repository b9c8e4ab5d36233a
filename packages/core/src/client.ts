import type { Client } from 'openapi-fetch';
import { createResources, operations, type GeneratedResources, type paths } from './generated/index.js';
import { NangoError } from './errors.js';
import type { OperationDef } from './generated/contract.js';
import { createClientCore } from './internal/client-core.js';
import type { ClientOptions, RequestOptions } from './options.js';
import type { ProxyResource } from './proxy.js';
import { waitForActionResult, type WaitForResultOptions } from './wait-for-result.js';

type Generated = GeneratedResources<RequestOptions>;

/** The `nango.actions` namespace: the generated methods plus {@link ActionsNamespace.waitForResult}. */
export type ActionsNamespace = Generated extends { actions: infer A }
  ? A & {
      /**
       * Polls an async action (triggered with `async: true`) until its output is ready, with growing delays.
       * Throws the typed error when the action failed, {@link NangoTimeoutError} after `timeout`.
       */
      waitForResult<T = unknown>(id: string | { readonly id: string }, options?: WaitForResultOptions): Promise<T>;
    }
  : never;

/** Every namespace of the client. */
export type NangoNamespaces = Omit<Generated, 'actions' | 'proxy'> & { readonly actions: ActionsNamespace };

// Declaration merging gives the class the generated namespaces, assigned in the constructor.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface Nango extends NangoNamespaces {}

/**
 * Client of the Nango API.
 *
 * Every operation is a method of its namespace and throws a typed {@link NangoError} on failure;
 * `nango.http` is the non-throwing openapi-fetch client over the same transport.
 *
 * @example
 * ```ts
 * const nango = new Nango({ secretKey: 'sk_...' });
 * const connection = await nango.connections.get({ connectionId: 'c1', providerConfigKey: 'github' });
 * for await (const record of nango.records.list({ model: 'Issue', connectionId: 'c1', providerConfigKey: 'github' })) {
 *   console.log(record);
 * }
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Nango {
  readonly #options: ClientOptions;
  /** Calls an external API through Nango with a connection's credentials. */
  readonly proxy: ProxyResource;
  /**
   * The openapi-fetch client typed by the spec's `paths`; it returns `{ data, error, response }` and never throws on HTTP
   * errors. Network failures (also during the body), timeouts and aborts reject with `NangoConnectionError`,
   * `NangoTimeoutError` and `NangoAbortError`. The body is read inside the attempt unless the call uses `parseAs: 'stream'`.
   */
  readonly http: Client<paths>;

  constructor(options: ClientOptions) {
    const core = createClientCore<paths>(options);
    this.#options = { ...options };
    this.proxy = core.proxy;
    this.http = core.http;
    const resources = createResources<RequestOptions>(core.invoker);
    const invoker = core.invoker;
    const getResult = (operations as Readonly<Record<string, OperationDef>>)['actions.getResult'];
    const actions = Object.assign(resources.actions, {
      waitForResult: <T = unknown>(id: string | { readonly id: string }, waitOptions?: WaitForResultOptions): Promise<T> => {
        if (getResult === undefined) return Promise.reject(new NangoError('The operation table has no actions.getResult'));
        return waitForActionResult<T>(invoker, getResult, id, waitOptions);
      },
    });
    Object.assign(this, resources, { actions });
  }

  /** A client with the same settings except those given. */
  withOptions(options: Partial<ClientOptions>): Nango {
    return new Nango({ ...this.#options, ...options });
  }
}
