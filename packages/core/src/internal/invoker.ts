import type { APIPromise, Invoker, OperationDef, PagePromise, ResponseWithData } from '../generated/contract.js';
import type { RequestOptions } from '../options.js';
import { APIPromiseImpl } from './api-promise.js';
import { PagePromiseImpl } from './page-promise.js';
import { buildRequest } from './request-builder.js';
import { readResponse } from './response-reader.js';
import type { Transport } from './transport.js';

/** The runtime side of the generated resources: builds, sends and reads every operation from its table row. */
export class TransportInvoker implements Invoker<RequestOptions> {
  readonly #transport: Transport;
  readonly #host: string;

  constructor(transport: Transport, host: string) {
    this.#transport = transport;
    this.#host = host;
  }

  async #execute<T>(operation: OperationDef, request: object | undefined, options: RequestOptions | undefined): Promise<ResponseWithData<T>> {
    const built = buildRequest(this.#host, operation, request);
    const response = await this.#transport.send(built, {
      ...options,
      ...(operation.security.length > 0 && { credentials: operation.security }),
    });
    return readResponse<T>(response, operation.emptySuccess);
  }

  call<T>(operation: OperationDef, request: object | undefined, options?: RequestOptions): APIPromise<T> {
    return new APIPromiseImpl(this.#execute<T>(operation, request, options));
  }

  paginate<TPage, TItem>(operation: OperationDef, request: object | undefined, options?: RequestOptions): PagePromise<TPage, TItem> {
    const first = { ...(request as Record<string, unknown> | undefined) };
    return new PagePromiseImpl<TPage, TItem>(operation, first, (pageRequest) => this.#execute<TPage>(operation, pageRequest, options));
  }
}
