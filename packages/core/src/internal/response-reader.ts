import type { ResponseWithData } from '../generated/contract.js';
import { makeAPIError, NangoResponseParseError } from '../errors.js';
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

/** Whether a `Content-Type` announces JSON (`application/json`, `application/problem+json`, ...). */
export function isJsonContentType(contentType: string | null): boolean {
  if (contentType === null) return false;
  const end = contentType.indexOf(';');
  const type = (end === -1 ? contentType : contentType.slice(0, end)).trim().toLowerCase();
  return type === 'application/json' || type.endsWith('+json');
}

/** Parses a success body that is not empty; see {@link readSuccessBody}. */
function parseSuccessText(text: string, response: Response): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // The parser's message quotes the body, which may hold secrets: it is not kept.
    const contentType = response.headers.get('content-type');
    if (!isJsonContentType(contentType)) return text;
    throw new NangoResponseParseError({ status: response.status, headers: response.headers, contentType: contentType ?? undefined });
  }
}

/**
 * Reads a success body: JSON when the response announces JSON (a body that does not parse then throws
 * {@link NangoResponseParseError}), otherwise JSON when it happens to parse and text when not.
 */
export async function readSuccessBody(response: Response): Promise<unknown> {
  const text = await response.text();
  return text === '' ? undefined : parseSuccessText(text, response);
}

/**
 * `rateLimit` of a result: an own enumerable property (spreading or serialising the result keeps it) whose
 * headers are parsed when first read, after which it holds the value. One descriptor serves every result.
 */
const RATE_LIMIT: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: { readonly headers: Headers }) {
    const value = parseRateLimit(this.headers);
    Object.defineProperty(this, 'rateLimit', { value, enumerable: true, configurable: true });
    return value;
  },
};

/** Turns a response into data with metadata, or throws the typed error for a non-success status. */
export async function readResponse<T>(response: Response, emptySuccess: readonly number[]): Promise<ResponseWithData<T>> {
  const status = response.status;
  const headers = response.headers;
  if (!response.ok) {
    throw makeAPIError(status, await readBody(response).catch(() => undefined), headers);
  }
  let data: unknown;
  if (status === 204 || status === 205 || emptySuccess.includes(status)) {
    // Draining (rather than awaiting cancel()) releases the connection with real fetch and cannot hang on
    // mocked bodies whose cancel() never settles.
    await response.arrayBuffer().catch(() => undefined);
  } else {
    // Read here rather than through readSuccessBody: one promise less per call.
    const text = await response.text();
    data = text === '' ? undefined : parseSuccessText(text, response);
  }
  // Adding the accessor to a plain literal is cheaper than a literal with a getter of its own.
  return Object.defineProperty({ data: data as T, status, headers, response }, 'rateLimit', RATE_LIMIT) as ResponseWithData<T>;
}
