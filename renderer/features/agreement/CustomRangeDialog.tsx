import { useRef, useState } from 'react';
import type { Disagreement } from '../../../core/model/agreementTypes';
import { Dialog } from '../../components/Dialog';
import { passageWindow } from './passageWindow';
import { PassageText } from './PassageText';
import { formatCount } from '../../../core/model/wording';

function offsetWithin(root: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * Settle a disagreement with the passage as the researcher marks it: select the words with the
 * mouse, or set the first and last character with the keyboard (arrow keys in the fields).
 */
export function CustomRangeDialog({
  disagreement: d,
  codeName,
  colour,
  busy,
  onSubmit,
  onClose,
}: {
  disagreement: Disagreement;
  codeName: string;
  colour: string;
  busy: boolean;
  onSubmit: (range: { start: number; end: number }) => void;
  onClose: () => void;
}) {
  const win = passageWindow(d);
  const [range, setRange] = useState({ start: d.start, end: d.end });
  const text = useRef<HTMLParagraphElement>(null);
  const clamp = (n: number) => Math.min(win.end, Math.max(win.start, Math.round(n)));
  const valid = range.end > range.start;

  const fromSelection = () => {
    const selection = window.getSelection();
    const root = text.current;
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !root) return;
    const r = selection.getRangeAt(0);
    if (!root.contains(r.startContainer) || !root.contains(r.endContainer)) return;
    const start = win.start + offsetWithin(root, r.startContainer, r.startOffset);
    const end = win.start + offsetWithin(root, r.endContainer, r.endOffset);
    setRange({ start: clamp(start), end: clamp(end) });
  };

  return (
    <Dialog
      title={`Mark the agreed passage for ${codeName}`}
      description="Select the words with the mouse, or set the first and last character below. The consensus coder gets exactly this passage."
      size="large"
      onClose={onClose}
      onSubmit={() => valid && onSubmit(range)}
      busy={busy}
      footer={
        <>
          <span className="footer-note">
            {valid ? `${formatCount(range.end - range.start)} characters: “${win.text.slice(range.start - win.start, range.end - win.start).slice(0, 60)}${range.end - range.start > 60 ? '…' : ''}”` : 'Mark at least one character.'}
          </span>
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!valid || busy}>
            Settle with this passage
          </button>
        </>
      }
    >
      <p className="passage-text range-text" ref={text} onMouseUp={fromSelection} onKeyUp={fromSelection}>
        <PassageText win={win} passage={{ start: d.start, end: d.end }} spans={valid ? [range] : []} colour={colour} moreAfter={false} ellipses={false} />
      </p>
      <div className="range-fields">
        <label className="field">
          <span className="field-label">First character</span>
          <input type="number" min={win.start} max={win.end - 1} value={range.start} onChange={(e) => setRange((r) => ({ ...r, start: clamp(Number(e.target.value)) }))} data-autofocus />
        </label>
        <label className="field">
          <span className="field-label">After the last character</span>
          <input type="number" min={win.start + 1} max={win.end} value={range.end} onChange={(e) => setRange((r) => ({ ...r, end: clamp(Number(e.target.value)) }))} />
        </label>
        <p className="field-hint range-hint">
          The disputed passage is {formatCount(d.start)}–{formatCount(d.end)}; the text shown runs from {formatCount(win.start)} to {formatCount(win.end)}.
        </p>
      </div>
    </Dialog>
  );
}
