import type { ProjectFile } from '../../db/projectFile';
import { AppError } from '../model/errors';
import type { SearchHit, SearchResult } from '../model/searchTypes';
import { foldText, ftsExpression, parseSearch, termPattern } from './searchQuery';

const CONTEXT = 70;
/** Hits listed per document (all of a document's hits are counted in `total`). */
const PER_DOCUMENT = 50;

function contextAround(text: string, start: number, end: number): Pick<SearchHit, 'before' | 'match' | 'after'> {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(text.length, end + CONTEXT);
  // Cut at spaces so the context starts and ends with whole words.
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return { before: flat(text.slice(from, start)), match: text.slice(start, end), after: flat(text.slice(end, to)) };
}

/** Where the terms occur; terms separated only by spaces or punctuation ("walking group") make one hit. */
function* matchRanges(folded: string, pattern: RegExp): Generator<[number, number]> {
  pattern.lastIndex = 0;
  let current: [number, number] | null = null;
  for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const range: [number, number] = [m.index, m.index + m[0].length];
    if (current && range[0] - current[1] <= 3 && !/[\p{L}\p{N}]/u.test(folded.slice(current[1], range[0]))) {
      current[1] = range[1];
      continue;
    }
    if (current) yield current;
    current = range;
  }
  if (current) yield current;
}

/** Find the documents with the index, then the places inside them with the same terms. */
export function searchDocuments(file: ProjectFile, query: string, limit = 200, documentIds?: number[]): SearchResult {
  const terms = parseSearch(query);
  if (terms.length === 0) throw new AppError('invalid-args', 'Type a word to search for.');
  const expression = ftsExpression(terms);
  let matches: { id: number }[];
  try {
    matches = file.sqlite.prepare('SELECT rowid AS id FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank').all(expression) as { id: number }[];
  } catch (e) {
    throw new AppError('invalid-args', `"${query}" cannot be searched for (${(e as Error).message}).`);
  }
  const wanted = documentIds ? new Set(documentIds) : null;
  const ids = matches.map((m) => m.id).filter((id) => !wanted || wanted.has(id));
  const pattern = termPattern(terms);
  const read = file.sqlite.prepare('SELECT title, text FROM documents WHERE id = ?');
  const hits: SearchHit[] = [];
  let total = 0;
  let scanned = 0;
  // Stop reading documents once the list is full: counting every hit in a large project costs
  // far more than finding the first ones, so past the limit the count is "at least".
  for (const id of ids) {
    if (hits.length >= limit) break;
    scanned++;
    const doc = read.get(id) as { title: string; text: string };
    const { folded, toOriginal } = foldText(doc.text);
    let inDocument = 0;
    for (const [from, to] of matchRanges(folded, pattern)) {
      total++;
      inDocument++;
      if (hits.length < limit && inDocument <= PER_DOCUMENT) {
        const start = toOriginal(from);
        const end = toOriginal(to);
        hits.push({ documentId: id, title: doc.title, start, end, ...contextAround(doc.text, start, end) });
      }
    }
  }
  const totalIsExact = scanned === ids.length;
  return { query, hits, documents: ids.length, total, totalIsExact, truncated: hits.length < total || !totalIsExact };
}
