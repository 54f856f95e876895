import type { CaretUnit } from './transcriptKeys';
import { lineOf } from '../../../core/model/segments';
import { labelAt, type LabelSpan } from './transcriptContent';
import { lineAround, nextCharacter, nextWordEdge } from './textUnits';

/**
 * Where the caret goes for a move that depends only on the text (not on how it wraps on
 * screen): by character, word, paragraph, line edge or document edge. A speaker label is one
 * step: the caret never stops inside one. 'line' (up/down on screen) is answered by the view;
 * here it falls back to the paragraph.
 */
export function moveCaret(
  text: string,
  lineStarts: readonly number[],
  labels: readonly LabelSpan[],
  offset: number,
  unit: CaretUnit,
  direction: 1 | -1,
): number {
  let next: number;
  switch (unit) {
    case 'character':
      next = nextCharacter(text, offset, direction);
      break;
    case 'word':
      next = nextWordEdge(text, offset, direction);
      break;
    case 'line-edge': {
      const line = lineAround(text, offset);
      next = direction === 1 ? line.end : line.start;
      break;
    }
    case 'document-edge':
      next = direction === 1 ? text.length : 0;
      break;
    case 'line':
    case 'paragraph': {
      next = nextParagraphStart(text, lineStarts, offset, direction);
      // A turn's paragraph starts where its words start, after the speaker label; going back
      // from those words goes to the paragraph before, not to the label.
      let label = labelAt(labels, next);
      if (label && label.start === next && direction === -1 && label.textStart >= offset) {
        next = nextParagraphStart(text, lineStarts, next, -1);
        label = labelAt(labels, next);
      }
      if (label && label.start === next) next = label.textStart;
      break;
    }
  }
  return outsideLabel(labels, next, direction);
}

/** The start of the next (or previous) line that has something on it. */
function nextParagraphStart(text: string, lineStarts: readonly number[], offset: number, direction: 1 | -1): number {
  const here = lineOf(lineStarts, offset);
  if (direction === -1 && offset > lineStarts[here]!) return lineStarts[here]!;
  for (let i = here + direction; i >= 0 && i < lineStarts.length; i += direction) {
    const start = lineStarts[i]!;
    const end = i + 1 < lineStarts.length ? lineStarts[i + 1]! - 1 : text.length;
    if (end > start && text.slice(start, end).trim()) return start;
  }
  return direction === 1 ? text.length : 0;
}

/** An offset inside a label moves to the label's far edge in the direction of travel. */
export function outsideLabel(labels: readonly LabelSpan[], offset: number, direction: 1 | -1): number {
  const label = labelAt(labels, offset);
  if (!label || offset === label.start) return offset;
  return direction === 1 ? label.end : label.start;
}

/** Where the caret first lands in a document: the first words said, not a label. */
export function firstCaretOffset(text: string, labels: readonly LabelSpan[]): number {
  const first = labels[0];
  if (first && first.start === 0) return Math.min(first.textStart, text.length);
  const match = /\S/.exec(text);
  return match ? match.index : 0;
}
