import type { CoherenceBridge } from '../../core/api';
import type { Transport } from './transport';

declare global {
  interface Window {
    /** Present only inside the desktop app (exposed by its preload). */
    coherence?: CoherenceBridge;
  }
}

export function ipcTransport(bridge: CoherenceBridge): Transport {
  return { invoke: (method, args) => bridge.invoke(method, args), onEvent: (listener) => bridge.onEvent(listener) };
}
