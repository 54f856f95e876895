import { useCallback, useMemo } from 'react';
import type { Code } from '../../../core/model/types';
import { useApi } from '../../api/ApiContext';
import { useToast } from '../../components/Toast';
import { useUndoToast } from '../history/useUndoToast';
import { siblingsOf, type CodeTree } from './codeTree';
import { csvType, downloadText } from '../../files/downloads';
import { pickedFile } from './csvFiles';
import { impactSentence } from './DeleteCodeDialog';

/** The codebook's changes, each one API call; losses are announced with an Undo button. */
export function useCodebookActions(tree: CodeTree, onError: (e: Error) => void) {
  const api = useApi();
  const toast = useToast();
  const undoToast = useUndoToast();

  const attempt = useCallback(
    async (work: () => Promise<unknown>) => {
      try {
        await work();
      } catch (e) {
        onError(e as Error);
      }
    },
    [onError],
  );

  return useMemo(() => {
    const placeName = (parentId: number | null) => (parentId === null ? 'the top level' : `“${tree.byId.get(parentId)?.name ?? ''}”`);
    const move = (code: Code, to: { parentId: number | null; index?: number }) =>
      attempt(async () => {
        await api.call('codes.move', { codeId: code.id, ...to });
        if (to.parentId !== code.parentId) undoToast(`Moved “${code.name}” into ${placeName(to.parentId)}.`);
      });

    /** Keyboard moves: up and down among its siblings, out to its parent's level, into the code above. */
    const nudge = (code: Code, how: 'move-up' | 'move-down' | 'outdent' | 'indent') => {
      const siblings = siblingsOf(tree, code);
      const at = siblings.findIndex((c) => c.id === code.id);
      if (how === 'move-up' && at > 0) return move(code, { parentId: code.parentId, index: at - 1 });
      if (how === 'move-down' && at < siblings.length - 1) return move(code, { parentId: code.parentId, index: at + 1 });
      if (how === 'indent' && at > 0) return move(code, { parentId: siblings[at - 1]!.id });
      if (how === 'outdent' && code.parentId !== null) {
        const parent = tree.byId.get(code.parentId);
        const parentAt = parent ? siblingsOf(tree, parent).findIndex((c) => c.id === parent.id) : -1;
        return move(code, { parentId: parent?.parentId ?? null, index: parentAt + 1 });
      }
      return Promise.resolve();
    };

    return {
      move,
      nudge,
      rename: (code: Code, name: string) => api.call('codes.update', { codeId: code.id, name }),
      merge: (source: Code, target: Code) =>
        attempt(async () => {
          await api.call('codes.merge', { sourceId: source.id, targetId: target.id });
          undoToast(`Merged “${source.name}” into “${target.name}”.`);
        }),
      remove: (code: Code) =>
        attempt(async () => {
          const impact = await api.call('codes.delete', { codeId: code.id });
          undoToast(`Deleted “${code.name}” with ${impactSentence(impact)}.`);
        }),
      importCsv: (files: FileList | null) =>
        attempt(async () => {
          const file = await pickedFile(files);
          if (!file) return;
          const result = await api.call('codebook.importCsv', { file });
          toast.show(`Codebook imported: ${result.created} new code${result.created === 1 ? '' : 's'}, ${result.updated} updated.`);
        }),
      exportCsv: () =>
        attempt(async () => {
          const exported = await api.call('codebook.exportCsv', {});
          downloadText(exported.fileName, exported.csv, csvType);
          toast.show(`Codebook saved as ${exported.fileName}.`);
        }),
    };
  }, [api, attempt, toast, tree, undoToast]);
}
