import { lineAround, nextWordEdge, wordsIn } from './textUnits';

/**
 * Move one boundary of a coding by a word, for the keyboard (Alt+Left/Right moves the end,
 * with Shift the start). The start moves between word starts, the end between word ends, and a
 * coding always keeps at least one character. Pure.
 */
export function shiftEdge(text: string, coding: { start: number; end: number }, edge: 'start' | 'end', direction: 1 | -1): { start: number; end: number } {
  if (edge === 'end') {
    const end = nextWordEdge(text, coding.end, direction);
    // Backwards, nextWordEdge lands on a word start; the end belongs after the word before it.
    const moved = direction === 1 ? end : previousWordEnd(text, coding.end);
    return moved > coding.start ? { start: coding.start, end: moved } : coding;
  }
  const start = direction === -1 ? nextWordEdge(text, coding.start, -1) : nextWordStart(text, coding.start);
  return start < coding.end ? { start, end: coding.end } : coding;
}

/** The end of the word before the last word that ends by offset: the coding loses its last word. */
function previousWordEnd(text: string, offset: number): number {
  let last: { start: number; end: number } | undefined;
  for (let at = offset; at > 0; ) {
    const line = lineAround(text, at - 1);
    for (const word of wordsIn(text, line.start, line.end).reverse()) {
      if (word.end > offset) continue;
      if (!last) last = word;
      else return word.end;
    }
    at = line.start;
  }
  return 0;
}

/** The start of the first word that starts after offset (or the text's end). */
function nextWordStart(text: string, offset: number): number {
  for (let at = offset; at < text.length; ) {
    const line = lineAround(text, at);
    const word = wordsIn(text, line.start, line.end).find((w) => w.start > offset);
    if (word) return word.start;
    at = line.end + 1;
  }
  return text.length;
}
