/** A fault to inject into matching requests. */
export interface FaultSpec {
  /** An operationId (`connections.get`) or `METHOD /path` with `*` wildcards (`GET /connections/*`). Omit to match every request. */
  route?: string;
  /** How many matching requests the fault applies to (default: all of them). */
  times?: number;
  /** Apply only to the n-th matching request (1-based). */
  nth?: number;
  /** Added latency before the response, in milliseconds. */
  latencyMs?: number;
  /** Answer with this status instead of running the operation. */
  status?: number;
  /** `Retry-After` header value in seconds (with `status`, typically 429 or 503). */
  retryAfter?: number;
  /** Response body for `status` (JSON); defaults to Nango's error envelope. */
  body?: unknown;
  /** Drop the connection before answering, or half-way through the body. */
  reset?: 'before' | 'mid-body';
  /** Send only the first half of the body, cleanly terminated. */
  truncate?: boolean;
  /** Replace the body with invalid JSON, keeping the JSON content type. */
  malformedJson?: boolean;
  /** Send the body in chunks with this delay between them. */
  slowBodyMs?: number;
  /** Answer with an HTML error page (as a gateway or load balancer would), using `status` or 502. */
  html?: boolean;
}

export interface ActiveFault extends FaultSpec {
  id: number;
  matched: number;
  applied: number;
}
