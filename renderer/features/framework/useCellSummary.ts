import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { cellKey, type CellPosition } from './matrixLayout';

export type SaveState = 'saved' | 'editing' | 'saving' | 'failed';

const debounceMs = 800;

interface Editing {
  matrixId: number;
  position: CellPosition;
  draft: string;
  /** What the database holds, as far as this editor knows. */
  saved: string;
}

/**
 * A cell's summary while it is written: kept as a draft and saved through matrices.setCell a
 * moment after typing stops, when focus leaves, on Ctrl+Enter, and before another cell opens
 * (so moving on never loses words). A reload of the matrix does not overwrite words being typed.
 */
export function useCellSummary(matrixId: number, position: CellPosition | null, stored: string) {
  const api = useApi();
  const [draft, setDraftState] = useState(stored);
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<Error | null>(null);
  const editing = useRef<Editing | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const save = useCallback(
    async (target: Editing) => {
      window.clearTimeout(timer.current);
      if (target.draft === target.saved) return;
      const summary = target.draft;
      if (editing.current === target) setState('saving');
      try {
        await api.call('matrices.setCell', { matrixId: target.matrixId, rowId: target.position.rowId, codeId: target.position.codeId, summary });
        target.saved = summary;
        if (editing.current === target) setState(target.draft === summary ? 'saved' : 'editing');
        setError(null);
      } catch (e) {
        if (editing.current === target) setState('failed');
        setError(e as Error);
      }
    },
    [api],
  );

  const key = position ? `${matrixId}:${cellKey(position.rowId, position.codeId)}` : null;
  // Another cell: save the one being left, then start from what the new one holds.
  useEffect(() => {
    const previous = editing.current;
    if (previous) void save(previous);
    editing.current = position ? { matrixId, position, draft: stored, saved: stored } : null;
    setDraftState(stored);
    setState('saved');
    // `stored` is read for the new cell only; later changes are handled below.
  }, [key]);

  // The matrix reloaded (this editor's own save, another window, undo): follow it unless typing.
  useEffect(() => {
    const current = editing.current;
    if (!current || current.draft !== current.saved) return;
    current.draft = stored;
    current.saved = stored;
    setDraftState(stored);
  }, [stored]);

  useEffect(
    () => () => {
      if (editing.current) void save(editing.current);
    },
    [save],
  );

  const setDraft = useCallback(
    (text: string) => {
      const current = editing.current;
      if (!current) return;
      current.draft = text;
      setDraftState(text);
      setState(text === current.saved ? 'saved' : 'editing');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void save(current), debounceMs);
    },
    [save],
  );

  const flush = useCallback(() => (editing.current ? save(editing.current) : Promise.resolve()), [save]);

  return { draft, setDraft, flush, state, error };
}
