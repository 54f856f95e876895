import { useState, type ReactNode } from 'react';
import type { Memo } from '../../../core/model/codingTypes';
import type { Coder } from '../../../core/model/types';
import { useApi } from '../../api/ApiContext';
import { formatFull, formatWhen } from '../history/formatWhen';
import { useUndoToast } from '../history/useUndoToast';
import { MemoEditor } from './MemoEditor';

/** One memo: its title, text, author and date, edited in place or deleted (with Undo). */
export function MemoItem({ memo, coders, about, onError }: { memo: Memo; coders: readonly Coder[]; about?: ReactNode; onError: (e: Error) => void }) {
  const api = useApi();
  const undoToast = useUndoToast();
  const [editing, setEditing] = useState(false);
  const author = coders.find((c) => c.id === memo.authorId);
  const edited = memo.updatedAt !== memo.createdAt;

  const remove = async () => {
    try {
      await api.call('memos.delete', { memoId: memo.id });
      undoToast(`Memo deleted${memo.title ? `: ${memo.title}` : ''}.`);
    } catch (e) {
      onError(e as Error);
    }
  };

  return (
    <article className="memo-item" aria-label={memo.title || `Memo on ${memo.targetLabel}`}>
      {about}
      {editing ? (
        <MemoEditor
          initialTitle={memo.title}
          initialBody={memo.body}
          autoFocus
          onCancel={() => setEditing(false)}
          onSave={async ({ title, body }) => {
            try {
              await api.call('memos.update', { memoId: memo.id, title, body });
              setEditing(false);
            } catch (e) {
              onError(e as Error);
            }
          }}
        />
      ) : (
        <>
          {memo.title && <h3 className="memo-title">{memo.title}</h3>}
          <p className="memo-body">{memo.body}</p>
          <footer className="memo-meta">
            {author && (
              <span className="initials" title={author.name}>
                {author.initials}
              </span>
            )}
            <time dateTime={memo.updatedAt} title={`Written ${formatFull(memo.createdAt)}${edited ? `, edited ${formatFull(memo.updatedAt)}` : ''}`}>
              {formatWhen(memo.updatedAt)}
              {edited ? ' (edited)' : ''}
            </time>
            <span className="spacer" />
            <button type="button" className="link" onClick={() => setEditing(true)} aria-label={`Edit memo ${memo.title || memo.body.slice(0, 30)}`}>
              Edit
            </button>
            <button type="button" className="link danger-link" onClick={() => void remove()} aria-label={`Delete memo ${memo.title || memo.body.slice(0, 30)}`}>
              Delete
            </button>
          </footer>
        </>
      )}
    </article>
  );
}
