import type { PassageWindow } from './passageWindow';
import { windowPieces } from './passageWindow';

/**
 * The words around a disagreement, with the disputed passage framed and the given spans
 * highlighted in the code's colour (a coder's codings, or the range being marked).
 */
export function PassageText({
  win,
  passage,
  spans,
  colour,
  lineColour,
  moreAfter,
  ellipses = true,
}: {
  win: PassageWindow;
  /** The document goes on after the window. */
  moreAfter: boolean;
  /** Off where the text's characters must match the window exactly (selecting a range in it). */
  ellipses?: boolean;
  passage: { start: number; end: number };
  spans: readonly { start: number; end: number }[];
  colour: string;
  lineColour?: string;
}) {
  const pieces = windowPieces(win, passage, spans);
  return (
    <>
      {ellipses && win.start > 0 && <span className="ellipsis">…</span>}
      {pieces.map((p) => {
        const className = `${p.disputed ? 'disputed' : ''}${p.marked ? ' marked' : ''}`.trim();
        if (!p.marked) return className ? <span key={p.start} className={className}>{p.text}</span> : <span key={p.start}>{p.text}</span>;
        return (
          <mark key={p.start} className={className} style={{ background: `${colour}66`, boxShadow: lineColour ? `inset 0 -2px 0 ${lineColour}` : undefined }}>
            {p.text}
          </mark>
        );
      })}
      {ellipses && moreAfter && <span className="ellipsis">…</span>}
    </>
  );
}
