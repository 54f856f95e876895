import type { CodeDeletionImpact } from '../../../core/model/codingTypes';
import type { Code } from '../../../core/model/types';
import { useQuery } from '../../api/ApiContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { listNames, plural } from '../../../core/model/wording';

/** What goes with a code, in words: its sub-codes, its codings (in how many documents) and its memos. */
export function impactSentence(impact: CodeDeletionImpact): string {
  const parts = [
    impact.codes > 1 ? plural(impact.codes - 1, 'sub-code') : null,
    impact.codings > 0 ? `${plural(impact.codings, 'coding')} in ${plural(impact.documents, 'document')}` : 'no codings',
    impact.memos > 0 ? plural(impact.memos, 'memo') : null,
  ].filter((p): p is string => p !== null);
  return listNames(parts);
}

/** Ask before deleting a code, saying exactly what goes with it (codes.deletionImpact). */
export function DeleteCodeDialog({ code, onDelete, onClose }: { code: Code; onDelete: () => void; onClose: () => void }) {
  const impact = useQuery('codes.deletionImpact', { codeId: code.id });
  // Asked only once the answer is known, so the dialog opens with its button ready for Enter.
  if (!impact.data) return null;
  return (
    <ConfirmDialog
      title={`Delete code ${code.name}?`}
      confirmLabel="Delete code"
      danger
      onCancel={onClose}
      onConfirm={() => {
        onDelete();
        onClose();
      }}
    >
      <p className="delete-impact">
        This deletes “{code.path}” with <strong>{impactSentence(impact.data)}</strong>.
      </p>
      <p className="muted">You can undo it afterwards (Ctrl+Z).</p>
    </ConfirmDialog>
  );
}
