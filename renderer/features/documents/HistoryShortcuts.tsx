import { useEffect } from 'react';
import { useApi, useEvent } from '../../api/ApiContext';
import { useToast } from '../../components/Toast';

/** Text fields keep Ctrl+Z for their own typing. */
function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type));
}

/**
 * Undo and redo for the whole project (history.undo / history.redo): Ctrl+Z, Ctrl+Shift+Z or
 * Ctrl+Y (Cmd on a Mac), and the Edit menu of the desktop app. Says what was undone.
 */
export function HistoryShortcuts() {
  const api = useApi();
  const toast = useToast();

  const run = async (which: 'undo' | 'redo') => {
    try {
      const entry = await api.call(which === 'undo' ? 'history.undo' : 'history.redo', {});
      if (entry) toast.show(`${which === 'undo' ? 'Undid' : 'Redid'}: ${entry.label}`);
      else toast.show(which === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.');
    } catch (e) {
      toast.show((e as Error).message);
    }
  };
  // Re-registered each render so the listener always calls the current `run`.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A part of the screen that handled the key itself (preventDefault) keeps it.
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.defaultPrevented || typingInField(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z') {
        e.preventDefault();
        void run(e.shiftKey ? 'redo' : 'undo');
      } else if (key === 'y' && !e.shiftKey) {
        e.preventDefault();
        void run('redo');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  useEvent('menu.command', (command) => {
    if ((command === 'undo' || command === 'redo') && !typingInField(document.activeElement)) void run(command);
  });

  return null;
}
