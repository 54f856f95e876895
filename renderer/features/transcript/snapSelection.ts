import { labelAt, type LabelSpan } from './transcriptContent';
import { lineAround, splitsPair, trimBlanks, wordsIn, type TextRange } from './textUnits';

/**
 * What a selection becomes before it is coded. Pure, so the rules are tested, not guessed:
 * - never half a character: an end inside a surrogate pair (an emoji) moves outward;
 * - with `words` on (the default in the UI): blanks at either end dropped, and an end that
 *   falls inside a word moved outward to the word's edge ("ling bett" -> "feeling better");
 * - an end inside a speaker label moves to the turn's words (a label is coded whole or not
 *   at all, and never where a selection merely begins or ends).
 * Returns null when nothing but blanks is selected.
 */
export function snapSelection(
  text: string,
  range: TextRange,
  options: { words: boolean; labels?: readonly LabelSpan[] },
): TextRange | null {
  let start = Math.max(0, Math.min(range.start, range.end));
  let end = Math.min(text.length, Math.max(range.start, range.end));
  if (splitsPair(text, start)) start--;
  if (splitsPair(text, end)) end++;

  const labels = options.labels ?? [];
  const startLabel = labelAt(labels, start);
  if (startLabel && start > startLabel.start) start = startLabel.textStart;
  const endLabel = labelAt(labels, end - 1);
  if (endLabel && end < endLabel.end) end = endLabel.start;
  if (end <= start) return null;

  if (!options.words) return { start, end };
  const trimmed = trimBlanks(text, start, end);
  if (!trimmed) return null;
  return { start: wordStartAt(text, trimmed.start), end: wordEndAt(text, trimmed.end) };
}

/** If offset is inside a word, that word's start; otherwise offset. */
export function wordStartAt(text: string, offset: number): number {
  const line = lineAround(text, offset);
  const word = wordsIn(text, line.start, line.end).find((w) => w.start < offset && offset < w.end);
  return word ? word.start : offset;
}

/** If offset is inside a word, that word's end; otherwise offset. */
export function wordEndAt(text: string, offset: number): number {
  const line = lineAround(text, Math.max(0, offset - 1));
  const word = wordsIn(text, line.start, line.end).find((w) => w.start < offset && offset < w.end);
  return word ? word.end : offset;
}
