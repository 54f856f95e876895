import { useState } from 'react';
import type { MemoTarget } from '../../../core/model/codingTypes';
import { useQuery } from '../../api/ApiContext';
import { MemoDialog } from './MemoDialog';

/**
 * "Memo" beside anything a memo can be about: shows how many there are and opens them, with a
 * new one ready to write. Place it anywhere: `<MemoButton target={{ kind: 'document', id }} label="Interview 3" />`.
 */
export function MemoButton({
  target,
  label,
  authorId,
  className = 'small',
}: {
  target: MemoTarget;
  /** What the memo is about, in words (the dialog's title). */
  label: string;
  /** The current coder, recorded as the author of a new memo. */
  authorId?: number | null;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const memos = useQuery('memos.list', { target }, ['memos.changed', 'history.changed']);
  const count = memos.data?.length ?? 0;
  return (
    <>
      <button type="button" className={`memo-button ${className}`} onClick={() => setOpen(true)} aria-label={`Memos on ${label}${count ? ` (${count})` : ''}`} title={count ? `${count} memo${count === 1 ? '' : 's'}: read or add` : 'Write a memo'}>
        <span aria-hidden="true">✎</span> Memo{count > 0 && <span className="memo-count">{count}</span>}
      </button>
      {open && <MemoDialog target={target} label={label} authorId={authorId} onClose={() => setOpen(false)} />}
    </>
  );
}
