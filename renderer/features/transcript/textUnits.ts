/**
 * Words, sentences and characters in the stored text, as Intl.Segmenter (Unicode UAX #29)
 * finds them: right for English, Hebrew, CJK and emoji alike. Each function segments only the
 * line or passage around an offset, never the whole transcript. Pure; offsets are UTF-16.
 */

export interface TextRange {
  start: number;
  end: number;
}

const words = new Intl.Segmenter(undefined, { granularity: 'word' });
const sentences = new Intl.Segmenter(undefined, { granularity: 'sentence' });
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The line (without its '\n') that holds offset. */
export function lineAround(text: string, offset: number): TextRange {
  const start = offset > 0 ? text.lastIndexOf('\n', offset - 1) + 1 : 0;
  const newline = text.indexOf('\n', offset);
  return { start, end: newline === -1 ? text.length : newline };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when offset falls between the two halves of a surrogate pair (inside one emoji). */
export function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isLow(text.charCodeAt(offset)) && isHigh(text.charCodeAt(offset - 1));
}

/** Word-like segments (not spaces or punctuation) of text[from, to), as absolute ranges. */
export function wordsIn(text: string, from: number, to: number): TextRange[] {
  const found: TextRange[] = [];
  for (const s of words.segment(text.slice(from, to))) {
    if (s.isWordLike) found.push({ start: from + s.index, end: from + s.index + s.segment.length });
  }
  return found;
}

/** The word holding offset (start <= offset < end), or touching it from the left when offset ends a word. */
export function wordAt(text: string, offset: number): TextRange | null {
  const line = lineAround(text, offset);
  const inLine = wordsIn(text, line.start, line.end);
  return inLine.find((w) => w.start <= offset && offset < w.end) ?? inLine.find((w) => w.end === offset) ?? null;
}

/** Sentences of a passage, each trimmed of the blanks around it. */
export function sentencesIn(text: string, within: TextRange): TextRange[] {
  const found: TextRange[] = [];
  for (const s of sentences.segment(text.slice(within.start, within.end))) {
    const trimmed = trimBlanks(text, within.start + s.index, within.start + s.index + s.segment.length);
    if (trimmed) found.push(trimmed);
  }
  return found;
}

/** The sentence of the passage that holds offset (or the last one before it). */
export function sentenceAt(text: string, offset: number, within: TextRange): TextRange | null {
  const all = sentencesIn(text, within);
  return all.find((s) => s.start <= offset && offset < s.end) ?? all.findLast((s) => s.start <= offset) ?? all[0] ?? null;
}

/** The next sentence after `end` in the passage, if any. */
export function sentenceAfter(text: string, end: number, within: TextRange): TextRange | null {
  return sentencesIn(text, within).find((s) => s.start >= end) ?? null;
}

/** The range without blanks (spaces, tabs, line ends) at either end; null if nothing is left. */
export function trimBlanks(text: string, start: number, end: number): TextRange | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** The offset one user-perceived character (grapheme) before or after offset. */
export function nextCharacter(text: string, offset: number, direction: 1 | -1): number {
  if (direction === 1 && offset >= text.length) return text.length;
  if (direction === -1 && offset <= 0) return 0;
  // A window wide enough for any real grapheme cluster (flags, family emoji, combining marks).
  let from = Math.max(0, offset - 64);
  if (splitsPair(text, from)) from--;
  let to = Math.min(text.length, offset + 64);
  if (splitsPair(text, to)) to++;
  for (const g of graphemes.segment(text.slice(from, to))) {
    const start = from + g.index;
    const end = start + g.segment.length;
    if (direction === 1 && end > offset) return end;
    if (direction === -1 && start < offset && offset <= end) return start;
  }
  return direction === 1 ? to : from;
}

/**
 * The offset after the next word (forward) or at the start of the previous word (backward),
 * as Ctrl+Arrow moves in a word processor; at a line's edge it moves to the next line.
 */
export function nextWordEdge(text: string, offset: number, direction: 1 | -1): number {
  const line = lineAround(text, offset);
  const inLine = wordsIn(text, line.start, line.end);
  if (direction === 1) {
    const word = inLine.find((w) => w.end > offset);
    if (word) return word.end;
    return line.end < text.length ? line.end + 1 : text.length;
  }
  const word = inLine.findLast((w) => w.start < offset);
  if (word) return word.start;
  return line.start > 0 ? line.start - 1 : 0;
}

/**
 * Whether the line holding offset reads right to left (Hebrew, Arabic...): its first strongly
 * directional letter decides, as `unicode-bidi: plaintext` decides how the line is shown.
 */
export function readsRightToLeft(text: string, offset: number): boolean {
  const line = lineAround(text, offset);
  const first = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}]|[\p{L}]/u.exec(text.slice(line.start, line.end));
  return first !== null && /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}]/u.test(first[0]);
}
