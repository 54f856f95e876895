import { useEffect, useState } from 'react';
import type { Memo, MemoTarget } from '../../../core/model/codingTypes';
import type { Coder } from '../../../core/model/types';
import { useQuery } from '../../api/ApiContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { MemoItem } from './MemoItem';
import { aboutText, kindLabel, memoKinds, type MemoKind } from './memoTargets';
import { NewMemoDialog } from './NewMemoDialog';
import './memos.css';

const typingPauseMs = 200;

/**
 * Every memo in the project, newest first, each labelled with what it is about; search over
 * titles and text, narrow to one kind, write a new one. A memo's subject opens with one click.
 */
export function MemosView({
  coder,
  onOpenTarget,
}: {
  coder: Coder | null;
  /** Go to what a memo is about (a document, a code's segments, a coding in its transcript). */
  onOpenTarget: (target: MemoTarget) => void;
}) {
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<MemoKind | 'all'>('all');
  const [writing, setWriting] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(typed.trim()), typingPauseMs);
    return () => window.clearTimeout(timer);
  }, [typed]);
  const memos = useQuery('memos.list', query ? { query } : {}, ['memos.changed', 'codes.changed', 'documents.changed', 'codings.changed', 'participants.changed', 'history.changed']);
  const coders = useQuery('coders.list', {}, ['coders.changed']);
  const all = memos.data ?? [];
  const shown = kind === 'all' ? all : all.filter((m) => m.target.kind === kind);

  return (
    <div className="memos-view">
      <header className="view-header">
        <h1>Memos</h1>
        <span className="spacer" />
        <button type="button" className="primary" onClick={() => setWriting(true)}>
          New memo
        </button>
      </header>
      <div className="memo-tools">
        <input
          type="search"
          className="memo-search"
          aria-label="Search memos"
          placeholder="Search memos"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && typed) {
              e.preventDefault();
              setTyped('');
            }
          }}
        />
        <select aria-label="Memos about" value={kind} onChange={(e) => setKind(e.target.value as MemoKind | 'all')}>
          <option value="all">About anything</option>
          {memoKinds.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.plural}
            </option>
          ))}
        </select>
        <span className="muted memo-summary" aria-live="polite">
          {memos.data ? `${shown.length} memo${shown.length === 1 ? '' : 's'}${query ? ` matching “${query}”` : ''}` : 'Loading…'}
        </span>
      </div>
      <ErrorNotice error={error ?? memos.error} onDismiss={() => setError(null)} />
      {memos.data && shown.length === 0 && (
        <p className="muted empty">{query || kind !== 'all' ? 'No memos match.' : 'No memos yet. Write one with New memo, or from a code, a document or a coding.'}</p>
      )}
      <div className="memo-list" role="list" aria-label="Memos">
        {shown.map((m) => (
          <div role="listitem" key={m.id}>
            <MemoItem memo={m} coders={coders.data ?? []} onError={setError} about={<MemoAbout memo={m} onOpen={() => onOpenTarget(m.target)} />} />
          </div>
        ))}
      </div>
      {writing && <NewMemoDialog initial={{ kind: 'project' }} authorId={coder?.id ?? null} onClose={() => setWriting(false)} />}
    </div>
  );
}

/** The line over a memo saying what it is about, as a link to it (the project has nowhere to go). */
function MemoAbout({ memo, onOpen }: { memo: Memo; onOpen: () => void }) {
  const opens = memo.target.kind !== 'project' && memo.target.kind !== 'participant';
  return (
    <div className="memo-about">
      <span className={`badge memo-kind-${memo.target.kind}`}>{kindLabel(memo.target.kind)}</span>
      {opens ? (
        <button type="button" className="link memo-target" onClick={onOpen} title="Go there">
          {aboutText(memo)}
        </button>
      ) : (
        memo.target.kind !== 'project' && <span className="memo-target">{aboutText(memo)}</span>
      )}
    </div>
  );
}
