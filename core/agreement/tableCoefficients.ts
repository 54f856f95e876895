/**
 * Two-coder coefficients read from a q × q contingency table of integer counts
 * (rows = coder 1, columns = coder 2). Every coefficient is a ratio of integer sums,
 * computed as (integer numerator) / (integer denominator): one division at the end.
 * Definitions: agreement-methods.md §3.1–3.4.
 */

export interface ChanceCorrected {
  /** null when the coefficient is 0/0 (for example both coders used a single category). */
  value: number | null;
  /** Observed agreement P_o. */
  observed: number;
  /** Agreement expected by chance P_e under this coefficient's model. */
  expected: number;
}

export interface CohenKappa extends ChanceCorrected {
  /** Asymptotic standard error (Fleiss, Cohen & Everitt 1969); assumes independent units. */
  se: number | null;
  /** Standard error under H0: kappa = 0. */
  seH0: number | null;
  /** kappa / seH0, as printed by R irr's kappa2. */
  z: number | null;
}

interface Margins {
  n: number;
  diagonal: number;
  rows: number[];
  cols: number[];
}

function margins(table: readonly (readonly number[])[]): Margins {
  const q = table.length;
  const rows = new Array<number>(q).fill(0);
  const cols = new Array<number>(q).fill(0);
  let n = 0;
  let diagonal = 0;
  for (let i = 0; i < q; i++) {
    for (let j = 0; j < q; j++) {
      const c = table[i]![j]!;
      rows[i]! += c;
      cols[j]! += c;
      n += c;
      if (i === j) diagonal += c;
    }
  }
  return { n, diagonal, rows, cols };
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

/** Share of units on which the two coders gave the same category. */
export function tablePercentAgreement(table: readonly (readonly number[])[]): number | null {
  const m = margins(table);
  return ratio(m.diagonal, m.n);
}

/** Cohen's kappa: chance agreement from each coder's own marginals. */
export function cohenKappa(table: readonly (readonly number[])[]): CohenKappa {
  const m = margins(table);
  const { n, diagonal } = m;
  let e = 0; // sum of row_i * col_i, an integer
  for (let i = 0; i < m.rows.length; i++) e += m.rows[i]! * m.cols[i]!;
  const value = n === 0 ? null : ratio(n * diagonal - e, n * n - e);
  const observed = n === 0 ? 0 : diagonal / n;
  const expected = n === 0 ? 0 : e / (n * n);
  let se: number | null = null;
  let seH0: number | null = null;
  if (value !== null && expected < 1) {
    const p = (i: number, j: number) => table[i]![j]! / n;
    const pr = m.rows.map((r) => r / n);
    const pc = m.cols.map((c) => c / n);
    const q = table.length;
    let diag = 0;
    let off = 0;
    let h0 = 0;
    for (let i = 0; i < q; i++) {
      diag += p(i, i) * (1 - (pr[i]! + pc[i]!) * (1 - value)) ** 2;
      h0 += pr[i]! * pc[i]! * (pr[i]! + pc[i]!);
      for (let j = 0; j < q; j++) if (i !== j) off += p(i, j) * (pc[i]! + pr[j]!) ** 2;
    }
    const scale = n * (1 - expected) ** 2;
    const variance = (diag + (1 - value) ** 2 * off - (value - expected * (1 - value)) ** 2) / scale;
    const varianceH0 = (expected + expected * expected - h0) / scale;
    se = Math.sqrt(Math.max(0, variance));
    seH0 = Math.sqrt(Math.max(0, varianceH0));
  }
  const z = value !== null && seH0 !== null && seH0 > 0 ? value / seH0 : null;
  return { value, observed, expected, se, seH0, z };
}

export type KappaWeights = 'linear' | 'quadratic';

/**
 * Weighted kappa (Cohen 1968). Weights come from the declared scale order (the table's
 * category order), never from the labels that happen to occur: w = 1 − |i−j|/(q−1) or
 * 1 − (i−j)²/(q−1)². Scaled to integers W = (q−1)^k · w so the sums stay exact.
 */
export function weightedKappa(table: readonly (readonly number[])[], weights: KappaWeights): ChanceCorrected {
  const m = margins(table);
  const q = table.length;
  const power = weights === 'linear' ? 1 : 2;
  const top = (q - 1) ** power;
  const w = (i: number, j: number) => top - Math.abs(i - j) ** power;
  let observedW = 0;
  let expectedW = 0;
  for (let i = 0; i < q; i++) {
    for (let j = 0; j < q; j++) {
      observedW += w(i, j) * table[i]![j]!;
      expectedW += w(i, j) * m.rows[i]! * m.cols[j]!;
    }
  }
  const { n } = m;
  if (n === 0 || q < 2) return { value: null, observed: 0, expected: 0 };
  return {
    value: ratio(n * observedW - expectedW, n * n * top - expectedW),
    observed: observedW / (n * top),
    expected: expectedW / (n * n * top),
  };
}

/** Scott's pi: chance agreement from the two coders' pooled marginals. */
export function scottPi(table: readonly (readonly number[])[]): ChanceCorrected {
  const m = margins(table);
  const { n, diagonal } = m;
  let s = 0; // sum of (row_i + col_i)^2
  for (let i = 0; i < m.rows.length; i++) s += (m.rows[i]! + m.cols[i]!) ** 2;
  if (n === 0) return { value: null, observed: 0, expected: 0 };
  return { value: ratio(4 * n * diagonal - s, 4 * n * n - s), observed: diagonal / n, expected: s / (4 * n * n) };
}

/** Bennett's S = Brennan–Prediger kappa_n = Randolph's free-marginal kappa: P_e = 1/q. */
export function tableBennettS(table: readonly (readonly number[])[], q = table.length): ChanceCorrected {
  const m = margins(table);
  const { n, diagonal } = m;
  if (n === 0 || q < 2) return { value: null, observed: n === 0 ? 0 : diagonal / n, expected: 1 / q };
  return { value: ratio(q * diagonal - n, n * (q - 1)), observed: diagonal / n, expected: 1 / q };
}

export interface SpecificAgreement {
  /** Both coders applied the code (cell a). */
  both: number;
  /** Only coder 1 (b) and only coder 2 (c). */
  onlyFirst: number;
  onlySecond: number;
  /** Neither (d). */
  neither: number;
  /** Positive specific agreement = Dice = 2a / (2a + b + c). */
  positive: number | null;
  /** Negative specific agreement = 2d / (2d + b + c). */
  negative: number | null;
  /** Jaccard = a / (a + b + c) (MAXQDA's P_o). */
  jaccard: number | null;
}

/** For a binary table (category `present` vs everything else). */
export function specificAgreementFromTable(table: readonly (readonly number[])[], present: number): SpecificAgreement {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  const q = table.length;
  for (let i = 0; i < q; i++) {
    for (let j = 0; j < q; j++) {
      const x = table[i]![j]!;
      if (i === present && j === present) a += x;
      else if (i === present) b += x;
      else if (j === present) c += x;
      else d += x;
    }
  }
  return {
    both: a,
    onlyFirst: b,
    onlySecond: c,
    neither: d,
    positive: ratio(2 * a, 2 * a + b + c),
    negative: ratio(2 * d, 2 * d + b + c),
    jaccard: ratio(a, a + b + c),
  };
}
