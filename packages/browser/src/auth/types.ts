/** API key credentials (`POST /api-auth/api-key/{integration}`). */
export interface ApiKeyCredentials {
  apiKey: string;
}
/** Basic credentials (`POST /api-auth/basic/{integration}`). */
export interface BasicCredentials {
  username: string;
  password?: string;
}
/** Bill.com credentials (`POST /auth/bill/{integration}`). */
export interface BillCredentials {
  username: string;
  password: string;
  organization_id: string;
  dev_key: string;
}
/** Signature credentials (`POST /auth/signature/{integration}`). */
export interface SignatureCredentials {
  type: 'SIGNATURE';
  username: string;
  password: string;
}
/** Two-step credentials (`POST /auth/two-step/{integration}`): the fields the provider asks for. */
export interface TwoStepCredentials {
  type: 'TWO_STEP';
  [field: string]: unknown;
}
/** JWT credentials (`POST /auth/jwt/{integration}`): the fields the provider asks for. */
export interface JwtCredentials {
  type: 'JWT';
  [field: string]: unknown;
}
/** AWS SigV4 credentials (`POST /auth/aws-sigv4/{integration}`). */
export interface AwsSigV4Credentials {
  type: 'AWS_SIGV4';
  role_arn: string;
  region: string;
}
/** NetSuite token-based credentials (`POST /auth/tba/{integration}`). */
export interface TbaCredentials {
  token_id: string;
  token_secret: string;
  oauth_client_id_override?: string;
  oauth_client_secret_override?: string;
}
/** OAuth 2 client-credentials grant (`POST /oauth2/auth/{integration}`). */
export interface OAuth2ClientCredentials {
  client_id: string;
  client_secret?: string;
  client_private_key?: string;
  client_certificate?: string;
}
/** Overrides of the OAuth app used by the popup flow (sent as `credentials[…]` query values). */
export interface OAuthCredentialsOverride {
  oauth_client_id_override?: string | undefined;
  oauth_client_secret_override?: string | undefined;
  oauth_refresh_token_override?: string | undefined;
}

/** Credentials accepted by `auth()`; all but {@link OAuthCredentialsOverride} use a headless flow. */
export type Credentials =
  | ApiKeyCredentials
  | BasicCredentials
  | BillCredentials
  | SignatureCredentials
  | TwoStepCredentials
  | JwtCredentials
  | AwsSigV4Credentials
  | TbaCredentials
  | OAuth2ClientCredentials
  | OAuthCredentialsOverride;

/** A scalar query value; `undefined` entries are never sent. */
export type QueryValue = string | number | boolean | undefined;

/** Options of `auth()`. */
export interface AuthOptions {
  /** Id of the connection to create. Default: chosen by Nango. */
  connectionId?: string;
  /** Credentials for a headless flow, or OAuth app overrides for the popup flow. */
  credentials?: Credentials;
  /** Connection configuration (sent as `params[key]=value`). */
  params?: Record<string, QueryValue>;
  /** Extra query values for the provider's authorization URL (sent as `authorization_params[key]=value`). */
  authorizationParams?: Record<string, QueryValue>;
  /** User scopes (Slack), sent comma-joined as `user_scope`. */
  userScope?: string[];
  /** `outbound` starts a provider-initiated installation headlessly. */
  installation?: 'outbound';
  /** Milliseconds before the flow ends with `AuthError('timeout')`. Default: 300000 (5 minutes). */
  timeout?: number;
  /** Aborts the flow with `AuthError('aborted')` and closes the popup. */
  signal?: AbortSignal;
  /** Popup size in CSS pixels. Default: 500×600. */
  popup?: { width?: number; height?: number };
  /** Also listen for completion on Nango's websocket. Default: true (falls back to postMessage when unavailable). */
  websocket?: boolean;
}
