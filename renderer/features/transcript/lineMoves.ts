import type { LexicalEditor } from 'lexical';
import { outsideLabel } from './caretMoves';
import { domPointFromScreen, domPointToOffset, offsetToDomPoint } from './domOffsets';
import type { TranscriptContent } from './transcriptContent';

/**
 * Up and Down move the caret by a line as it wraps on screen: probe the point one line above
 * or below the caret (at the column the moves started from) and take the text position there.
 * Returns null when there is no such line on screen, and the caller moves by paragraph.
 */
export function moveByScreenLine(editor: LexicalEditor, content: TranscriptContent, offset: number, direction: 1 | -1, goalX: number | null): { offset: number; x: number } | null {
  const point = offsetToDomPoint(editor, offset, content.lineStarts);
  if (!point) return null;
  const range = document.createRange();
  range.setStart(point.node, point.offset);
  const rect = range.getClientRects()[0] ?? (point.node instanceof Element ? point.node.getBoundingClientRect() : null);
  if (!rect || rect.height === 0) return null;
  const x = goalX ?? rect.left;
  const line = rect.height;
  for (let step = 1; step <= 4; step++) {
    const y = direction === 1 ? rect.bottom + line * (step - 0.5) : rect.top - line * (step - 0.5);
    if (y < 0 || y > window.innerHeight) return null;
    const hit = domPointFromScreen(x, y);
    const found = hit ? domPointToOffset(editor, hit.node, hit.offset, content.lineStarts) : null;
    if (found !== null && (direction === 1 ? found > offset : found < offset)) return { offset: outsideLabel(content.labels, found, direction), x };
  }
  return null;
}
