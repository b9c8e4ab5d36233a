export { NangoBrowser, createNangoBrowser, type NangoBrowserOptions } from './client.js';
export { auth, type StandaloneAuthOptions } from './auth/standalone.js';
export { openConnectUI, DEFAULT_CONNECT_UI_URL } from './connect-ui/open-connect-ui.js';
export type { AuthSuccess, ConnectUIEvent, ConnectUIHandle, ConnectUIOptions, ConnectUITheme } from './connect-ui/types.js';
export type {
  ApiKeyCredentials,
  AuthOptions,
  AwsSigV4Credentials,
  BasicCredentials,
  BillCredentials,
  Credentials,
  JwtCredentials,
  OAuth2ClientCredentials,
  OAuthCredentialsOverride,
  QueryValue,
  SignatureCredentials,
  TbaCredentials,
  TwoStepCredentials,
} from './auth/types.js';
export {
  AuthError,
  InvalidSessionTokenError,
  NangoBrowserError,
  type AuthErrorType,
  type InvalidSessionTokenReason,
  type KnownAuthErrorType,
} from './errors.js';
export type { SessionCallOptions } from './session-api.js';
export type { FetchFn } from './auth/headless.js';
export { assertSessionToken, SESSION_TOKEN_PREFIX } from './session-token.js';
