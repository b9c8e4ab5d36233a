import type { Invoker, OperationDef } from './generated/contract.js';
import { NangoAPIError, NangoAbortError, NangoConnectionError, NangoRateLimitError, NangoTimeoutError, NangoValidationError } from './errors.js';
import { abortableSleep } from './internal/signals.js';
import type { RequestOptions } from './options.js';

/** Options of `nango.actions.waitForResult`. */
export interface WaitForResultOptions {
  /** Stops waiting. */
  readonly signal?: AbortSignal;
  /** Longest total wait in ms before a {@link NangoTimeoutError}. Default 300000 (5 minutes). */
  readonly timeout?: number;
  /** First delay between polls in ms; it grows by half each time. Default 1000. */
  readonly interval?: number;
  /** Longest delay between polls in ms. Default 10000. */
  readonly maxInterval?: number;
}

/** Temporary answers that mean "ask again later". */
function isTransient(error: unknown): boolean {
  if (error instanceof NangoConnectionError) return true;
  return error instanceof NangoAPIError && (error.status === 404 || error.status === 429 || error.status === 502 || error.status === 503 || error.status === 504);
}

/**
 * Polls an async action's result (`GET /action/{id}`) until it is ready.
 * 404 means not done yet; 200 gives the output; 500 means the action failed and its typed error is thrown.
 */
export async function waitForActionResult<T>(
  invoker: Invoker<RequestOptions>,
  operation: OperationDef,
  id: string | { readonly id: string },
  options: WaitForResultOptions = {},
): Promise<T> {
  const actionId = typeof id === 'string' ? id : id?.id;
  if (typeof actionId !== 'string' || actionId === '') throw new NangoValidationError('waitForResult: missing action id', 'id');
  const field = operation.fields.find((candidate) => candidate.in === 'path')?.name ?? 'actionId';
  const timeout = options.timeout ?? 300_000;
  const maxInterval = options.maxInterval ?? 10_000;
  let interval = options.interval ?? 1_000;
  const started = Date.now();
  for (;;) {
    if (options.signal?.aborted) throw new NangoAbortError();
    try {
      return await invoker.call<T>(operation, { [field]: actionId }, { maxRetries: 0, ...(options.signal && { signal: options.signal }) });
    } catch (error) {
      if (!isTransient(error)) throw error;
      const retryAfter = error instanceof NangoRateLimitError ? error.retryAfter : undefined;
      const delay = Math.max(interval, retryAfter ?? 0);
      if (Date.now() - started + delay > timeout) {
        throw new NangoTimeoutError(`Action ${actionId} did not finish within ${timeout} ms`);
      }
      try {
        await abortableSleep(delay, options.signal);
      } catch {
        throw new NangoAbortError();
      }
      interval = Math.min(maxInterval, Math.round(interval * 1.5));
    }
  }
}
