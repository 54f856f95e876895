/**
 * The whole bridge between the page and the main process (Electron security checklist 20):
 * `window.coherence.invoke(method, args)` and `window.coherence.onEvent(listener)`, nothing
 * else. Never ipcRenderer itself, and the IPC event object never reaches the page. Bundled to
 * one CommonJS file because a sandboxed preload can only require 'electron'.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiEvent, CoherenceBridge, Wire } from '../../core/api';
import { CHANNELS } from '../shared/channels';

const bridge = {
  invoke: (method: string, args: unknown): Promise<Wire<unknown>> => ipcRenderer.invoke(CHANNELS.invoke, method, args),
  onEvent: (listener: (event: ApiEvent) => void): (() => void) => {
    const forward = (_ipcEvent: IpcRendererEvent, event: ApiEvent) => listener(event);
    ipcRenderer.on(CHANNELS.event, forward);
    return () => {
      ipcRenderer.removeListener(CHANNELS.event, forward);
    };
  },
} satisfies CoherenceBridge;

contextBridge.exposeInMainWorld('coherence', bridge);
