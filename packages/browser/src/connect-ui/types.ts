/** Result of a successful connection, as reported by the Connect UI or an auth flow. */
export interface AuthSuccess {
  /** The integration id (unique key) the connection belongs to. */
  providerConfigKey: string;
  /** The id of the created or reconnected connection. */
  connectionId: string;
  /** True when the connection still waits for an asynchronous step on the provider side. */
  isPending?: boolean;
}

/** Messages the Connect UI iframe sends to the page, passed to `onEvent` unchanged. */
export type ConnectUIEvent =
  | { type: 'ready' }
  | { type: 'close' }
  | { type: 'connect'; payload: AuthSuccess }
  | { type: 'error'; payload: { errorType: string; errorMessage: string } }
  | { type: 'settings_changed'; payload: Record<string, unknown> };

/** Theme of the Connect UI; `system` follows the user's preference. */
export type ConnectUITheme = 'light' | 'dark' | 'system';

/** Options of {@link openConnectUI}. */
export interface ConnectUIOptions {
  /** Called for every message the Connect UI sends (`ready`, `close`, `connect`, `error`, `settings_changed`). */
  onEvent?: (event: ConnectUIEvent) => void;
  /** Connect-session token; may also be given later with `setSessionToken`. */
  sessionToken?: string;
  /** Language of the Connect UI (e.g. `en`, `fr`). Default: the Connect UI's own choice. */
  lang?: string;
  /** Theme of the Connect UI. Default: the Connect UI's own choice. */
  theme?: ConnectUITheme;
  /** Where the Connect UI is served. Default: `https://connect.nango.dev`. */
  baseURL?: string;
  /** Nango API host the Connect UI talks to. Default: `https://api.nango.dev`. */
  apiURL?: string;
  /** Ask the Connect UI to report a closed OAuth popup as an error. Default: the Connect UI's own choice. */
  detectClosedAuthWindow?: boolean;
}

/** The mounted Connect UI. */
export interface ConnectUIHandle {
  /** The overlay iframe (null after `close()`). */
  readonly iframe: HTMLIFrameElement | null;
  /** Sends a connect-session token; it is delivered once the Connect UI reports `ready`. */
  setSessionToken(token: string): void;
  /** Removes the overlay, its listener and restores the page scroll. Safe to call twice. */
  close(): void;
}
