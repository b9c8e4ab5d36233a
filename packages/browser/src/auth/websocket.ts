import { readMessage } from './result.js';

/** How long to wait for `connection_ack` before going on without the websocket. */
const ACK_TIMEOUT_MS = 2_000;

/**
 * Opens Nango's auth websocket. `onReady` is called exactly once: with the `ws_client_id` of the
 * `connection_ack` message, or with undefined when the server does not offer a websocket in time.
 * Every later message goes to `onMessage`. Returns a function that closes the socket.
 */
export function openAuthSocket(url: string, onReady: (wsClientId: string | undefined) => void, onMessage: (data: unknown) => void): () => void {
  let acked = false;
  const ready = (id: string | undefined): void => {
    if (acked) return;
    acked = true;
    clearTimeout(timer);
    onReady(id);
  };
  const timer = setTimeout(() => ready(undefined), ACK_TIMEOUT_MS);
  let socket: WebSocket | undefined;
  try {
    socket = new WebSocket(url);
  } catch {
    ready(undefined);
    return () => undefined;
  }
  socket.onerror = socket.onclose = () => ready(undefined);
  socket.onmessage = (event) => {
    const message = readMessage(event.data);
    if (!acked && message?.['message_type'] === 'connection_ack' && typeof message['ws_client_id'] === 'string') ready(message['ws_client_id']);
    else onMessage(event.data);
  };
  return () => {
    clearTimeout(timer);
    if (socket) {
      socket.onerror = socket.onclose = socket.onmessage = null;
      socket.close();
    }
  };
}
