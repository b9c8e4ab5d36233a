import type { RateLimitInfo } from './generated/contract.js';
import { parseRateLimit } from './internal/rate-limit.js';
import { parseRetryAfter } from './internal/retry-policy.js';
import { redactHeaders, redactText, redactValue } from './internal/redact.js';

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

/** One problem reported by the server's request validation. */
export interface NangoValidationIssue {
  readonly code?: string;
  readonly message?: string;
  readonly path?: readonly (string | number)[];
  readonly [key: string]: unknown;
}

/** Base class of every error the SDK throws. */
export class NangoError extends Error {
  override readonly name: string = 'NangoError';

  /** A plain, redacted view of the error, safe to log or serialise. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message };
  }

  [inspectSymbol](): string {
    return `${this.name}: ${this.message} ${JSON.stringify(this.toJSON(), null, 2)}`;
  }
}

/** Bad input caught before any request was sent. */
export class NangoValidationError extends NangoError {
  override readonly name: string = 'NangoValidationError';
  /** The request field at fault, when one is. */
  readonly field: string | undefined;

  constructor(message: string, field?: string) {
    super(message);
    this.field = field;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), field: this.field };
  }
}

/** The request could not reach the server (DNS, refused or reset connection, TLS...). */
export class NangoConnectionError extends NangoError {
  override readonly name: string = 'NangoConnectionError';

  constructor(message = 'Connection error', options?: { cause?: unknown }) {
    super(redactText(message), options?.cause === undefined ? undefined : { cause: options.cause });
  }
}

/** An attempt took longer than the configured timeout. */
export class NangoTimeoutError extends NangoConnectionError {
  override readonly name: string = 'NangoTimeoutError';

  constructor(message = 'Request timed out') {
    super(message);
  }
}

/** The caller aborted the request through its `AbortSignal`. */
export class NangoAbortError extends NangoError {
  override readonly name: string = 'NangoAbortError';

  constructor(message = 'Request was aborted') {
    super(message);
  }
}

/** What the server answered, as given to {@link NangoResponseParseError}. */
export interface NangoResponseParseErrorInit {
  readonly status: number;
  readonly headers: Headers;
  readonly contentType?: string | undefined;
}

/**
 * A success response announced JSON but its body did not parse (malformed or truncated).
 * The body is not kept, so nothing it held can leak through the error.
 */
export class NangoResponseParseError extends NangoError {
  override readonly name: string = 'NangoResponseParseError';
  /** HTTP status of the response. */
  readonly status: number;
  /** Response headers (sensitive ones redacted). */
  readonly headers: Headers;

  constructor(init: NangoResponseParseErrorInit, options?: { cause?: unknown }) {
    super(`${init.status}: the response body is not valid JSON${init.contentType ? ` (content-type ${init.contentType})` : ''}`, options);
    this.status = init.status;
    this.headers = new Headers(redactHeaders(init.headers));
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, headers: Object.fromEntries(this.headers.entries()) };
  }
}

/** A webhook failed signature verification or could not be read. */
export class NangoWebhookVerificationError extends NangoError {
  override readonly name: string = 'NangoWebhookVerificationError';
  /** Why verification failed. */
  readonly reason: WebhookVerificationFailure;

  constructor(reason: WebhookVerificationFailure, message: string) {
    super(message);
    this.reason = reason;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason };
  }
}

/** Reason codes of {@link NangoWebhookVerificationError}. */
export type WebhookVerificationFailure =
  | 'missing_signature'
  | 'duplicate_signature'
  | 'malformed_signature'
  | 'signature_mismatch'
  | 'no_signing_key'
  | 'parsed_body'
  | 'invalid_json';

/** What the server answered, as given to {@link NangoAPIError}. */
export interface NangoAPIErrorInit {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Headers;
}

/** The server answered with a non-success status. */
export class NangoAPIError extends NangoError {
  override readonly name: string = 'NangoAPIError';
  /** HTTP status. */
  readonly status: number;
  /** Nango's `error.code`, when the body carried the error envelope. */
  readonly code: string | undefined;
  /** Validation issues from `error.errors`. */
  readonly errors: readonly NangoValidationIssue[] | undefined;
  /**
   * Extra data: `error.payload` (plus any other keys of the error object) for Nango's own errors,
   * or the whole response body when it did not carry the envelope (an upstream proxy error, an HTML page).
   * Token-bearing fields are redacted.
   */
  readonly payload: unknown;
  /** Response headers (sensitive ones redacted). */
  readonly headers: Headers;
  /** Rate-limit figures read from the response. */
  readonly rateLimit: RateLimitInfo | undefined;

  constructor(init: NangoAPIErrorInit) {
    const parsed = readEnvelope(init.body);
    super(describe(init.status, parsed));
    this.status = init.status;
    this.code = parsed.code;
    this.errors = parsed.errors;
    this.payload = parsed.payload;
    this.headers = new Headers(redactHeaders(init.headers));
    this.rateLimit = parseRateLimit(init.headers);
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      code: this.code,
      errors: this.errors,
      payload: this.payload,
      rateLimit: this.rateLimit,
      headers: Object.fromEntries(this.headers.entries()),
    };
  }
}

/** 400: the request was malformed or failed validation. */
export class NangoBadRequestError extends NangoAPIError {
  override readonly name: string = 'NangoBadRequestError';
}
/** 401: missing or invalid credentials. */
export class NangoAuthenticationError extends NangoAPIError {
  override readonly name: string = 'NangoAuthenticationError';
}
/** 403: the key lacks the scope the operation needs. */
export class NangoPermissionDeniedError extends NangoAPIError {
  override readonly name: string = 'NangoPermissionDeniedError';
}
/** 404: the resource does not exist (or is not ready yet). */
export class NangoNotFoundError extends NangoAPIError {
  override readonly name: string = 'NangoNotFoundError';
}
/** 409: the request conflicts with the current state. */
export class NangoConflictError extends NangoAPIError {
  override readonly name: string = 'NangoConflictError';
}
/** 422: the request was understood but cannot be processed. */
export class NangoUnprocessableEntityError extends NangoAPIError {
  override readonly name: string = 'NangoUnprocessableEntityError';
}
/** 424: a dependency failed (connection refresh exhausted, upstream action failure). */
export class NangoFailedDependencyError extends NangoAPIError {
  override readonly name: string = 'NangoFailedDependencyError';
}
/** 429: too many requests. */
export class NangoRateLimitError extends NangoAPIError {
  override readonly name: string = 'NangoRateLimitError';
  /** How long the server asked to wait, in milliseconds, from `Retry-After`. */
  readonly retryAfter: number | undefined;

  constructor(init: NangoAPIErrorInit) {
    super(init);
    this.retryAfter = parseRetryAfter(init.headers, Date.now());
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), retryAfter: this.retryAfter };
  }
}
/** 5xx: the server failed. */
export class NangoInternalServerError extends NangoAPIError {
  override readonly name: string = 'NangoInternalServerError';
}

/** Builds the error subclass that matches `status`. */
export function makeAPIError(status: number, body: unknown, headers: Headers): NangoAPIError {
  const init = { status, body, headers };
  switch (status) {
    case 400:
      return new NangoBadRequestError(init);
    case 401:
      return new NangoAuthenticationError(init);
    case 403:
      return new NangoPermissionDeniedError(init);
    case 404:
      return new NangoNotFoundError(init);
    case 409:
      return new NangoConflictError(init);
    case 422:
      return new NangoUnprocessableEntityError(init);
    case 424:
      return new NangoFailedDependencyError(init);
    case 429:
      return new NangoRateLimitError(init);
    default:
      return status >= 500 ? new NangoInternalServerError(init) : new NangoAPIError(init);
  }
}

interface ParsedEnvelope {
  code: string | undefined;
  message: string | undefined;
  errors: readonly NangoValidationIssue[] | undefined;
  payload: unknown;
}

const MAX_TEXT = 500;

function readEnvelope(body: unknown): ParsedEnvelope {
  if (typeof body === 'string') {
    const trimmed = body.trim();
    if (trimmed !== '') {
      try {
        return readEnvelope(JSON.parse(trimmed));
      } catch {
        const text = redactText(trimmed);
        return { code: undefined, message: undefined, errors: undefined, payload: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text };
      }
    }
    return { code: undefined, message: undefined, errors: undefined, payload: undefined };
  }
  if (isRecord(body) && isRecord(body['error']) && typeof body['error']['code'] === 'string') {
    const { code, message, errors, payload, ...rest } = body['error'];
    const extra = Object.keys(rest).length > 0 ? rest : undefined;
    return {
      code: code as string,
      message: typeof message === 'string' ? redactText(message) : undefined,
      errors: Array.isArray(errors) ? (redactValue(errors) as NangoValidationIssue[]) : undefined,
      payload: redactValue(payload === undefined ? extra : extra === undefined ? payload : { ...extra, payload }),
    };
  }
  if (isRecord(body) && typeof body['message'] === 'string') {
    const only = Object.keys(body).length === 1;
    return { code: undefined, message: redactText(body['message']), errors: undefined, payload: only ? undefined : redactValue(body) };
  }
  return { code: undefined, message: undefined, errors: undefined, payload: redactValue(body) };
}

function describe(status: number, parsed: ParsedEnvelope): string {
  const head = parsed.code === undefined ? `${status}` : `${status} ${parsed.code}`;
  if (parsed.message !== undefined) return `${head}: ${parsed.message}`;
  if (parsed.errors !== undefined && parsed.errors.length > 0) {
    const first = parsed.errors[0];
    return `${head}: ${first?.path?.join('.') ?? ''} ${first?.message ?? ''}`.trimEnd();
  }
  return `${head}: request failed with status ${status}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
