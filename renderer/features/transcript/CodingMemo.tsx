import { forwardRef, useEffect, useState } from 'react';
import { useApi, useQuery } from '../../api/ApiContext';

/**
 * The memo on one coding, in the coding inspector: why this passage got this code. Saved as
 * a memo whose target is the coding (so it shows in the project's memo list and travels with
 * the codings in exports). Ctrl+Enter saves; Escape goes back to the text.
 */
export const CodingMemo = forwardRef<HTMLTextAreaElement, { codingId: number; authorId: number | null; onSaved: (message: string) => void; onDone: () => void }>(
  function CodingMemo({ codingId, authorId, onSaved, onDone }, ref) {
    const api = useApi();
    const memos = useQuery('memos.list', { target: { kind: 'coding', id: codingId } }, ['memos.changed', 'history.changed']);
    const memo = memos.data?.[0];
    const [draft, setDraft] = useState('');
    useEffect(() => setDraft(memo?.body ?? ''), [memo?.id, memo?.body]);
    const changed = draft.trim() !== (memo?.body ?? '').trim();

    const save = async () => {
      if (!changed) return onDone();
      try {
        if (memo) await api.call('memos.update', { memoId: memo.id, body: draft });
        else await api.call('memos.create', { target: { kind: 'coding', id: codingId }, body: draft, ...(authorId ? { authorId } : {}) });
        onSaved('Memo saved.');
        onDone();
      } catch (e) {
        onSaved((e as Error).message);
      }
    };

    return (
      <div className="coding-memo">
        <label htmlFor={`coding-memo-${codingId}`}>Memo on this coding</label>
        <textarea
          id={`coding-memo-${codingId}`}
          ref={ref}
          rows={2}
          value={draft}
          placeholder="Why this code here? (M to write, Ctrl+Enter to save)"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void save();
            } else if (e.key === 'Escape') {
              e.preventDefault();
              setDraft(memo?.body ?? '');
              onDone();
            }
          }}
        />
        {changed && (
          <button type="button" onClick={() => void save()}>
            Save memo
          </button>
        )}
      </div>
    );
  },
);
