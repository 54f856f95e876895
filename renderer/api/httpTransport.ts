import type { ApiEvent, Wire } from '../../core/api';
import type { Transport } from './transport';

/**
 * Web mode: one POST /rpc per call, and a WebSocket for events that reconnects if the server
 * restarts. The session cookie set by the server carries the token.
 */
export function httpTransport(origin: string = window.location.origin): Transport {
  const listeners = new Set<(event: ApiEvent) => void>();
  let socket: WebSocket | null = null;

  const connect = () => {
    socket = new WebSocket(`${origin.replace(/^http/, 'ws')}/events`);
    socket.onmessage = (message) => {
      const event = JSON.parse(String(message.data)) as ApiEvent;
      for (const listener of listeners) listener(event);
    };
    socket.onclose = () => {
      socket = null;
      if (listeners.size > 0) window.setTimeout(connect, 1000);
    };
  };

  return {
    async invoke(method, args) {
      let response: Response;
      try {
        response = await fetch(`${origin}/rpc`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ method, args }),
        });
      } catch {
        return { ok: false, error: { code: 'internal', message: 'Lost contact with the Coherence server. Is it still running?' } };
      }
      if (response.status === 401) {
        return { ok: false, error: { code: 'unauthorized', message: await response.text() } };
      }
      return (await response.json()) as Wire<unknown>;
    },
    onEvent(listener) {
      listeners.add(listener);
      if (!socket) connect();
      return () => listeners.delete(listener);
    },
  };
}
