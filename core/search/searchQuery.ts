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
 * offsets. Most text folds character for character; only when a character changes length is
 * an offset table built.
 */
export function foldText(text: string): { folded: string; toOriginal: (i: number) => number } {
  const lower = text.toLowerCase();
  if (!/[\u0080-\uffff]/.test(text)) return { folded: lower, toOriginal: (i) => i };
  // Most text (curly quotes, dashes, Hebrew, CJK) folds character for character: lower case
  // keeps its length and nothing decomposes, so offsets stay as they are.
  if (lower.length === text.length && lower.normalize('NFD').length === lower.length) return { folded: lower, toOriginal: (i) => i };
  let folded = '';
  const map: number[] = [];
  const memo = new Map<string, string>();
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    let f = memo.get(ch);
    if (f === undefined) memo.set(ch, (f = cp < 0x80 ? ch.toLowerCase() : foldWord(ch)));
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
    i += ch.length;
  }
  map.push(text.length);
  return { folded, toOriginal: (i) => map[i] ?? text.length };
}
