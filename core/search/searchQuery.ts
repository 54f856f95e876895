import { searchableText } from '../model/searchText';

/**
 * A researcher's search words, read the way search boxes usually read them: every word must
 * occur (in any order), "quoted words" must occur together, and a word ending in * matches
 * any word starting with it. The same terms become an FTS5 MATCH expression (to find the
 * documents) and a pattern (to find the places inside each document).
 */
export interface SearchTerm {
  /** The words of the term, as typed (a phrase has several). */
  words: string[];
  prefix: boolean;
}

export function parseSearch(query: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (let m = re.exec(query); m; m = re.exec(query)) {
    const raw = m[1] ?? m[2] ?? '';
    const prefix = m[2] !== undefined && raw.endsWith('*');
    const text = prefix ? raw.slice(0, -1) : raw;
    // Keep letters, digits and marks; punctuation splits words as the index does.
    const words = searchableText(text)
      .split(/[^\p{L}\p{N}\p{M}]+/u)
      .filter(Boolean);
    if (words.length > 0) terms.push({ words, prefix });
  }
  return terms;
}

const quoteFts = (word: string) => `"${word.replace(/"/g, '""')}"`;

export function ftsExpression(terms: SearchTerm[]): string {
  return terms.map((t) => `${t.words.map(quoteFts).join(' ')}${t.prefix ? '*' : ''}`).join(' AND ');
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const unspaced = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** One pattern finding any of the terms in folded text (see foldText). */
export function termPattern(terms: SearchTerm[]): RegExp {
  const alternatives = terms.map((t) => {
    const words = t.words.map((w) => escapeRegex(foldWord(w)));
    const cjk = t.words.some((w) => unspaced.test(w));
    // Words of a phrase are separated by anything that is not a letter or digit; CJK words by nothing.
    const body = words.join(cjk ? '[^\\p{L}\\p{N}]*' : '[^\\p{L}\\p{N}]+');
    const before = cjk ? '' : '(?<![\\p{L}\\p{N}])';
    const after = t.prefix ? '[\\p{L}\\p{N}]*' : cjk ? '' : '(?![\\p{L}\\p{N}])';
    return `${before}${body}${after}`;
  });
  return new RegExp(alternatives.join('|'), 'gu');
}

function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Text folded for matching (lower case, accents removed), with a way back to the original
 * offsets. Most text folds character for character (ASCII, curly quotes, Hebrew, CJK), so
 * only runs of other characters are folded one at a time, and offsets are only recorded
 * where a character's folded form has a different length.
 */
export function foldText(text: string): { folded: string; toOriginal: (i: number) => number } {
  if (!/[\u0080-\uffff]/.test(text)) return { folded: text.toLowerCase(), toOriginal: (i) => i };
  const pieces: string[] = [];
  // Where the folded text stops lining up with the original: from folded offset `f`, offsets
  // map to `o + (i - f)`, or all to `o` inside a character that folded into several.
  const shifts: { f: number; o: number; collapsed: boolean }[] = [];
  let foldedLength = 0;
  let last = 0;
  const nonAscii = /[\u0080-\uffff]+/g;
  for (let m = nonAscii.exec(text); m; m = nonAscii.exec(text)) {
    const ascii = text.slice(last, m.index).toLowerCase();
    pieces.push(ascii);
    foldedLength += ascii.length;
    const run = m[0];
    const foldedRun = foldWord(run);
    if (foldedRun.length === run.length && run.normalize('NFD').length === run.length) {
      // Nothing decomposed and nothing was removed: character for character.
      pieces.push(foldedRun);
      foldedLength += foldedRun.length;
    } else {
      for (let i = 0; i < run.length; ) {
        const ch = String.fromCodePoint(run.codePointAt(i)!);
        const f = foldCharacter(ch);
        if (f.length !== ch.length) {
          const o = m.index + i;
          if (f.length > 0) shifts.push({ f: foldedLength, o, collapsed: true });
          shifts.push({ f: foldedLength + f.length, o: o + ch.length, collapsed: false });
        }
        pieces.push(f);
        foldedLength += f.length;
        i += ch.length;
      }
    }
    last = m.index + run.length;
  }
  pieces.push(text.slice(last).toLowerCase());
  const folded = pieces.join('');
  if (shifts.length === 0) return { folded, toOriginal: (i) => i };
  return {
    folded,
    toOriginal: (i) => {
      // The last shift at or before i (shifts are in folded order; a later one at the same offset wins).
      let lo = 0;
      let hi = shifts.length - 1;
      let at = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (shifts[mid]!.f <= i) {
          at = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (at < 0) return i;
      const s = shifts[at]!;
      return Math.min(text.length, s.collapsed ? s.o : s.o + (i - s.f));
    },
  };
}

const foldedCharacters = new Map<string, string>();
function foldCharacter(ch: string): string {
  let f = foldedCharacters.get(ch);
  if (f === undefined) {
    f = foldWord(ch);
    if (foldedCharacters.size < 10_000) foldedCharacters.set(ch, f);
  }
  return f;
}
