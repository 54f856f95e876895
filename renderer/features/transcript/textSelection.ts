import { moveCaret } from './caretMoves';
import type { CaretUnit } from './transcriptKeys';
import { turnAt, type TranscriptContent } from './transcriptContent';
import { lineAround, sentenceAfter, sentenceAt, trimBlanks, wordAt, type TextRange } from './textUnits';

/**
 * The transcript's own selection, in stored-text offsets: where it was started (anchor) and
 * where the caret is (focus). The DOM selection only mirrors it, because a read-only view has
 * no caret of its own and the selection must survive focus moving to the palette.
 */
export interface TextSelection {
  anchor: number;
  focus: number;
}

export const caretAt = (offset: number): TextSelection => ({ anchor: offset, focus: offset });

export function selectionRange(s: TextSelection | null): TextRange | null {
  if (!s || s.anchor === s.focus) return null;
  return { start: Math.min(s.anchor, s.focus), end: Math.max(s.anchor, s.focus) };
}

export function sameSelection(a: TextSelection | null, b: TextSelection | null): boolean {
  return a === b || (a !== null && b !== null && a.anchor === b.anchor && a.focus === b.focus);
}

/** Move the caret (or extend the selection) by a unit that depends only on the text. */
export function moveSelection(content: TranscriptContent, s: TextSelection, unit: CaretUnit, direction: 1 | -1, extend: boolean): TextSelection {
  const range = selectionRange(s);
  if (!extend && range && (unit === 'character' || unit === 'word')) {
    // Like a word processor: Left/Right on a selection collapses it to that side.
    return caretAt(direction === 1 ? range.end : range.start);
  }
  const focus = moveCaret(content.text, content.lineStarts, content.labels, s.focus, unit, direction);
  return extend ? { anchor: s.anchor, focus } : caretAt(focus);
}

/** The passage a sentence is looked for in: the turn's words, or else the line. */
function passageAround(content: TranscriptContent, offset: number): TextRange {
  const turn = turnAt(content.labels, offset);
  if (turn && offset >= turn.textStart) return { start: turn.textStart, end: Math.max(turn.textStart, turn.turnEnd) };
  return lineAround(content.text, offset);
}

/**
 * Select a unit at the caret. Pressing it again on a selection that already ends a sentence
 * adds the next sentence, so S, S, S grows a selection sentence by sentence.
 */
export function selectUnit(content: TranscriptContent, s: TextSelection, unit: 'sentence' | 'turn' | 'word' | 'all'): TextSelection | null {
  const { text } = content;
  const range = selectionRange(s);
  let found: TextRange | null = null;
  if (unit === 'all') found = { start: 0, end: text.length };
  if (unit === 'word') found = wordAt(text, s.focus);
  if (unit === 'turn') {
    const turn = turnAt(content.labels, s.focus);
    found = turn ? trimBlanks(text, turn.textStart, turn.turnEnd) : trimBlanks(text, lineAround(text, s.focus).start, lineAround(text, s.focus).end);
  }
  if (unit === 'sentence') {
    const passage = passageAround(content, range ? range.start : s.focus);
    const here = range ? sentenceAt(text, range.end - 1, passage) : null;
    if (range && here && here.end === range.end) {
      const next = sentenceAfter(text, range.end, passage);
      return next ? { anchor: range.start, focus: next.end } : s;
    }
    found = sentenceAt(text, range ? range.start : s.focus, passage);
  }
  return found ? { anchor: found.start, focus: found.end } : null;
}
