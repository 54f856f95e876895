import type { Code, Coder } from '../../../core/model/types';
import type { CodingView } from './codingView';

/**
 * What the transcript shows: everyone's codings or only mine (blind mode), which coders,
 * which codes; and whether selections snap to whole words.
 */
export function TranscriptToolbar({
  view,
  onChange,
  coders,
  coder,
  coderColour,
  codesInUse,
  onHelp,
}: {
  view: CodingView;
  onChange: (change: Partial<CodingView>) => void;
  coders: readonly Coder[];
  coder: Coder | null;
  coderColour: ReadonlyMap<number, string>;
  /** Codes with codings in this document (that the current filter of coders lets through), with counts. */
  codesInUse: readonly { code: Code; count: number }[];
  onHelp: () => void;
}) {
  const hidden = new Set(view.hiddenCoders);
  const shown = view.shownCodes === null ? null : new Set(view.shownCodes);
  const toggleCoder = (id: number) => onChange({ hiddenCoders: hidden.has(id) ? view.hiddenCoders.filter((c) => c !== id) : [...view.hiddenCoders, id] });
  const toggleCode = (id: number) => {
    const current = shown ?? new Set(codesInUse.map((c) => c.code.id));
    if (current.has(id)) current.delete(id);
    else current.add(id);
    onChange({ shownCodes: current.size === codesInUse.length ? null : [...current] });
  };
  return (
    <div className="transcript-toolbar" role="toolbar" aria-label="What the transcript shows">
      <div className="segmented" role="group" aria-label="Whose codings">
        <button type="button" aria-pressed={!view.blind} onClick={() => onChange({ blind: false })}>
          Everyone
        </button>
        <button type="button" aria-pressed={view.blind} onClick={() => onChange({ blind: true })} title="Blind mode: show only my codings, so I am not influenced by the other coders (B)">
          Only mine{coder ? ` (${coder.initials})` : ''}
        </button>
      </div>
      {!view.blind && coders.length > 1 && (
        <div className="coder-filter" role="group" aria-label="Coders shown">
          {coders.map((c) => (
            <button key={c.id} type="button" className="coder-chip" aria-pressed={!hidden.has(c.id)} title={`${hidden.has(c.id) ? 'Show' : 'Hide'} ${c.name}'s codings`} onClick={() => toggleCoder(c.id)}>
              <span className="coder-dot" style={{ background: coderColour.get(c.id) }} aria-hidden="true" />
              {c.initials}
            </button>
          ))}
        </div>
      )}
      <details className="code-filter">
        <summary>
          Codes: {shown === null ? 'all' : `${codesInUse.filter((c) => shown.has(c.code.id)).length} of ${codesInUse.length}`}
        </summary>
        <div className="code-filter-menu" role="group" aria-label="Codes shown">
          <button type="button" className="link" onClick={() => onChange({ shownCodes: null })}>
            Show all codes
          </button>
          {codesInUse.map(({ code, count }) => (
            <label key={code.id}>
              <input type="checkbox" checked={shown === null || shown.has(code.id)} onChange={() => toggleCode(code.id)} />
              <span className="swatch" style={{ background: code.colour }} aria-hidden="true" />
              <span className="code-filter-path">{code.path}</span>
              <span className="muted">{count}</span>
            </label>
          ))}
          {codesInUse.length === 0 && <p className="muted">No codings shown in this document.</p>}
        </div>
      </details>
      <label className="snap-option" title="Selections grow to whole words before they are coded">
        <input type="checkbox" checked={view.snapToWords} onChange={(e) => onChange({ snapToWords: e.target.checked })} /> Whole words
      </label>
      <span className="spacer" />
      <button type="button" className="link" onClick={onHelp} aria-keyshortcuts="?">
        Keys
      </button>
    </div>
  );
}
