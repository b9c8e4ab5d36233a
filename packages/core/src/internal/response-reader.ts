import type { ResponseWithData } from '../generated/contract.js';
import { makeAPIError } from '../errors.js';
import { parseRateLimit } from './rate-limit.js';

/** Reads a body as JSON when it parses, as text otherwise; an empty body gives undefined. */
export async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Turns a response into data with metadata, or throws the typed error for a non-success status. */
export async function readResponse<T>(response: Response, emptySuccess: readonly number[]): Promise<ResponseWithData<T>> {
  if (!response.ok) {
    throw makeAPIError(response.status, await readBody(response).catch(() => undefined), response.headers);
  }
  let data: unknown;
  if (emptySuccess.includes(response.status) || response.status === 204 || response.status === 205) {
    // Draining (rather than awaiting cancel()) releases the connection with real fetch and cannot hang on
    // mocked bodies whose cancel() never settles.
    await response.arrayBuffer().catch(() => undefined);
  } else {
    data = await readBody(response);
  }
  return { data: data as T, status: response.status, headers: response.headers, rateLimit: parseRateLimit(response.headers), response };
}
