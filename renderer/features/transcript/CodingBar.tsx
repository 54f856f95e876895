import { LinkEvidenceButton } from '../realist/LinkEvidenceButton';
import type { ReactNode } from 'react';
import type { Code, Coder, Coding } from '../../../core/model/types';
import { excerpt } from './CodingMargin';
import type { TextRange } from './textUnits';

/**
 * The bar under the transcript: what the keys will do now. With a coding selected it is the
 * coding inspector (code, coder, words; move its boundaries; remove it); with text selected,
 * the ways to code it; otherwise a hint. Messages (done, or what went wrong) show here too.
 */
export function CodingBar({
  text,
  range,
  coder,
  recent,
  selected,
  code,
  selectedCoder,
  coderColour,
  notice,
  memo,
  onPalette,
  onInVivo,
  onRecent,
  onRemove,
  onShiftEdge,
  onCloseInspector,
}: {
  text: string;
  range: TextRange | null;
  coder: Coder | null;
  recent: readonly Code[];
  selected: Coding | null;
  code: Code | undefined;
  selectedCoder: Coder | undefined;
  coderColour: ReadonlyMap<number, string>;
  notice: string | null;
  /** The selected coding's memo editor. */
  memo: ReactNode;
  onPalette: () => void;
  onInVivo: () => void;
  onRecent: (index: number) => void;
  onRemove: (codingId: number) => void;
  onShiftEdge: (edge: 'start' | 'end', direction: 1 | -1) => void;
  onCloseInspector: () => void;
}) {
  return (
    <div className="coding-bar">
      <p className="coding-notice" role="status">
        {notice}
      </p>
      {selected ? (
        <section className="coding-inspector" aria-label="Selected coding">
          <header>
            <span className="swatch" style={{ background: code?.colour }} aria-hidden="true" />
            <strong className="inspector-code">{code?.path ?? 'Unknown code'}</strong>
            <span className="coder-chip static">
              <span className="coder-dot" style={{ background: coderColour.get(selected.coderId) }} aria-hidden="true" />
              {selectedCoder ? `${selectedCoder.initials} · ${selectedCoder.name}` : 'unknown coder'}
            </span>
            <span className="spacer" />
            <button type="button" className="link" onClick={onCloseInspector} aria-label="Close the coding inspector">
              ×
            </button>
          </header>
          <blockquote>{excerpt(text, selected.start, selected.end, 400)}</blockquote>
          {memo}
          <div className="inspector-actions">
            <span className="muted">Start</span>
            <button type="button" aria-label="Move the start one word earlier" onClick={() => onShiftEdge('start', -1)}>◀</button>
            <button type="button" aria-label="Move the start one word later" onClick={() => onShiftEdge('start', 1)}>▶</button>
            <span className="muted">End</span>
            <button type="button" aria-label="Move the end one word earlier" onClick={() => onShiftEdge('end', -1)}>◀</button>
            <button type="button" aria-label="Move the end one word later" onClick={() => onShiftEdge('end', 1)}>▶</button>
            <span className="spacer" />
            <button type="button" onClick={onPalette} aria-keyshortcuts="Q" title="Apply another code to the same words">
              Another code… <kbd>Q</kbd>
            </button>
            <LinkEvidenceButton codingId={selected.id} className="" />
            <button type="button" className="danger" onClick={() => onRemove(selected.id)}>
              Remove coding
            </button>
          </div>
        </section>
      ) : range ? (
        <section className="selection-actions" aria-label="Code the selection">
          <q className="selection-excerpt">{excerpt(text, range.start, range.end, 90)}</q>
          <button type="button" className="primary" onClick={onPalette} aria-keyshortcuts="Q">
            Code… <kbd>Q</kbd>
          </button>
          <button type="button" onClick={onInVivo} aria-keyshortcuts="V">
            In vivo <kbd>V</kbd>
          </button>
          {recent.map((c, i) => (
            <button key={c.id} type="button" className="recent-code" onClick={() => onRecent(i)} title={c.path} aria-keyshortcuts={String(i + 1)}>
              <kbd>{i + 1}</kbd>
              <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
              {c.name}
            </button>
          ))}
          {coder && <span className="muted as-coder">as {coder.initials}</span>}
        </section>
      ) : (
        <p className="coding-hint">
          Select words with the mouse, or with Shift+arrows (<kbd>S</kbd> selects a sentence), then press <kbd>Q</kbd> to code them. <kbd>?</kbd> lists every key.
        </p>
      )}
    </div>
  );
}
