import type { OperationDef, PagePromise, ResponseWithData } from '../generated/contract.js';
import { APIPromiseImpl } from './api-promise.js';
import { nextPageRequest, pageItems } from './pagination.js';

/** Fetches one page for a request. */
export type PageFetcher<TPage> = (request: Record<string, unknown>) => Promise<ResponseWithData<TPage>>;

/**
 * A promise of the first page that also iterates every item (or page) across all pages.
 * Only the current page is held in memory.
 */
export class PagePromiseImpl<TPage, TItem> extends APIPromiseImpl<TPage> implements PagePromise<TPage, TItem> {
  readonly #operation: OperationDef;
  readonly #request: Record<string, unknown>;
  readonly #fetchPage: PageFetcher<TPage>;

  constructor(operation: OperationDef, request: Record<string, unknown>, fetchPage: PageFetcher<TPage>) {
    super(fetchPage(request));
    this.#operation = operation;
    this.#request = request;
    this.#fetchPage = fetchPage;
  }

  async *pages(): AsyncGenerator<TPage, void, undefined> {
    let page = (await this.withResponse()).data;
    let request: Record<string, unknown> | undefined = this.#request;
    for (;;) {
      yield page;
      request = nextPageRequest(this.#operation, request, page);
      if (request === undefined) return;
      page = (await this.#fetchPage(request)).data;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined> {
    const pagination = this.#operation.pagination;
    for await (const page of this.pages()) {
      if (pagination === undefined) return;
      yield* pageItems<TItem>(page, pagination);
    }
  }
}
