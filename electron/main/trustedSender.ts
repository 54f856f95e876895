import type { Wire } from '../../core/api';
import { APP_HOST, APP_SCHEME } from './appOrigin';

/**
 * Electron security checklist 17: validate the sender of every IPC message. Only the top frame
 * of a page served from app://coherence may call the core; file://, http(s)://, other hosts and
 * iframes (even our own origin's) are refused, as VS Code's validated ipcMain does.
 */
export function isTrustedSender(url: string | null | undefined, frameIsTop: boolean): boolean {
  if (!frameIsTop || !url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

export interface InvokeSender {
  /** `event.senderFrame.url`; null when the frame is gone. */
  url: string | null | undefined;
  /** `event.senderFrame.parent === null`. */
  isTopFrame: boolean;
}

export type InvokeScreening = { accept: true; method: string } | { accept: false; reply: Wire<never> };

/**
 * What the main process does with one `coherence:invoke` message before the core sees it:
 * refuse an untrusted sender, refuse a method name that is not a string, pass the rest on.
 * The refusal is a Wire envelope (not a thrown Error) so the code survives IPC.
 */
export function screenInvoke(sender: InvokeSender, method: unknown): InvokeScreening {
  if (!isTrustedSender(sender.url, sender.isTopFrame)) {
    return {
      accept: false,
      reply: {
        ok: false,
        error: { code: 'unauthorized', message: 'This page is not allowed to use Coherence (it is not the Coherence window).' },
      },
    };
  }
  if (typeof method !== 'string' || method.length === 0) {
    return {
      accept: false,
      reply: { ok: false, error: { code: 'invalid-args', message: 'A Coherence call needs a method name.' } },
    };
  }
  return { accept: true, method };
}
