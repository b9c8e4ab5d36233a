/** One request the fake received, as recorded for assertions. Secrets are redacted. */
import { RawHeaders, type HeaderReader } from '../server/incoming.js';
import { getOwn, setOwn } from './own.js';

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string[]>;
  headers: Record<string, string>;
  body: unknown;
  operationId: string | undefined;
  status: number;
  at: string;
}

/** What the pipeline records per request; turned into a {@link LoggedRequest} only when the log is read. */
export interface RequestRecord {
  method: string;
  path: string;
  /** `?` and the query, or the empty string. */
  search: string;
  /** The headers, or the flat name/value list they were read from. */
  headers: HeaderReader | readonly string[];
  /** Already redacted (bodies are copied when recorded, as handlers may keep and change them). */
  body: unknown;
  operationId: string | undefined;
  status: number;
  /** Clock time in ms. */
  atMs: number;
}

function isHeaderList(headers: HeaderReader | readonly string[]): headers is readonly string[] {
  return Array.isArray(headers);
}

/**
 * The request log. Recording keeps the raw parts of the request (strings and the transport's header list, which
 * nothing changes afterwards); the redacted plain entries are built when the log is read, so a request that nobody
 * inspects costs little, and a long run keeps as few objects alive as possible. Only the most recent requests are
 * kept, trimmed in batches so that recording stays constant-time.
 */
export class RequestLog {
  readonly #entries: LoggedRequest[] = [];
  readonly #pending: RequestRecord[] = [];
  readonly #limit: number;
  readonly #slack: number;

  constructor(limit = 10_000, slack = 2_500) {
    this.#limit = limit;
    this.#slack = slack;
  }

  record(entry: RequestRecord): void {
    const pending = this.#pending;
    pending.push(entry);
    if (pending.length > this.#limit + this.#slack) {
      this.#entries.length = 0;
      pending.splice(0, pending.length - this.#limit);
    }
  }

  /** Every kept request, oldest first (the same array on every read, growing as requests arrive). */
  entries(): LoggedRequest[] {
    const entries = this.#entries;
    const pending = this.#pending;
    if (pending.length > 0) {
      for (const r of pending) {
        entries.push({
          method: r.method,
          path: r.path,
          query: queryToObject(new URLSearchParams(r.search)),
          headers: redactHeaders(isHeaderList(r.headers) ? new RawHeaders(r.headers) : r.headers),
          body: r.body,
          operationId: r.operationId,
          status: r.status,
          at: new Date(r.atMs).toISOString(),
        });
      }
      pending.length = 0;
      if (entries.length > this.#limit + this.#slack) entries.splice(0, entries.length - this.#limit);
    }
    return entries;
  }
}

const SECRET_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);

/** Copies headers into a plain object, replacing credentials with `[redacted]`. */
export function redactHeaders(headers: HeaderReader): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    setOwn(out, name, SECRET_HEADERS.has(name.toLowerCase()) ? '[redacted]' : value);
  });
  return out;
}

/** Groups query parameters by key. Secret-bearing keys are redacted. */
export function queryToObject(params: URLSearchParams): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  params.forEach((value, key) => {
    const safe = key === 'connect_session_token' ? '[redacted]' : value;
    const list = getOwn(out, key);
    if (list) list.push(safe);
    else setOwn(out, key, [safe]);
  });
  return out;
}

const SECRET_KEY_RE = /token|secret|password|api_?key|private_?key|hmac|credentials|signature/i;

/** Deep copy of a request body with secret-looking fields replaced by `[redacted]`. */
export function redactBody(value: unknown, depth = 0): unknown {
  if (depth > 20) return '[redacted]';
  if (Array.isArray(value)) return value.map((v) => redactBody(v, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) setOwn(out, key, SECRET_KEY_RE.test(key) ? '[redacted]' : redactBody(v, depth + 1));
    return out;
  }
  return value;
}
