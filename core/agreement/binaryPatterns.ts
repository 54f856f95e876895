/**
 * Binary (code present / absent) statistics read straight from pattern counts, without
 * building reliability-data rows: the report computes these for every code × document, so
 * they must be cheap. Same definitions and the same integer arithmetic as the general
 * functions (krippendorffAlpha, percentAgreement, specificAgreement, cohenKappa), which the
 * tests use as the reference.
 */
import { combinePairCounts } from './krippendorffAlpha';
import type { DocumentPatterns } from './unitPatterns';

export interface BinaryStats {
  alpha: number | null;
  observedDisagreement: number | null;
  expectedDisagreement: number | null;
  pairableValues: number;
  percentAgreement: number | null;
  positiveAgreement: number | null;
  jaccard: number | null;
}

function ones(mask: number): number {
  let j = 0;
  for (let x = mask; x; x &= x - 1) j++;
  return j;
}

export function binaryStats(patterns: readonly DocumentPatterns[]): BinaryStats {
  // Per number of values m: ordered pair counts (0,0), (0,1), (1,1), agreeing pairs and units.
  const byM = new Map<number, number[][]>();
  const agreeing = new Map<number, { pairs: number; units: number }>();
  let positivePairs = 0;
  let positiveOpportunities = 0;
  let unionPairs = 0;
  for (const p of patterns) {
    const m = p.present.length;
    if (m < 2) continue;
    let pairs = byM.get(m);
    if (!pairs) byM.set(m, (pairs = [[0, 0], [0, 0]]));
    let agree = agreeing.get(m);
    if (!agree) agreeing.set(m, (agree = { pairs: 0, units: 0 }));
    for (const [mask, count] of p.counts) {
      const j = ones(mask);
      const k = m - j;
      pairs[0]![0]! += count * k * (k - 1);
      pairs[0]![1]! += count * j * k;
      pairs[1]![0]! += count * j * k;
      pairs[1]![1]! += count * j * (j - 1);
      agree.pairs += count * (j * (j - 1) + k * (k - 1));
      agree.units += count;
      positivePairs += count * j * (j - 1);
      positiveOpportunities += count * j * (m - 1);
      unionPairs += count * (m * (m - 1) - k * (k - 1));
    }
  }
  const { matrix, scale } = combinePairCounts(byM, 2);
  const n0 = matrix[0]![0]! + matrix[0]![1]!;
  const n1 = matrix[1]![0]! + matrix[1]![1]!;
  const n = n0 + n1;
  const observed = matrix[0]![1]! + matrix[1]![0]!;
  const expected = 2 * n0 * n1;
  const nMinusS = n - scale;
  let units = 0;
  let share = 0;
  for (const [m, a] of agreeing) {
    units += a.units;
    share += a.pairs / (m * (m - 1));
  }
  return {
    alpha: expected === 0 || nMinusS <= 0 ? null : 1 - (nMinusS * observed) / expected,
    observedDisagreement: n === 0 ? null : observed / n,
    expectedDisagreement: nMinusS > 0 ? expected / (n * nMinusS) : null,
    pairableValues: n / scale,
    percentAgreement: units === 0 ? null : share / units,
    positiveAgreement: positiveOpportunities === 0 ? null : positivePairs / positiveOpportunities,
    jaccard: unionPairs === 0 ? null : positivePairs / unionPairs,
  };
}

/**
 * 2 × 2 table [[neither, only b], [only a, both]] of coders a and b (indices into the
 * comparison), over the documents both completed.
 */
export function pairTableFromPatterns(patterns: readonly DocumentPatterns[], a: number, b: number): number[][] {
  const table = [
    [0, 0],
    [0, 0],
  ];
  for (const p of patterns) {
    const ia = p.present.indexOf(a);
    const ib = p.present.indexOf(b);
    if (ia < 0 || ib < 0) continue;
    for (const [mask, count] of p.counts) table[(mask >> ia) & 1]![(mask >> ib) & 1]! += count;
  }
  return table;
}
