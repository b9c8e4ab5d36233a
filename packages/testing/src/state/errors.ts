/** An error raised by the state layer; the router turns it into Nango's error envelope. */
export class FakeApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly extra: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    code: string,
    message?: string,
    extra: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) {
    super(message ?? code);
    this.name = 'FakeApiError';
    this.status = status;
    this.code = code;
    this.extra = extra;
    this.headers = headers;
  }
}

/** One entry of the `errors` list of a validation failure. */
export interface ValidationIssue {
  code: string;
  message: string;
  path: (string | number)[];
}

export function invalidBody(issues: ValidationIssue[]): FakeApiError {
  return new FakeApiError(400, 'invalid_body', undefined, { errors: issues });
}
