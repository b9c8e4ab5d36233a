/** The credentials of a connection, narrowed by auth mode. Returned by `nango.getToken()`. */
export type ConnectionToken =
  | { readonly type: 'OAUTH2'; readonly accessToken: string; readonly refreshToken?: string; readonly expiresAt?: Date }
  | { readonly type: 'OAUTH1'; readonly oauthToken: string; readonly oauthTokenSecret: string }
  | { readonly type: 'OAUTH2_CC'; readonly token: string; readonly expiresAt?: Date; readonly clientId?: string }
  | { readonly type: 'APP'; readonly accessToken: string; readonly expiresAt?: Date }
  | { readonly type: 'CUSTOM'; readonly accessToken: string; readonly expiresAt?: Date }
  | { readonly type: 'API_KEY'; readonly apiKey: string }
  | { readonly type: 'BASIC'; readonly username: string; readonly password: string }
  | { readonly type: 'JWT'; readonly token: string; readonly expiresAt?: Date }
  | { readonly type: 'TBA'; readonly tokenId: string; readonly tokenSecret: string }
  | { readonly type: 'BILL' | 'SIGNATURE' | 'TWO_STEP'; readonly token: string; readonly expiresAt?: Date }
  | { readonly type: 'NONE' }
  | { readonly type: 'UNKNOWN'; readonly credentials: Readonly<Record<string, unknown>> };

/** An auth mode that `getToken()` can return. */
export type ConnectionTokenType = ConnectionToken['type'];
