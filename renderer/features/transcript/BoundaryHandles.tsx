import type { LexicalEditor } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import type { MarginCoding } from './CodingMargin';
import { domPointFromScreen, domPointToOffset, offsetsToRange } from './domOffsets';
import { snapSelection } from './snapSelection';
import type { TranscriptContent } from './transcriptContent';
import { caretBoxAt, type CaretBox } from './useSelectionSync';

type Edge = 'start' | 'end';
const previewHighlight = 'coding-adjust';

/**
 * Where dragging an edge to `offset` puts the coding: snapped like a selection (whole words
 * when snapping is on, no blanks at the ends, never half a character), and always keeping at
 * least one character. Pure.
 */
export function draggedBounds(text: string, coding: { start: number; end: number }, edge: Edge, offset: number, snapToWords: boolean): { start: number; end: number } {
  const raw = edge === 'start' ? { start: Math.min(offset, coding.end - 1), end: coding.end } : { start: coding.start, end: Math.max(offset, coding.start + 1) };
  return snapSelection(text, raw, { words: snapToWords }) ?? coding;
}

/**
 * Two handles at the selected coding's start and end: drag one to move that boundary (snapped
 * to words when snapping is on). The keyboard does the same with Alt+Left/Right.
 */
export function BoundaryHandles({
  editor,
  content,
  painted,
  coding,
  snapToWords,
  onAdjust,
}: {
  editor: LexicalEditor;
  content: TranscriptContent;
  painted: number;
  coding: MarginCoding;
  snapToWords: boolean;
  onAdjust: (codingId: number, start: number, end: number) => void;
}) {
  const [drag, setDrag] = useState<{ edge: Edge; start: number; end: number } | null>(null);
  const [boxes, setBoxes] = useState<{ start: CaretBox | null; end: CaretBox | null }>({ start: null, end: null });
  const start = drag?.start ?? coding.start;
  const end = drag?.end ?? coding.end;

  useEffect(() => {
    setBoxes({ start: caretBoxAt(editor, start, content.lineStarts), end: caretBoxAt(editor, end, content.lineStarts) });
    const range = drag ? offsetsToRange(editor, start, end, content.lineStarts) : null;
    if (range) CSS.highlights.set(previewHighlight, new Highlight(range));
    else CSS.highlights.delete(previewHighlight);
  }, [editor, content, painted, start, end, drag]);
  useEffect(() => () => void CSS.highlights.delete(previewHighlight), []);

  // While dragging, the window follows the pointer (the handle itself must not be hit-tested).
  const latest = useRef({ drag, coding, onAdjust });
  latest.current = { drag, coding, onAdjust };
  const dragging = drag?.edge ?? null;
  useEffect(() => {
    if (!dragging) return;
    const move = (e: globalThis.PointerEvent) => {
      const hit = domPointFromScreen(e.clientX, e.clientY);
      const offset = hit ? domPointToOffset(editor, hit.node, hit.offset, content.lineStarts) : null;
      if (offset !== null) setDrag({ edge: dragging, ...draggedBounds(content.text, latest.current.coding, dragging, offset, snapToWords) });
    };
    const up = () => {
      const { drag: last, coding: c, onAdjust: adjust } = latest.current;
      if (last && (last.start !== c.start || last.end !== c.end)) adjust(c.id, last.start, last.end);
      setDrag(null);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    return () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
  }, [dragging, editor, content, snapToWords]);

  const handle = (edge: Edge, box: CaretBox | null) =>
    box && (
      <div
        className={`boundary-handle ${edge}${dragging ? ' dragging' : ''}`}
        style={{ top: box.top, left: box.left, height: box.height }}
        title={edge === 'start' ? 'Drag to move where this coding starts' : 'Drag to move where this coding ends'}
        onPointerDown={(e) => {
          e.preventDefault();
          setDrag({ edge, start: coding.start, end: coding.end });
        }}
      />
    );
  return (
    <>
      {handle('start', boxes.start)}
      {handle('end', boxes.end)}
    </>
  );
}
