import { NangoAPIError, type ResponseWithData } from '@nango-sdk/core';

/** The subset of an axios response that callers of the official client read. */
export interface CompatResponse<T> {
  readonly data: T;
  readonly status: number;
  readonly statusText: string;
  readonly headers: Record<string, string>;
}

/** Plain object view of response headers, with lower-case names as axios gives them. */
export function headersObject(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of headers) out[name] = value;
  return out;
}

/** Turns the response of a new-client call into the axios-like shape the official client returned. */
export function toCompatResponse<T>(result: ResponseWithData<T>): CompatResponse<T> {
  return { data: result.data, status: result.status, statusText: result.response.statusText, headers: headersObject(result.headers) };
}

/**
 * Adds an axios-style `response: { status, data, headers }` view to a `NangoAPIError`, so code that read
 * `err.response.status` keeps working. `data` is rebuilt from the parsed error (secrets stay redacted).
 */
export function withResponseView(error: unknown): unknown {
  if (!(error instanceof NangoAPIError) || Object.prototype.hasOwnProperty.call(error, 'response')) return error;
  const data =
    error.code === undefined
      ? error.payload
      : { error: { code: error.code, message: error.message, ...(error.errors ? { errors: error.errors } : {}), ...(error.payload === undefined ? {} : { payload: error.payload }) } };
  Object.defineProperty(error, 'response', {
    value: { status: error.status, data, headers: headersObject(error.headers) },
    enumerable: false,
  });
  return error;
}

/** Runs a call and rethrows API errors with the axios-style `response` view. */
export async function compatCall<T>(run: () => PromiseLike<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw withResponseView(error);
  }
}
