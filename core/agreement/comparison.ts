/**
 * Turns the researcher's comparison (documents, coders, codes, codings) into indexed, validated
 * interval lists: for each code, document and coder, that coder's codings sorted by start.
 * Everything later works on these lists, never on per-character arrays.
 */
import { AppError } from '../model/errors';
import type { AgreementId, AgreementInput, ComparisonCode, ComparisonCoder, ComparisonDocument } from './types';

/** Flattened sorted intervals [s0, e0, s1, e1, ...], half-open. */
export type Intervals = number[];

export interface PreparedComparison {
  documents: readonly ComparisonDocument[];
  coders: readonly ComparisonCoder[];
  codes: readonly ComparisonCode[];
  /** Per document: indices (into `coders`) of the compared coders who completed it, ascending. */
  present: number[][];
  /** codings[code].get(document)[coder]: that coder's codings of the code there, sorted (raw, unmerged). */
  codings: Map<number, Intervals[]>[];
  /** Per code: codings ignored because their coder had not completed the document. */
  ignored: number[];
}

function indexIds<T extends { id: AgreementId }>(items: readonly T[], what: string): Map<AgreementId, number> {
  const index = new Map<AgreementId, number>();
  items.forEach((item, i) => {
    if (index.has(item.id)) throw new AppError('invalid-args', `The comparison lists ${what} ${String(item.id)} twice.`);
    index.set(item.id, i);
  });
  return index;
}

export function prepareComparison(input: AgreementInput): PreparedComparison {
  const { documents, coders, codes } = input;
  if (coders.length < 2) {
    throw new AppError('invalid-args', 'Agreement needs at least two coders; the comparison lists ' + coders.length + '.');
  }
  if (coders.length > 30) throw new AppError('invalid-args', 'Agreement can compare at most 30 coders at a time.');
  const docIndex = indexIds(documents, 'document');
  const coderIndex = indexIds(coders, 'coder');
  const codeIndex = indexIds(codes, 'code');
  for (const d of documents) {
    if (!Number.isInteger(d.length) || d.length < 0) {
      throw new AppError('invalid-args', `"${d.title}" has an invalid length (${String(d.length)}).`);
    }
    if (d.text !== undefined && d.text.length !== d.length) {
      throw new AppError('invalid-args', `"${d.title}" has ${d.text.length} characters of text but its length is given as ${d.length}.`);
    }
  }

  const present = documents.map((d) => {
    const set = new Set<number>();
    for (const id of d.completedBy) {
      const i = coderIndex.get(id);
      if (i !== undefined) set.add(i);
    }
    return [...set].sort((a, b) => a - b);
  });
  const presentSets = present.map((p) => new Set(p));

  const codings: Map<number, Intervals[]>[] = codes.map(() => new Map());
  const ignored = new Array<number>(codes.length).fill(0);
  for (const c of input.codings) {
    const d = docIndex.get(c.documentId);
    const k = codeIndex.get(c.codeId);
    const r = coderIndex.get(c.coderId);
    // Codings outside the comparison (other documents, codes or coders) are simply not part of it.
    if (d === undefined || k === undefined || r === undefined) continue;
    const doc = documents[d]!;
    if (!Number.isInteger(c.start) || !Number.isInteger(c.end) || c.start < 0 || c.end > doc.length || c.start > c.end) {
      throw new AppError(
        'invalid-args',
        `A coding of "${codes[k]!.path}" by ${coders[r]!.label} in "${doc.title}" runs from ${c.start} to ${c.end}, ` +
          `outside the document (0 to ${doc.length}).`,
      );
    }
    if (c.end === c.start) continue;
    if (!presentSets[d]!.has(r)) {
      ignored[k]!++;
      continue;
    }
    const byDoc = codings[k]!;
    let perCoder = byDoc.get(d);
    if (!perCoder) byDoc.set(d, (perCoder = coders.map(() => [])));
    perCoder[r]!.push(c.start, c.end);
  }
  for (const byDoc of codings) for (const perCoder of byDoc.values()) for (const list of perCoder) sortIntervals(list);
  return { documents, coders, codes, present, codings, ignored };
}

/** Sort flattened intervals by start (then end), in place. */
export function sortIntervals(list: Intervals): void {
  const n = list.length / 2;
  if (n < 2) return;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) {
    if (list[2 * i]! < list[2 * i - 2]! || (list[2 * i] === list[2 * i - 2] && list[2 * i + 1]! < list[2 * i - 1]!)) sorted = false;
  }
  if (sorted) return;
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) pairs.push([list[2 * i]!, list[2 * i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  pairs.forEach(([s, e], i) => {
    list[2 * i] = s;
    list[2 * i + 1] = e;
  });
}

/**
 * Merge a coder's codings of one code into disjoint runs (§6.3: duplicates and overlaps count
 * once). `touching`: also join runs that meet end to start; right for per-unit presence, wrong
 * for unitizing, where two adjacent codings are two units.
 */
export function mergeIntervals(sorted: Intervals, touching: boolean): Intervals {
  const out: Intervals = [];
  for (let i = 0; i < sorted.length; i += 2) {
    const s = sorted[i]!;
    const e = sorted[i + 1]!;
    const last = out.length - 1;
    if (last > 0 && (touching ? s <= out[last]! : s < out[last]!)) {
      if (e > out[last]!) out[last] = e;
    } else {
      out.push(s, e);
    }
  }
  return out;
}

/** Total length covered by disjoint intervals. */
export function coveredLength(intervals: Intervals): number {
  let total = 0;
  for (let i = 0; i < intervals.length; i += 2) total += intervals[i + 1]! - intervals[i]!;
  return total;
}
