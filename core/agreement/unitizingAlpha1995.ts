/**
 * Krippendorff's unitizing alpha, 1995/2004 version (as in DKPro Agreement and text-alpha),
 * per code (category) and overall; agreement-methods.md §3.8.
 *
 * Each coder's codings of a code partition each continuum (document) into units and gaps.
 * Distance between sections of two different coders: two overlapping units →
 * (start difference)² + (end difference)²; a unit inside the other coder's gap → its length²;
 * anything else 0. With L the total length of all continua and m coders:
 *   D_o = Σ_i Σ_{j≠i} Σ δ² / (m(m − 1) L²)
 *   D_e = (2/L) Σ_units [ (N − 1)(2l³ − 3l² + l)/3 + l² Σ_gaps (l_gap − l + 1)·[l_gap ≥ l] ]
 *         / [ mL(mL − 1) − Σ_units l(l − 1) ]
 * Several documents are treated as one continuum made of separate pieces: units never cross
 * a document boundary and a gap never joins two documents. Every coder must have completed
 * every document given (the caller passes only such documents).
 */
import type { Intervals } from './comparison';
import type { UnitizingResult } from './types';

export interface UnitizingContinuum {
  length: number;
  /** Per coder: that coder's units of the code, sorted, overlaps merged (adjacent units stay apart). */
  coders: readonly Intervals[];
}

export interface UnitizingTerms {
  observed: number;
  expected: number;
}

/** Σ over ordered coder pairs of δ² for one continuum. */
function observedSum(coders: readonly Intervals[]): number {
  let sum = 0;
  for (let i = 0; i < coders.length; i++) {
    for (let j = 0; j < coders.length; j++) {
      if (i === j) continue;
      const a = coders[i]!;
      const b = coders[j]!;
      // Units of i against units of j (overlapping) or against j's gaps (containing them).
      let h0 = 0;
      for (let g = 0; g < a.length; g += 2) {
        const s = a[g]!;
        const e = a[g + 1]!;
        while (h0 < b.length && b[h0 + 1]! <= s) h0 += 2;
        let overlapped = false;
        for (let h = h0; h < b.length && b[h]! < e; h += 2) {
          overlapped = true;
          sum += (s - b[h]!) ** 2 + (e - b[h + 1]!) ** 2;
        }
        if (!overlapped) sum += (e - s) ** 2;
      }
      // j's units inside i's gaps are counted when the roles swap, except for this pair's
      // gap side: δ²(gap of i, unit of j) belongs to the ordered pair (i, j) as well.
      let g0 = 0;
      for (let h = 0; h < b.length; h += 2) {
        const s = b[h]!;
        const e = b[h + 1]!;
        while (g0 < a.length && a[g0 + 1]! <= s) g0 += 2;
        if (!(g0 < a.length && a[g0]! < e)) sum += (e - s) ** 2;
      }
    }
  }
  return sum;
}

/** D_o and D_e of one code over several continua with the same m coders. */
export function unitizingTerms(continua: readonly UnitizingContinuum[]): UnitizingTerms | null {
  if (continua.length === 0) return null;
  const m = continua[0]!.coders.length;
  let L = 0;
  let observed = 0;
  const unitLengths: number[] = [];
  const gapLengths: number[] = [];
  for (const c of continua) {
    L += c.length;
    observed += observedSum(c.coders);
    for (const runs of c.coders) {
      let pos = 0;
      for (let g = 0; g < runs.length; g += 2) {
        if (runs[g]! > pos) gapLengths.push(runs[g]! - pos);
        unitLengths.push(runs[g + 1]! - runs[g]!);
        pos = Math.max(pos, runs[g + 1]!);
      }
      if (c.length > pos) gapLengths.push(c.length - pos);
    }
  }
  if (L === 0 || m < 2) return null;
  const N = unitLengths.length;
  // Σ over gaps with length ≥ l of (l_gap − l + 1), from gap lengths sorted descending.
  gapLengths.sort((a, b) => b - a);
  const prefix = [0];
  for (const g of gapLengths) prefix.push(prefix[prefix.length - 1]! + g);
  const fitting = (l: number) => {
    let lo = 0;
    let hi = gapLengths.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (gapLengths[mid]! >= l) lo = mid + 1;
      else hi = mid;
    }
    return prefix[lo]! - (l - 1) * lo;
  };
  let numerator = 0;
  let selfPairs = 0;
  for (const l of unitLengths) {
    numerator += ((N - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l * l * fitting(l);
    selfPairs += l * (l - 1);
  }
  const denominator = m * L * (m * L - 1) - selfPairs;
  return {
    observed: observed / (m * (m - 1) * L * L),
    expected: denominator === 0 ? 0 : ((2 / L) * numerator) / denominator,
  };
}

export function unitizingAlphaFromTerms(terms: readonly (UnitizingTerms | null)[]): UnitizingResult | null {
  let observed = 0;
  let expected = 0;
  let any = false;
  for (const t of terms) {
    if (!t) continue;
    any = true;
    observed += t.observed;
    expected += t.expected;
  }
  if (!any) return null;
  return { value: expected === 0 ? null : 1 - observed / expected, observedDisagreement: observed, expectedDisagreement: expected };
}
