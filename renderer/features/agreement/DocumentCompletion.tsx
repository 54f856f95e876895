import type { Coder } from '../../../core/model/types';
import { useApi, useQuery } from '../../api/ApiContext';
import { useToast } from '../../components/Toast';
import './agreement.css';

/**
 * "I have finished this document", for the coder at the keyboard, beside the open document.
 * A finished document counts in agreement: text left uncoded there means "code absent".
 */
export function DocumentCompletion({ documentId, coder }: { documentId: number; coder: Coder | null }) {
  const api = useApi();
  const toast = useToast();
  const assignments = useQuery('assignments.list', {}, ['assignments.changed', 'history.changed']);
  if (!coder || !assignments.data) return null;
  const mine = assignments.data.find((a) => a.documentId === documentId && a.coderId === coder.id);
  const finished = Boolean(mine?.completedAt);
  const toggle = () =>
    api.call('assignments.complete', { documentId, coderId: coder.id, completed: !finished }).then(
      () => toast.show(finished ? 'Reopened: this document is not finished.' : `Marked finished by ${coder.initials}.`),
      (e: unknown) => toast.show((e as Error).message),
    );
  return (
    <button
      type="button"
      className={`document-completion${finished ? ' finished' : ''}`}
      aria-pressed={finished}
      onClick={() => void toggle()}
      title={finished ? `${coder.name} finished this document; press to reopen it` : 'Say you have coded all of this document: uncoded text then counts as “code absent” in agreement'}
    >
      <span className="completion-box" aria-hidden="true">
        {finished ? '✓' : ''}
      </span>
      I have finished this document
    </button>
  );
}
