import { useState, type MouseEvent } from 'react';
import type { DocumentSummary } from '../../../core/model/types';

function RenameInput({ title, onDone, onCancel }: { title: string; onDone: (title: string | null) => void; onCancel: () => void }) {
  const [value, setValue] = useState(title);
  return (
    <input
      className="rename-input"
      aria-label={`New title for ${title}`}
      autoFocus
      value={value}
      onFocus={(e) => e.target.select()}
      onChange={(e) => setValue(e.target.value)}
      onClick={(e) => e.stopPropagation()}
      onBlur={() => onDone(value.trim() || null)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') onDone(value.trim() || null);
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    />
  );
}

/** One document in the list: title, size, codings, participants; an input while it is renamed. */
export function DocumentRow({
  document: d,
  open,
  selected,
  focusable,
  renaming,
  onClick,
  onFocus,
  onRename,
  onCancelRename,
}: {
  document: DocumentSummary;
  open: boolean;
  selected: boolean;
  focusable: boolean;
  renaming: boolean;
  onClick: (e: MouseEvent) => void;
  onFocus: () => void;
  onRename: (title: string | null) => void;
  onCancelRename: () => void;
}) {
  const classes = ['document', open && 'open', selected && 'selected'].filter(Boolean).join(' ');
  return (
    <li
      role="option"
      aria-selected={selected}
      aria-current={open ? 'page' : undefined}
      tabIndex={focusable ? 0 : -1}
      className={classes}
      data-document-id={d.id}
      onClick={onClick}
      onFocus={(e) => e.target === e.currentTarget && onFocus()}
      // Shift+click selects a range; keep the browser from selecting the text of the rows too.
      onMouseDown={(e) => e.shiftKey && e.preventDefault()}
    >
      {renaming ? <RenameInput title={d.title} onDone={onRename} onCancel={onCancelRename} /> : <span className="title">{d.title}</span>}
      <span className="meta">
        {d.words.toLocaleString()} words · {d.codingCount} {d.codingCount === 1 ? 'coding' : 'codings'}
        {d.unmappedSpeakers > 0 && (
          <span className="unmapped" title="Speaker labels nobody has decided on yet: open Speakers to say who they are">
            {` · ${d.unmappedSpeakers} ${d.unmappedSpeakers === 1 ? 'speaker' : 'speakers'} to map`}
          </span>
        )}
      </span>
      {d.participants.length > 0 && <span className="people">{d.participants.map((p) => p.name).join(', ')}</span>}
    </li>
  );
}
