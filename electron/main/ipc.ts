import { BrowserWindow, ipcMain } from 'electron';
import type { ApiEvent, MenuCommand } from '../../core/api';
import type { Core } from '../../core/createCore';
import { CHANNELS } from '../shared/channels';
import { isTrustedSender, screenInvoke } from './trustedSender';

/** Pushes one event to a window, unless that window no longer shows the Coherence page. */
export function sendEvent(window: BrowserWindow, event: ApiEvent): void {
  if (window.isDestroyed()) return;
  const contents = window.webContents;
  if (contents.isDestroyed() || !isTrustedSender(contents.getURL(), true)) return;
  contents.send(CHANNELS.event, event);
}

export function sendMenuCommand(window: BrowserWindow, command: MenuCommand): void {
  sendEvent(window, { name: 'menu.command', payload: command });
}

/**
 * Connects the core to the renderer: one handler for every API call, checking the sender on
 * each call (Electron security checklist 17), and every core event pushed to every window.
 * Returns the way to disconnect (used at quit).
 */
export function wireIpc(core: Core): () => void {
  ipcMain.handle(CHANNELS.invoke, async (event, method: unknown, args: unknown) => {
    const frame = event.senderFrame;
    const screening = screenInvoke({ url: frame?.url, isTopFrame: frame !== null && frame.parent === null }, method);
    if (!screening.accept) return screening.reply;
    return core.handle(screening.method, args);
  });
  const stopEvents = core.onEvent((event) => {
    for (const window of BrowserWindow.getAllWindows()) sendEvent(window, event);
  });
  return () => {
    stopEvents();
    ipcMain.removeHandler(CHANNELS.invoke);
  };
}
