/**
 * The two IPC channels between the preload and the main process, and nothing else. Every
 * channel name carries the `coherence:` prefix so a stray message on another channel is
 * recognisable (the main process checks it, as VS Code's validated ipcMain does).
 */
export const CHANNEL_PREFIX = 'coherence:';

export const CHANNELS = {
  /** Renderer -> main: one API call, answered with a Wire envelope. */
  invoke: 'coherence:invoke',
  /** Main -> renderer: every core event, and menu commands, as `{ name, payload }`. */
  event: 'coherence:event',
} as const;

export function isCoherenceChannel(channel: string): boolean {
  return channel.startsWith(CHANNEL_PREFIX);
}
