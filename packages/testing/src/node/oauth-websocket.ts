import type { Server } from 'node:http';

import { WebSocket, WebSocketServer } from 'ws';

import type { FakeState } from '../fake/state.js';
import { randomHex } from '../state/ids.js';

/**
 * Nango's websocket side of the OAuth popup flow: each client gets `{message_type: 'connection_ack', ws_client_id}`
 * and later `success` or `error` for the popup opened with that `ws_client_id`.
 */
export function attachOAuthWebsocket(server: Server, state: FakeState): { close(): void } {
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (request, socket, head) => {
    socket.on('error', () => socket.destroy());
    wss.handleUpgrade(request, socket, head, (ws) => {
      const id = randomHex(8);
      state.oauthListeners.set(id, (message) => {
        if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message));
      });
      ws.on('close', () => state.oauthListeners.delete(id));
      ws.on('error', () => state.oauthListeners.delete(id));
      ws.send(JSON.stringify({ message_type: 'connection_ack', ws_client_id: id }));
    });
  });
  return {
    close() {
      // terminate, not close: a closing handshake would leave a timer waiting for clients that may never answer.
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
