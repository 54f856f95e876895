/**
 * Krippendorff's alpha for any number of coders, missing values and nominal, ordinal,
 * interval or ratio metrics (agreement-methods.md §3.6).
 *
 * Coincidences: a unit with m_u ≥ 2 values adds 1/(m_u − 1) for every ordered pair of values
 * from different coders. To keep integers, pair counts are collected per m_u and scaled by
 * S = lcm(m_u − 1) at the end: o' = S·o, n' = S·n, and
 *   alpha = 1 − (n' − S) · Σ o'_ck δ²_ck / Σ n'_c n'_k δ²_ck
 * which is the textbook 1 − (n − 1) Σ o δ² / Σ n_c n_k δ² with one division.
 */
import { AppError } from '../model/errors';
import type { ReliabilityData } from './reliabilityData';
import { valueCounts } from './reliabilityData';

export type AlphaMetric = 'nominal' | 'ordinal' | 'interval' | 'ratio';

export interface Coincidences {
  /** q × q matrix of coincidences multiplied by `scale` (integers for integer counts). */
  matrix: number[][];
  /** The common multiplier S (lcm of m_u − 1 over the units that contributed). */
  scale: number;
}

export interface KrippendorffAlpha {
  /** null when not applicable: fewer than two pairable values, or only one category used (D_e = 0). */
  value: number | null;
  /** D_o and D_e (same metric). */
  observedDisagreement: number | null;
  expectedDisagreement: number | null;
  /** n: number of pairable values. */
  pairableValues: number;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Collect ordered pair counts per number of values m_u, then scale to a common integer base. */
export function coincidences(data: ReliabilityData): Coincidences {
  const q = data.categories.length;
  const byM = new Map<number, number[][]>();
  for (const row of data.rows) {
    const { counts, m } = valueCounts(row, q);
    if (m < 2) continue;
    let pairs = byM.get(m);
    if (!pairs) byM.set(m, (pairs = Array.from({ length: q }, () => new Array<number>(q).fill(0))));
    for (let c = 0; c < q; c++) {
      const nc = counts[c]!;
      if (nc === 0) continue;
      for (let k = 0; k < q; k++) {
        const nk = counts[k]!;
        if (nk === 0) continue;
        pairs[c]![k]! += row.count * nc * (c === k ? nk - 1 : nk);
      }
    }
  }
  return combinePairCounts(byM, q);
}

/** Combine per-m_u ordered pair counts into scaled coincidences (shared with the span engine). */
export function combinePairCounts(byM: ReadonlyMap<number, readonly (readonly number[])[]>, q: number): Coincidences {
  let scale = 1;
  for (const m of byM.keys()) scale = (scale * (m - 1)) / gcd(scale, m - 1);
  const matrix = Array.from({ length: q }, () => new Array<number>(q).fill(0));
  for (const [m, pairs] of byM) {
    const factor = scale / (m - 1);
    for (let c = 0; c < q; c++) for (let k = 0; k < q; k++) matrix[c]![k]! += pairs[c]![k]! * factor;
  }
  return { matrix, scale };
}

/** δ² for each pair of categories; `marginals` are the (scaled) n_c, needed by the ordinal metric. */
export function metricDistances(
  metric: AlphaMetric,
  categories: readonly (string | number)[],
  marginals: readonly number[],
): number[][] {
  const q = categories.length;
  const numeric = () =>
    categories.map((c) => {
      const v = typeof c === 'number' ? c : Number(c);
      if (!Number.isFinite(v)) {
        throw new AppError('invalid-args', `The ${metric} metric needs numeric values, but "${String(c)}" is not a number.`);
      }
      return v;
    });
  const d = Array.from({ length: q }, () => new Array<number>(q).fill(0));
  if (metric === 'nominal') {
    for (let c = 0; c < q; c++) for (let k = 0; k < q; k++) d[c]![k] = c === k ? 0 : 1;
    return d;
  }
  if (metric === 'ordinal') {
    // Ranks follow the declared scale order; unused scale points have n_g = 0 and change nothing.
    for (let c = 0; c < q; c++) {
      for (let k = c; k < q; k++) {
        let s = 0;
        for (let g = c; g <= k; g++) s += marginals[g]!;
        const v = (s - (marginals[c]! + marginals[k]!) / 2) ** 2;
        d[c]![k] = v;
        d[k]![c] = v;
      }
    }
    return d;
  }
  const v = numeric();
  for (let c = 0; c < q; c++) {
    for (let k = 0; k < q; k++) {
      if (metric === 'interval') d[c]![k] = (v[c]! - v[k]!) ** 2;
      else {
        const sum = v[c]! + v[k]!;
        d[c]![k] = sum === 0 ? 0 : ((v[c]! - v[k]!) / sum) ** 2;
      }
    }
  }
  return d;
}

/** Alpha from scaled coincidences. */
export function alphaFromCoincidences(
  co: Coincidences,
  categories: readonly (string | number)[],
  metric: AlphaMetric = 'nominal',
): KrippendorffAlpha {
  const q = categories.length;
  const marginals = co.matrix.map((row) => row.reduce((s, x) => s + x, 0));
  const nScaled = marginals.reduce((s, x) => s + x, 0);
  const pairableValues = nScaled / co.scale;
  if (nScaled === 0) return { value: null, observedDisagreement: null, expectedDisagreement: null, pairableValues };
  const delta = metricDistances(metric, categories, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < q; c++) {
    for (let k = 0; k < q; k++) {
      const dd = delta[c]![k]!;
      if (dd === 0) continue;
      observed += co.matrix[c]![k]! * dd;
      expected += marginals[c]! * marginals[k]! * dd;
    }
  }
  const nMinusS = nScaled - co.scale;
  const observedDisagreement = observed / nScaled;
  const expectedDisagreement = nMinusS > 0 ? expected / (nScaled * nMinusS) : null;
  const value = expected === 0 || nMinusS <= 0 ? null : 1 - (nMinusS * observed) / expected;
  return { value, observedDisagreement, expectedDisagreement, pairableValues };
}

export function krippendorffAlpha(data: ReliabilityData, metric: AlphaMetric = 'nominal'): KrippendorffAlpha {
  return alphaFromCoincidences(coincidences(data), data.categories, metric);
}

/**
 * Binary alpha straight from three coincidence cells (o_00, o_01 = o_10, o_11), unscaled:
 * alpha = 1 − (n − 1) o_01 / (n_0 n_1). Used by the bootstrap, where speed matters more than
 * the single-division rule.
 */
export function binaryAlpha(o00: number, o01: number, o11: number): number | null {
  const n0 = o00 + o01;
  const n1 = o11 + o01;
  const n = n0 + n1;
  if (n0 === 0 || n1 === 0 || n <= 1) return null;
  return 1 - ((n - 1) * o01) / (n0 * n1);
}
