import type { ApiEvent, Wire } from '../../core/api';

/** How the UI reaches the core: Electron IPC in the desktop app, HTTP + WebSocket in a browser. */
export interface Transport {
  invoke(method: string, args: unknown): Promise<Wire<unknown>>;
  onEvent(listener: (event: ApiEvent) => void): () => void;
}
