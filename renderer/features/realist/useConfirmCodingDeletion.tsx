import { useRef, useState, type ReactNode } from 'react';
import type { CodingDeletionImpact } from '../../../core/model/realistTypes';
import { useApi } from '../../api/ApiContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToast } from '../../components/Toast';
import { configurationNumbers } from './slots';

interface Asking {
  codingId: number;
  impact: CodingDeletionImpact;
  numbers: Map<number, number>;
  answer: (deleted: boolean) => void;
}

/**
 * Deleting a coded passage that is evidence for configuration elements: say first which
 * elements and configurations lose it, then delete (the configurations stay; only the
 * evidence link goes, and Undo brings it back). A passage that is evidence for nothing is
 * deleted at once. Call `deleteCoding` instead of `codings.delete`, and render `dialog`.
 */
export function useConfirmCodingDeletion(onError?: (e: Error) => void): { deleteCoding: (codingId: number) => Promise<boolean>; dialog: ReactNode } {
  const api = useApi();
  const toast = useToast();
  const [asking, setAsking] = useState<Asking | null>(null);
  const [busy, setBusy] = useState(false);
  const latestError = useRef(onError);
  latestError.current = onError;
  const fail = (e: unknown) => (latestError.current ? latestError.current(e as Error) : toast.show((e as Error).message));

  const remove = async (codingId: number): Promise<boolean> => {
    try {
      await api.call('codings.delete', { codingId });
      return true;
    } catch (e) {
      fail(e);
      return false;
    }
  };

  const deleteCoding = async (codingId: number): Promise<boolean> => {
    try {
      const impact = await api.call('codings.deletionImpact', { codingId });
      if (impact.evidenceFor.length === 0) return await remove(codingId);
      const numbers = configurationNumbers((await api.call('cmo.configurations.list', {})).map((c) => c.id));
      return await new Promise<boolean>((answer) => setAsking({ codingId, impact, numbers, answer }));
    } catch (e) {
      fail(e);
      return false;
    }
  };

  const confirm = async () => {
    if (!asking) return;
    setBusy(true);
    const deleted = await remove(asking.codingId);
    if (deleted) {
      const labels = asking.impact.evidenceFor.map((e) => `“${e.label}”`).join(', ');
      toast.show(`Coding deleted; it is no longer evidence for ${labels}.`, {
        label: 'Undo',
        run: () => void api.call('history.undo', {}).catch(fail),
      });
    }
    setBusy(false);
    setAsking(null);
    asking.answer(deleted);
  };

  const cancel = () => {
    asking?.answer(false);
    setAsking(null);
  };

  const elements = asking?.impact.evidenceFor ?? [];
  const dialog = asking && (
    <ConfirmDialog title="Delete a coded passage that is evidence?" confirmLabel="Delete coding" danger busy={busy} onConfirm={() => void confirm()} onCancel={cancel}>
      <p>
        This passage is evidence for {elements.length === 1 ? 'a configuration element' : `${elements.length} configuration elements`}. Deleting the coding takes it out of
        {elements.length === 1 ? ' its' : ' their'} evidence; the {elements.length === 1 ? 'element and its configurations stay' : 'elements and configurations stay'} as they are.
      </p>
      <ul className="deletion-impact">
        {elements.map((e) => (
          <li key={e.elementId}>
            <strong>{e.label}</strong>
            <span className="muted">
              {' '}
              · {e.evidenceLeft === 0 ? 'no evidence left' : e.evidenceLeft === 1 ? '1 passage left' : `${e.evidenceLeft} passages left`}
            </span>
            {e.configurations.length > 0 && (
              <ul>
                {e.configurations.map((c) => (
                  <li key={c.id}>
                    CMO {asking.numbers.get(c.id) ?? '?'}: {c.statement}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <p className="muted">You can undo this straight afterwards (Ctrl+Z).</p>
    </ConfirmDialog>
  );

  return { deleteCoding, dialog };
}
