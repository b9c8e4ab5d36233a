import type { APIPromise, Invoker, OperationDef, PagePromise, ResponseWithData } from '../generated/contract.js';
import type { RequestOptions } from '../options.js';
import { APIPromiseImpl } from './api-promise.js';
import { PagePromiseImpl } from './page-promise.js';
import { buildRequest } from './request-builder.js';
import { readResponse } from './response-reader.js';
import type { OutgoingRequest, Transport } from './transport.js';

/** The runtime side of the generated resources: builds, sends and reads every operation from its table row. */
export class TransportInvoker implements Invoker<RequestOptions> {
  readonly #transport: Transport;
  readonly #host: string;

  constructor(transport: Transport, host: string) {
    this.#transport = transport;
    this.#host = host;
  }

  #execute<T>(operation: OperationDef, request: object | undefined, options: RequestOptions | undefined): Promise<ResponseWithData<T>> {
    let built: OutgoingRequest;
    try {
      built = buildRequest(this.#host, operation, request);
    } catch (error) {
      return Promise.reject(error);
    }
    const emptySuccess = operation.emptySuccess;
    // The body is read inside the attempt, so the timeout covers it and a reset half-way is retried.
    return this.#transport.exchange(
      built,
      options,
      (response) => readResponse<T>(response, emptySuccess),
      operation.security.length > 0 ? operation.security : undefined,
    );
  }

  call<T>(operation: OperationDef, request: object | undefined, options?: RequestOptions): APIPromise<T> {
    return new APIPromiseImpl(this.#execute<T>(operation, request, options));
  }

  paginate<TPage, TItem>(operation: OperationDef, request: object | undefined, options?: RequestOptions): PagePromise<TPage, TItem> {
    const first = { ...(request as Record<string, unknown> | undefined) };
    return new PagePromiseImpl<TPage, TItem>(operation, first, (pageRequest) => this.#execute<TPage>(operation, pageRequest, options));
  }
}
