/**
 * Coefficients for any number of coders, read from reliability data (units × coders, rows
 * with counts). Definitions: agreement-methods.md §3.1 (percent agreement), §3.3 (Fleiss),
 * §3.2 (Conger, Light), §3.4 (Bennett's S), §3.5 (Gwet's AC1/AC2).
 */
import type { ReliabilityData } from './reliabilityData';
import { pairTable, valueCounts } from './reliabilityData';
import type { ChanceCorrected } from './tableCoefficients';
import { cohenKappa } from './tableCoefficients';

/**
 * Mean over units (with at least two values) of the share of agreeing coder pairs. With two
 * coders this is ordinary percent agreement; with complete data it is Fleiss' P̄. Units are
 * grouped by their number of values so each group is one integer ratio.
 */
export function percentAgreement(data: ReliabilityData): number | null {
  const q = data.categories.length;
  const byM = new Map<number, { agreeingPairs: number; units: number }>();
  for (const row of data.rows) {
    const { counts, m } = valueCounts(row, q);
    if (m < 2) continue;
    let agree = 0;
    for (const c of counts) agree += c * (c - 1);
    const g = byM.get(m) ?? { agreeingPairs: 0, units: 0 };
    g.agreeingPairs += agree * row.count;
    g.units += row.count;
    byM.set(m, g);
  }
  let units = 0;
  let sum = 0;
  for (const [m, g] of byM) {
    units += g.units;
    sum += g.agreeingPairs / (m * (m - 1));
  }
  return units === 0 ? null : sum / units;
}

/** Bennett's S / Brennan–Prediger / Randolph's free-marginal kappa: P_e = 1/q, q = declared categories. */
export function bennettS(data: ReliabilityData, q = data.categories.length): ChanceCorrected {
  const po = percentAgreement(data);
  if (po === null || q < 2) return { value: null, observed: po ?? 0, expected: 1 / q };
  return { value: (q * po - 1) / (q - 1), observed: po, expected: 1 / q };
}

/** Units where every coder gave a value, with their histogram. */
function completeUnits(data: ReliabilityData): { rows: { counts: number[]; count: number }[]; n: number } | null {
  const q = data.categories.length;
  const rows: { counts: number[]; count: number }[] = [];
  let n = 0;
  for (const row of data.rows) {
    const { counts, m } = valueCounts(row, q);
    if (m === 0) continue;
    if (m !== data.coders.length) return null;
    rows.push({ counts, count: row.count });
    n += row.count;
  }
  return { rows, n };
}

export interface FleissKappa extends ChanceCorrected {
  /** kappa_j per category (dichotomised), null where the category was never or always used. */
  perCategory: (number | null)[];
  /** SE under H0 (Fleiss 1971) and kappa / seH0. */
  seH0: number | null;
  z: number | null;
}

/**
 * Fleiss' kappa (1971). Needs the same number of ratings per unit: returns null when any unit
 * is missing a coder's value (use Krippendorff's alpha for missing data).
 */
export function fleissKappa(data: ReliabilityData): FleissKappa | null {
  const complete = completeUnits(data);
  const m = data.coders.length;
  if (!complete || complete.n === 0 || m < 2) return null;
  const q = data.categories.length;
  const { n } = complete;
  const nm = n * m;
  let sumSquares = 0; // Σ_u Σ_j n_uj², integer
  const totals = new Array<number>(q).fill(0);
  const spread = new Array<number>(q).fill(0); // Σ_u n_uj (m − n_uj)
  for (const { counts, count } of complete.rows) {
    for (let j = 0; j < q; j++) {
      const c = counts[j]!;
      sumSquares += c * c * count;
      totals[j]! += c * count;
      spread[j]! += c * (m - c) * count;
    }
  }
  let sumTotalsSq = 0;
  for (const t of totals) sumTotalsSq += t * t;
  const observedScaled = (sumSquares - nm) * nm; // P̄ · (nm)²(m−1)
  const expectedScaled = (m - 1) * sumTotalsSq; // P̄e · (nm)²(m−1)
  const denominator = nm * nm * (m - 1);
  const value = denominator - expectedScaled === 0 ? null : (observedScaled - expectedScaled) / (denominator - expectedScaled);
  const perCategory = totals.map((t, j) =>
    t === 0 || t === nm ? null : 1 - (spread[j]! * nm) / ((m - 1) * t * (nm - t)),
  );
  let pq = 0;
  let pqqp = 0;
  for (const t of totals) {
    const p = t / nm;
    const qj = 1 - p;
    pq += p * qj;
    pqqp += p * qj * (qj - p);
  }
  const seH0 = pq > 0 ? Math.sqrt((2 / (n * m * (m - 1))) * ((pq * pq - pqqp) / (pq * pq))) : null;
  return {
    value,
    observed: observedScaled / denominator,
    expected: expectedScaled / denominator,
    perCategory,
    seH0,
    z: value !== null && seH0 ? value / seH0 : null,
  };
}

/**
 * Conger's kappa (1980) = Davies & Fleiss = R irr kappam.fleiss(exact = TRUE): chance agreement
 * is the mean over coder pairs of Σ_k p_kr p_ks, each coder with their own marginals.
 * Complete data only (null otherwise).
 */
export function congerKappa(data: ReliabilityData): ChanceCorrected | null {
  const complete = completeUnits(data);
  const m = data.coders.length;
  if (!complete || complete.n === 0 || m < 2) return null;
  const q = data.categories.length;
  const n = complete.n;
  const perCoder = Array.from({ length: q }, () => new Array<number>(m).fill(0));
  let sumSquares = 0;
  for (const row of data.rows) {
    const { counts, m: mu } = valueCounts(row, q);
    if (mu === 0) continue;
    for (const c of counts) sumSquares += c * c * row.count;
    row.values.forEach((v, r) => {
      if (v != null) perCoder[v]![r]! += row.count;
    });
  }
  let chancePairs = 0; // Σ_k Σ_{r≠s} c_kr c_ks
  for (const byCoder of perCoder) {
    let s = 0;
    let s2 = 0;
    for (const c of byCoder) {
      s += c;
      s2 += c * c;
    }
    chancePairs += s * s - s2;
  }
  const denominator = n * n * m * (m - 1);
  const observedScaled = (sumSquares - n * m) * n;
  const value = denominator - chancePairs === 0 ? null : (observedScaled - chancePairs) / (denominator - chancePairs);
  return { value, observed: observedScaled / denominator, expected: chancePairs / denominator };
}

/** Light's kappa (1971): the mean of Cohen's kappa over all coder pairs (null if any pair is undefined). */
export function lightKappa(data: ReliabilityData): number | null {
  const m = data.coders.length;
  let sum = 0;
  let pairs = 0;
  for (let a = 0; a < m; a++) {
    for (let b = a + 1; b < m; b++) {
      const k = cohenKappa(pairTable(data, a, b)).value;
      if (k === null) return null;
      sum += k;
      pairs++;
    }
  }
  return pairs === 0 ? null : sum / pairs;
}

/**
 * Gwet's AC1 (no weights) or AC2 (quadratic weights on the declared scale order), Gwet 2008/2014,
 * as in irrCAC: P_a over units with ≥ 2 values, π_k over units with ≥ 1 value,
 * P_e = T_w / (q(q−1)) · Σ π_k (1 − π_k).
 */
export function gwetAC(data: ReliabilityData, weights: 'identity' | 'quadratic' = 'identity'): ChanceCorrected {
  const q = data.categories.length;
  const w = (k: number, l: number) =>
    weights === 'identity' ? (k === l ? 1 : 0) : 1 - (k - l) ** 2 / (q - 1) ** 2;
  let totalWeight = 0;
  for (let k = 0; k < q; k++) for (let l = 0; l < q; l++) totalWeight += w(k, l);
  let paSum = 0;
  let paUnits = 0;
  const pi = new Array<number>(q).fill(0);
  let piUnits = 0;
  for (const row of data.rows) {
    const { counts, m } = valueCounts(row, q);
    if (m === 0) continue;
    piUnits += row.count;
    for (let k = 0; k < q; k++) pi[k]! += (row.count * counts[k]!) / m;
    if (m < 2) continue;
    let s = 0;
    for (let k = 0; k < q; k++) {
      let weighted = 0;
      for (let l = 0; l < q; l++) weighted += w(k, l) * counts[l]!;
      s += counts[k]! * (weighted - 1);
    }
    paSum += (row.count * s) / (m * (m - 1));
    paUnits += row.count;
  }
  if (paUnits === 0 || q < 2) return { value: null, observed: 0, expected: 0 };
  const observed = paSum / paUnits;
  let spread = 0;
  for (let k = 0; k < q; k++) {
    const p = pi[k]! / piUnits;
    spread += p * (1 - p);
  }
  const expected = (totalWeight / (q * (q - 1))) * spread;
  return { value: expected === 1 ? null : (observed - expected) / (1 - expected), observed, expected };
}

export interface MultiCoderSpecificAgreement {
  /** Σ_u n_u1(n_u1 − 1) / Σ_u n_u1(m_u − 1): Dice for two coders (Uebersax's specific agreement). */
  positive: number | null;
  /** Agreeing pairs on the category / coder pairs where at least one used it: Jaccard for two coders. */
  jaccard: number | null;
}

/** Specific agreement on one category (for span data: "present"), over all coder pairs. */
export function specificAgreement(data: ReliabilityData, category: number): MultiCoderSpecificAgreement {
  const q = data.categories.length;
  let agreeing = 0;
  let opportunities = 0;
  let unionPairs = 0;
  for (const row of data.rows) {
    const { counts, m } = valueCounts(row, q);
    if (m < 2) continue;
    const k = counts[category]!;
    const rest = m - k;
    agreeing += k * (k - 1) * row.count;
    opportunities += k * (m - 1) * row.count;
    unionPairs += (m * (m - 1) - rest * (rest - 1)) * row.count;
  }
  return {
    positive: opportunities === 0 ? null : agreeing / opportunities,
    jaccard: unionPairs === 0 ? null : agreeing / unionPairs,
  };
}
