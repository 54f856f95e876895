/**
 * From codings to reliability data, per code: for every document some compared coder
 * completed, count the units by pattern of coders who applied the code (characters, words,
 * sentences, paragraphs or whole documents). Coders who did not complete a document give no
 * value there (missing); those who did and left text uncoded said "absent" (§0.4, §6.1).
 */
import { AppError } from '../model/errors';
import type { Intervals, PreparedComparison } from './comparison';
import { mergeIntervals } from './comparison';
import type { ReliabilityData, ReliabilityRow } from './reliabilityData';
import type { PatternCounts } from './spanSweep';
import { patternCounts } from './spanSweep';
import type { TextUnitKind, TextUnits } from './textUnits';
import { segmentText, toUnitRuns } from './textUnits';

export type PatternUnit = 'character' | TextUnitKind | 'document';

export interface DocumentPatterns {
  /** Index into the comparison's documents. */
  document: number;
  /** Compared coders (indices) who completed the document; mask bit i = present[i]. */
  present: number[];
  /** Units in the document. */
  units: number;
  counts: PatternCounts;
}

/** Turns a document's character runs into runs of the chosen unit; built once per comparison. */
export interface UnitScale {
  unit: PatternUnit;
  unitsIn(document: number): number;
  runs(document: number, merged: Intervals): Intervals;
}

export function unitScale(
  prep: PreparedComparison,
  unit: PatternUnit,
  options: { locale?: string; paragraphBreak?: 'line' | 'blank-line' } = {},
): UnitScale {
  if (unit === 'character') {
    return { unit, unitsIn: (d) => prep.documents[d]!.length, runs: (_d, merged) => merged };
  }
  if (unit === 'document') {
    return { unit, unitsIn: () => 1, runs: (_d, merged) => (merged.length > 0 ? [0, 1] : []) };
  }
  const cache = new Map<number, TextUnits>();
  const unitsOf = (d: number): TextUnits => {
    let u = cache.get(d);
    if (!u) {
      const doc = prep.documents[d]!;
      if (doc.text === undefined) {
        throw new AppError('invalid-args', `"${doc.title}" has no text, which ${unit} units need to find the ${unit}s.`);
      }
      u = segmentText(doc.text, unit, options);
      cache.set(d, u);
    }
    return u;
  };
  return { unit, unitsIn: (d) => unitsOf(d).starts.length, runs: (d, merged) => toUnitRuns(unitsOf(d), merged) };
}

/** Pattern counts of one code in every document with at least one present coder. */
export function codePatterns(prep: PreparedComparison, code: number, scale: UnitScale): DocumentPatterns[] {
  const out: DocumentPatterns[] = [];
  const byDoc = prep.codings[code]!;
  prep.documents.forEach((_doc, d) => {
    const present = prep.present[d]!;
    if (present.length === 0) return;
    const units = scale.unitsIn(d);
    const raw = byDoc.get(d);
    let counts: PatternCounts;
    if (!raw) {
      counts = new Map(units > 0 ? [[0, units]] : []);
    } else {
      const perCoder = present.map((r) => scale.runs(d, mergeIntervals(raw[r]!, true)));
      counts = patternCounts(units, perCoder);
    }
    out.push({ document: d, present, units, counts });
  });
  return out;
}

/** The binary scale used for per-code span data. */
export const PRESENCE_CATEGORIES = ['absent', 'present'] as const;

/** Rows of reliability data (values 0 = absent, 1 = present, null = missing) for documents. */
export function rowsFromPatterns(patterns: readonly DocumentPatterns[], coderCount: number): ReliabilityRow[] {
  // Identical value patterns from different documents become one row; the key is the pattern
  // read as a base-3 number (0 absent, 1 present, 2 missing), exact for up to 30 coders.
  const merged = new Map<number, ReliabilityRow>();
  for (const p of patterns) {
    let missingKey = 0;
    for (let r = 0, w = 1; r < coderCount; r++, w *= 3) if (!p.present.includes(r)) missingKey += 2 * w;
    for (const [mask, count] of p.counts) {
      if (count === 0) continue;
      let key = missingKey;
      p.present.forEach((r, bit) => {
        if ((mask >> bit) & 1) key += 3 ** r;
      });
      const row = merged.get(key);
      if (row) {
        row.count += count;
        continue;
      }
      const values: (number | null)[] = new Array(coderCount).fill(null);
      p.present.forEach((r, bit) => {
        values[r] = (mask >> bit) & 1;
      });
      merged.set(key, { values, count });
    }
  }
  return [...merged.values()];
}

export function presenceData(patterns: readonly DocumentPatterns[], coders: readonly string[]): ReliabilityData {
  return { coders, categories: PRESENCE_CATEGORIES, rows: rowsFromPatterns(patterns, coders.length) };
}

/** Units per coder coded with the code, summed over documents. */
export function coverageByCoder(patterns: readonly DocumentPatterns[], coderCount: number): number[] {
  const coverage = new Array<number>(coderCount).fill(0);
  for (const p of patterns) {
    for (const [mask, count] of p.counts) {
      p.present.forEach((r, bit) => {
        if ((mask >> bit) & 1) coverage[r]! += count;
      });
    }
  }
  return coverage;
}
