import type { ConnectUIEvent } from './types.js';

const TYPES = new Set(['ready', 'close', 'connect', 'error', 'settings_changed']);

/** True when `data` is a message of the Connect UI protocol. */
export function isConnectUIEvent(data: unknown): data is ConnectUIEvent {
  return typeof data === 'object' && data !== null && TYPES.has((data as { type?: unknown }).type as string);
}
