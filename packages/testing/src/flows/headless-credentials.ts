import { defaultCredentials, type Credentials } from '../state/credentials.js';
import { FakeApiError } from '../state/errors.js';

/** The headless credential routes, by the path segment that names them. */
export type HeadlessKind = 'api-key' | 'basic' | 'two-step' | 'signature' | 'aws-sigv4' | 'bill' | 'jwt' | 'tba' | 'oauth2-cc' | 'unauthenticated';

type Body = Record<string, unknown>;

interface HeadlessMode {
  /** The auth mode the integration's provider must use. */
  mode: string;
  /** Checks the body and builds the stored credentials (throws 400 when fields are missing). */
  credentials(body: Body, nowMs: number): Credentials | undefined;
}

function text(body: Body, field: string): string | undefined {
  const value = body[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The named string fields of the body; 400 `invalid_body` listing every missing one. */
function required<const K extends string>(body: Body, fields: readonly K[]): Record<K, string> {
  const missing = fields.filter((field) => text(body, field) === undefined);
  if (missing.length > 0) {
    throw new FakeApiError(400, 'invalid_body', `${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} required`, {
      errors: missing.map((field) => ({ code: 'invalid_type', message: 'Required', path: [field] })),
    });
  }
  return Object.fromEntries(fields.map((field) => [field, body[field]])) as Record<K, string>;
}

/** The body without its `type` marker; 400 `missing_credentials` when nothing else is left. */
function anyFields(body: Body): Body {
  const { type: _type, ...fields } = body;
  if (Object.keys(fields).length === 0) throw new FakeApiError(400, 'missing_credentials', 'Credentials are required');
  return fields;
}

function jwtKey(body: Body): string | { id: string; secret: string } {
  const key = body['privateKey'];
  if (typeof key === 'string' && key !== '') return key;
  if (key && typeof key === 'object') {
    const { id, secret } = key as Body;
    if (typeof id === 'string' && id !== '' && typeof secret === 'string' && secret !== '') return { id, secret };
  }
  throw new FakeApiError(400, 'invalid_body', 'privateKey is required (a string or an object with id and secret)', {
    errors: [{ code: 'invalid_type', message: 'Required', path: ['privateKey'] }],
  });
}

const MODES: Record<HeadlessKind, HeadlessMode> = {
  'api-key': { mode: 'API_KEY', credentials: (body) => ({ type: 'API_KEY', ...required(body, ['apiKey']) }) },
  basic: {
    mode: 'BASIC',
    credentials: (body) => ({ type: 'BASIC', ...required(body, ['username']), password: typeof body['password'] === 'string' ? body['password'] : '' }),
  },
  'two-step': {
    mode: 'TWO_STEP',
    credentials: (body, nowMs) => {
      anyFields(body);
      return defaultCredentials('TWO_STEP', nowMs);
    },
  },
  signature: {
    mode: 'SIGNATURE',
    credentials: (body, nowMs) => ({ ...defaultCredentials('SIGNATURE', nowMs), ...required(body, ['username', 'password']) }),
  },
  'aws-sigv4': { mode: 'AWS_SIGV4', credentials: (body) => ({ type: 'AWS_SIGV4', ...required(body, ['role_arn', 'region']) }) },
  bill: {
    mode: 'BILL',
    credentials: (body, nowMs) => ({ ...defaultCredentials('BILL', nowMs), ...required(body, ['username', 'password', 'organization_id', 'dev_key']) }),
  },
  jwt: {
    mode: 'JWT',
    credentials: (body, nowMs) => {
      anyFields(body);
      return { ...defaultCredentials('JWT', nowMs), privateKey: jwtKey(body) };
    },
  },
  tba: { mode: 'TBA', credentials: (body) => ({ type: 'TBA', ...required(body, ['token_id', 'token_secret']), config_override: {} }) },
  'oauth2-cc': {
    mode: 'OAUTH2_CC',
    credentials: (body, nowMs) => {
      const { client_id } = required(body, ['client_id']);
      const secret = text(body, 'client_secret');
      if (secret === undefined && text(body, 'client_private_key') === undefined) {
        throw new FakeApiError(400, 'missing_credentials', 'client_secret or client_private_key is required');
      }
      return { ...defaultCredentials('OAUTH2_CC', nowMs), client_id, client_secret: secret ?? '' };
    },
  },
  unauthenticated: { mode: 'NONE', credentials: () => undefined },
};

/** The auth mode and credentials builder of a headless route. */
export function headlessMode(kind: HeadlessKind): HeadlessMode {
  return MODES[kind];
}
