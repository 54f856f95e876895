import { useMemo, useState } from 'react';
import type { MemoTarget } from '../../../core/model/codingTypes';
import { useApi, useQuery } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useToast } from '../../components/Toast';
import { codeTree, indentedLabel } from '../codebook/codeTree';
import { MemoEditor } from './MemoEditor';
import { targetFromKey, targetKey } from './memoTargets';

/** A new memo from the memo list: on the project, a document, a participant or a code. */
export function NewMemoDialog({ initial, authorId, onClose }: { initial: MemoTarget; authorId: number | null; onClose: () => void }) {
  const api = useApi();
  const toast = useToast();
  const documents = useQuery('documents.list', {});
  const participants = useQuery('participants.list', {});
  const codes = useQuery('codes.list', {});
  const tree = useMemo(() => codeTree(codes.data ?? []), [codes.data]);
  const [about, setAbout] = useState(targetKey(initial));
  const [error, setError] = useState<Error | null>(null);

  return (
    <Dialog title="New memo" size="medium" onClose={onClose} className="memo-dialog">
      <label className="field">
        <span className="field-label">About</span>
        <select value={about} onChange={(e) => setAbout(e.target.value)}>
          <option value="project">The project</option>
          {(documents.data?.length ?? 0) > 0 && (
            <optgroup label="Documents">
              {documents.data!.map((d) => (
                <option key={d.id} value={`document:${d.id}`}>
                  {d.title}
                </option>
              ))}
            </optgroup>
          )}
          {(participants.data?.length ?? 0) > 0 && (
            <optgroup label="Participants">
              {participants.data!.map((p) => (
                <option key={p.id} value={`participant:${p.id}`}>
                  {p.name}
                </option>
              ))}
            </optgroup>
          )}
          {(codes.data?.length ?? 0) > 0 && (
            <optgroup label="Codes">
              {codes.data!.map((c) => (
                <option key={c.id} value={`code:${c.id}`}>
                  {indentedLabel(tree, c)}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <MemoEditor
        autoFocus
        onSave={async ({ title, body }) => {
          try {
            await api.call('memos.create', { target: targetFromKey(about), title, body, ...(authorId ? { authorId } : {}) });
            toast.show('Memo saved.');
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
