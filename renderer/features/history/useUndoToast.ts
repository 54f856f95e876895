import { useCallback } from 'react';
import { useApi } from '../../api/ApiContext';
import { useToast } from '../../components/Toast';

/**
 * After a change that loses something (a deleted code, a merge, a deleted memo): say what
 * happened, with an Undo button that takes back the latest action (history.undo), as Ctrl+Z does.
 */
export function useUndoToast(): (message: string) => void {
  const api = useApi();
  const toast = useToast();
  return useCallback(
    (message: string) =>
      toast.show(message, {
        label: 'Undo',
        run: () => {
          api.call('history.undo', {}).then(
            (entry) => toast.show(entry ? `Undid: ${entry.label}` : 'Nothing to undo.'),
            (e: unknown) => toast.show((e as Error).message),
          );
        },
      }),
    [api, toast],
  );
}
