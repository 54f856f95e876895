/**
 * Units other than characters: words, sentences and paragraphs (agreement-methods.md §6.2).
 *
 * Rule: a unit counts as coded by a coder when ANY of its characters is inside one of that
 * coder's codings (NVivo 12's rule for sentences and paragraphs). Every unit counts once,
 * whatever its length.
 *
 * What a unit is:
 * - word: a word-like segment of Intl.Segmenter (letters, digits, apostrophes inside words);
 *   spaces, punctuation and emoji are not units, so coding only them codes no word;
 * - sentence: an Intl.Segmenter sentence, without its surrounding white space;
 *   white-space-only pieces are not units;
 * - paragraph: with 'line' (default) every line of the stored text (split at LF, the stored
 *   line end) that holds more than white space; with 'blank-line', runs of lines separated by
 *   one or more blank lines (for hard-wrapped plain text). Leading/trailing white space is
 *   not part of the unit.
 */
import type { Intervals } from './comparison';

export type TextUnitKind = 'word' | 'sentence' | 'paragraph';

export interface TextUnits {
  /** Start and end (UTF-16, half-open) of each unit, ascending and non-overlapping. */
  starts: number[];
  ends: number[];
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x3000 || code === 0x202f || code === 0x205f || code === 0x1680;

/** Push [start, end) with white space trimmed, if anything is left. */
function pushTrimmed(text: string, start: number, end: number, units: TextUnits): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) {
    units.starts.push(start);
    units.ends.push(end);
  }
}

/**
 * V8's Intl.Segmenter slows down more than linearly on long strings (57,000 characters: about
 * a second for words), so long texts are segmented in chunks cut where the Unicode rules
 * (UAX #29) always break anyway: words before white space, sentences after a line feed.
 * The result is the same as segmenting the whole text.
 */
const WORD_CHUNK = 500;
const SENTENCE_CHUNK = 2000;

function* chunks(text: string, size: number, safeCut: (i: number) => boolean): Generator<[number, number]> {
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + size);
    while (to < text.length && !safeCut(to)) to++;
    yield [from, to];
    from = to;
  }
}

export function segmentText(
  text: string,
  kind: TextUnitKind,
  options: { locale?: string; paragraphBreak?: 'line' | 'blank-line' } = {},
): TextUnits {
  const units: TextUnits = { starts: [], ends: [] };
  const locale = options.locale ?? 'en';
  if (kind === 'word') {
    const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    // Only space, tab and line feed: some other spaces (U+202F) can sit inside a "word" such as 12 000.
    const breaksWord = (i: number) => {
      const c = text.charCodeAt(i);
      return c === 32 || c === 9 || c === 10;
    };
    for (const [from, to] of chunks(text, WORD_CHUNK, breaksWord)) {
      for (const s of segmenter.segment(text.slice(from, to))) {
        if (s.isWordLike) {
          units.starts.push(from + s.index);
          units.ends.push(from + s.index + s.segment.length);
        }
      }
    }
  } else if (kind === 'sentence') {
    const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    for (const [from, to] of chunks(text, SENTENCE_CHUNK, (i) => text.charCodeAt(i - 1) === 10)) {
      for (const s of segmenter.segment(text.slice(from, to))) pushTrimmed(text, from + s.index, from + s.index + s.segment.length, units);
    }
  } else if ((options.paragraphBreak ?? 'line') === 'line') {
    let start = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
      pushTrimmed(text, start, i, units);
      start = i + 1;
    }
    pushTrimmed(text, start, text.length, units);
  } else {
    const blank = /\n[^\S\n]*\n\s*/g;
    let start = 0;
    for (let m = blank.exec(text); m !== null; m = blank.exec(text)) {
      pushTrimmed(text, start, m.index, units);
      start = m.index + m[0].length;
    }
    pushTrimmed(text, start, text.length, units);
  }
  return units;
}

/** First index i with values[i] > x (values ascending). */
function firstGreater(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** First index i with values[i] >= x. */
function firstAtLeast(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! >= x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Character runs → runs of unit indices (a unit is in when any character of it is covered).
 * Input runs are disjoint and sorted; output runs are merged and sorted.
 */
export function toUnitRuns(units: TextUnits, charRuns: Intervals): Intervals {
  const out: Intervals = [];
  for (let i = 0; i < charRuns.length; i += 2) {
    const s = charRuns[i]!;
    const e = charRuns[i + 1]!;
    const first = firstGreater(units.ends, s); // first unit ending after s
    const last = firstAtLeast(units.starts, e) - 1; // last unit starting before e
    if (first > last) continue;
    const n = out.length;
    if (n > 0 && first <= out[n - 1]!) {
      if (last + 1 > out[n - 1]!) out[n - 1] = last + 1;
    } else {
      out.push(first, last + 1);
    }
  }
  return out;
}
