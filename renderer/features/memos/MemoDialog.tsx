import { useState } from 'react';
import type { MemoTarget } from '../../../core/model/codingTypes';
import { useApi, useQuery } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useToast } from '../../components/Toast';
import { MemoEditor } from './MemoEditor';
import { MemoItem } from './MemoItem';
import './memos.css';

/** The memos on one thing (the project, a document, a participant, a code, a coding), and a new one. */
export function MemoDialog({ target, label, authorId, onClose }: { target: MemoTarget; label: string; authorId?: number | null; onClose: () => void }) {
  const api = useApi();
  const toast = useToast();
  const memos = useQuery('memos.list', { target }, ['memos.changed', 'history.changed']);
  const coders = useQuery('coders.list', {}, ['coders.changed']);
  const [error, setError] = useState<Error | null>(null);
  const existing = memos.data ?? [];

  return (
    <Dialog title={`Memos: ${label}`} onClose={onClose} size="medium" className="memo-dialog" description={existing.length ? undefined : 'No memos here yet.'}>
      {existing.length > 0 && (
        <div className="memo-dialog-list">
          {existing.map((m) => (
            <MemoItem key={m.id} memo={m} coders={coders.data ?? []} onError={setError} />
          ))}
        </div>
      )}
      <h3 className="memo-new-heading">New memo</h3>
      <MemoEditor
        autoFocus
        onSave={async ({ title, body }) => {
          try {
            await api.call('memos.create', { target, title, body, ...(authorId ? { authorId } : {}) });
            toast.show(`Memo saved on ${label}.`);
            onClose();
          } catch (e) {
            setError(e as Error);
          }
        }}
      />
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
    </Dialog>
  );
}
