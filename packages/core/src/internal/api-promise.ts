import type { APIPromise, ResponseWithData } from '../generated/contract.js';

const ignore = (): undefined => undefined;

/**
 * A promise of a call's data that can also give the response metadata.
 * The request starts when the promise is created; awaiting it gives the data,
 * `withResponse()` gives data, status, headers and rate-limit figures.
 */
export class APIPromiseImpl<T> implements APIPromise<T> {
  readonly [Symbol.toStringTag] = 'Promise';
  readonly #raw: Promise<ResponseWithData<T>>;
  #data: Promise<T> | undefined;

  constructor(raw: Promise<ResponseWithData<T>>) {
    this.#raw = raw;
    // A call that is never awaited must not crash the process with an unhandled rejection.
    raw.catch(ignore);
  }

  withResponse(): Promise<ResponseWithData<T>> {
    return this.#raw;
  }

  #dataPromise(): Promise<T> {
    this.#data ??= this.#raw.then((result) => result.data);
    return this.#data;
  }

  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    // One hop for `await`: the data is taken from the result inside the same reaction.
    if (this.#data === undefined && typeof onfulfilled === 'function') {
      return this.#raw.then((result) => onfulfilled(result.data), onrejected);
    }
    return this.#dataPromise().then(onfulfilled, onrejected);
  }

  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.#dataPromise().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#dataPromise().finally(onfinally);
  }
}
