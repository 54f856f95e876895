import { useState } from 'react';
import type { DocumentSummary } from '../../../core/model/types';
import { useApi } from '../../api/ApiContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToast } from '../../components/Toast';

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

/**
 * Deleting documents: a confirmation that says what goes with them (their codings), then a
 * message with Undo. Returns the function to ask, and the dialog to render. `onDeleting` runs
 * just before the documents go.
 */
export function useDeleteDocuments(onDeleting: (ids: number[]) => void, onError: (e: Error) => void) {
  const api = useApi();
  const toast = useToast();
  const [asking, setAsking] = useState<DocumentSummary[] | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    if (!asking) return;
    const documents = asking;
    setBusy(true);
    // Close what is going before it goes, so nothing asks for a deleted document.
    onDeleting(documents.map((d) => d.id));
    try {
      await api.call('documents.delete', { documentIds: documents.map((d) => d.id) });
      toast.show(documents.length === 1 ? `Deleted “${documents[0]!.title}”.` : `Deleted ${documents.length} documents.`, {
        label: 'Undo',
        run: () =>
          void api.call('history.undo', {}).then(
            (entry) => entry && toast.show(`Undid: ${entry.label}`),
            (e: unknown) => onError(e as Error),
          ),
      });
    } catch (e) {
      onError(e as Error);
    } finally {
      setBusy(false);
      setAsking(null);
    }
  };

  const codings = (asking ?? []).reduce((sum, d) => sum + d.codingCount, 0);
  const dialog = asking && (
    <ConfirmDialog
      title={asking.length === 1 ? `Delete “${asking[0]!.title}”?` : `Delete ${asking.length} documents?`}
      confirmLabel={asking.length === 1 ? 'Delete document' : `Delete ${asking.length} documents`}
      danger
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={() => setAsking(null)}
    >
      <p>
        {asking.length === 1 ? 'The transcript' : 'The transcripts'} and{' '}
        <strong>{codings === 0 ? 'no codings (none were made yet)' : `${plural(codings, 'coding', 'codings')}`}</strong> will be removed from
        the project, with {asking.length === 1 ? 'its' : 'their'} speaker mappings, attribute values and set memberships.
      </p>
      {asking.length > 1 && (
        <ul className="delete-list">
          {asking.slice(0, 8).map((d) => (
            <li key={d.id}>
              {d.title} <span className="muted">· {plural(d.codingCount, 'coding', 'codings')}</span>
            </li>
          ))}
          {asking.length > 8 && <li className="muted">and {asking.length - 8} more</li>}
        </ul>
      )}
      <p className="muted">You can undo this straight afterwards (Ctrl+Z).</p>
    </ConfirmDialog>
  );

  return { ask: (documents: DocumentSummary[]) => documents.length > 0 && setAsking(documents), dialog };
}
