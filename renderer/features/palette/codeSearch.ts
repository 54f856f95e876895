import Fuse from 'fuse.js';
import type { Code } from '../../../core/model/types';

/**
 * Fuzzy search over the codebook for the quick-code palette, fast enough for every keystroke
 * over thousands of codes.
 *
 * fuse.js does the fuzzy matching, but over the codebook's *vocabulary* (each distinct word of
 * the names, parent paths and descriptions, once) rather than over every code's text: a
 * codebook of 2,000 codes with descriptions has a few thousand distinct words, so a search is
 * a few milliseconds instead of tens. Each word of the query must match a word of the code
 * (typos allowed); a match in the name counts most, then the parent path, then the
 * description. Results for the words already typed are kept, so a keystroke searches only the
 * word being typed.
 */
export interface CodeSearch {
  /** Codes matching the query, best first; an empty query lists the codebook in order. */
  search(query: string, limit?: number): Code[];
}

/** Where in a code a word was found. */
const Field = { Name: 0, Parents: 1, Description: 2 } as const;
type Field = (typeof Field)[keyof typeof Field];

/** What a weaker field adds to a word's score (0 is a perfect match). */
const fieldPenalty = [0, 0.15, 0.3] as const;

/** Lower case, accents dropped: "Zoë" and "zoe" are the same word. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase();
}

export function searchWords(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function createCodeSearch(codes: readonly Code[]): CodeSearch {
  // word -> the codes (and fields) it occurs in, each code listed once per field
  const postings = new Map<string, { code: number; field: Field }[]>();
  const add = (word: string, code: number, field: Field) => {
    const list = postings.get(word) ?? [];
    if (!postings.has(word)) postings.set(word, list);
    const last = list[list.length - 1];
    if (!last || last.code !== code || last.field !== field) list.push({ code, field });
  };
  codes.forEach((code, i) => {
    for (const w of searchWords(code.name)) add(w, i, Field.Name);
    const parents = code.path.slice(0, Math.max(0, code.path.length - code.name.length));
    for (const w of searchWords(parents)) add(w, i, Field.Parents);
    for (const w of searchWords(code.description)) add(w, i, Field.Description);
  });
  const vocabulary = [...postings.keys()];
  const fuse = new Fuse(vocabulary, { threshold: 0.34, ignoreLocation: true, includeScore: true });
  const foldedNames = codes.map((c) => foldText(c.name));

  // term -> code index -> best score of that term in that code
  const termCache = new Map<string, Map<number, number>>();
  const scoresFor = (term: string): Map<number, number> => {
    const cached = termCache.get(term);
    if (cached) return cached;
    const scores = new Map<number, number>();
    for (const hit of fuse.search(term)) {
      for (const p of postings.get(hit.item) ?? []) {
        const score = (hit.score ?? 0) + fieldPenalty[p.field];
        const best = scores.get(p.code);
        if (best === undefined || score < best) scores.set(p.code, score);
      }
    }
    if (termCache.size > 500) termCache.clear();
    termCache.set(term, scores);
    return scores;
  };

  return {
    search(query, limit = 50) {
      const terms = searchWords(query);
      if (terms.length === 0) return codes.slice(0, limit);
      const perTerm = terms.map(scoresFor).sort((a, b) => a.size - b.size);
      const folded = foldText(query.trim());
      const ranked: { index: number; score: number }[] = [];
      for (const [index, first] of perTerm[0]!) {
        let score = first;
        for (let t = 1; t < perTerm.length && score !== Infinity; t++) score += perTerm[t]!.get(index) ?? Infinity;
        if (score === Infinity) continue;
        // A name that is, or starts with, what was typed comes first.
        const name = foldedNames[index]!;
        if (name === folded) score -= 2;
        else if (name.startsWith(folded)) score -= 1;
        ranked.push({ index, score });
      }
      ranked.sort((a, b) => a.score - b.score || a.index - b.index);
      return ranked.slice(0, limit).map((r) => codes[r.index]!);
    },
  };
}

/** The code a typed name means exactly (case-insensitive path, or else name), if there is one. */
export function exactCode(codes: readonly Code[], typed: string): Code | undefined {
  const t = foldText(typed.trim());
  return codes.find((c) => foldText(c.path) === t) ?? codes.find((c) => foldText(c.name) === t);
}
