/**
 * An independent oracle for the acceptance tests: reliability data as a plain units × coders
 * matrix (one row per character, word or utterance; `null` = that coder gave no value) and
 * the textbook formulas written out with loops (agreement-methods.md §3). Nothing here uses
 * the engine; it is slow on purpose and meant for test-sized data.
 */

export type Value = string | number;
export type Matrix = (Value | null)[][];

export interface Span {
  start: number;
  end: number;
}

/** A document as the oracle sees it: its length and, per coder, that coder's spans of one code (null = missing). */
export interface OracleDocument {
  length: number;
  coders: (readonly Span[] | null)[];
}

/** One row per character: 1 inside any of the coder's spans, 0 outside, null when the coder gave no values. */
export function characterMatrix(documents: readonly OracleDocument[]): Matrix {
  const rows: Matrix = [];
  for (const doc of documents) {
    const marks = doc.coders.map((spans) => {
      if (spans === null) return null;
      const marked = new Array<number>(doc.length).fill(0);
      for (const s of spans) for (let i = s.start; i < s.end; i++) marked[i] = 1;
      return marked;
    });
    for (let i = 0; i < doc.length; i++) rows.push(marks.map((m) => (m === null ? null : m[i]!)));
  }
  return rows;
}

const present = (row: readonly (Value | null)[]) => row.filter((v): v is Value => v !== null);

/** Krippendorff's alpha, nominal: coincidence matrix, D_o and D_e, units with fewer than two values dropped. */
export function nominalAlpha(units: Matrix): number | null {
  const coincidences = new Map<string, Map<string, number>>();
  const add = (c: string, k: string, w: number) => {
    if (!coincidences.has(c)) coincidences.set(c, new Map());
    const row = coincidences.get(c)!;
    row.set(k, (row.get(k) ?? 0) + w);
  };
  for (const row of units) {
    const values = present(row).map(String);
    const m = values.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) add(values[i]!, values[j]!, 1 / (m - 1));
  }
  const categories = [...coincidences.keys()];
  const marginal = new Map(categories.map((c) => [c, [...coincidences.get(c)!.values()].reduce((s, v) => s + v, 0)]));
  const n = [...marginal.values()].reduce((s, v) => s + v, 0);
  let observed = 0;
  let expected = 0;
  for (const c of categories) {
    for (const k of categories) {
      if (c === k) continue;
      observed += coincidences.get(c)!.get(k) ?? 0;
      expected += marginal.get(c)! * marginal.get(k)!;
    }
  }
  if (n <= 1 || expected === 0) return null;
  return 1 - (observed / n) / (expected / (n * (n - 1)));
}

/** Percent agreement: per unit, the share of coder pairs that agree; averaged over units with two or more values. */
export function percentAgreement(units: Matrix): number | null {
  let sum = 0;
  let counted = 0;
  for (const row of units) {
    const values = present(row);
    const m = values.length;
    if (m < 2) continue;
    let agree = 0;
    for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) if (values[i] === values[j]) agree++;
    sum += agree / ((m * (m - 1)) / 2);
    counted++;
  }
  return counted === 0 ? null : sum / counted;
}

/** Cohen's kappa for coders a and b over the units both gave a value: (P_o − P_e) / (1 − P_e), P_e from each coder's own marginals. */
export function cohenKappa(units: Matrix, a = 0, b = 1): number | null {
  let n = 0;
  let agree = 0;
  const first = new Map<Value, number>();
  const second = new Map<Value, number>();
  for (const row of units) {
    const x = row[a];
    const y = row[b];
    if (x === null || x === undefined || y === null || y === undefined) continue;
    n++;
    if (x === y) agree++;
    first.set(x, (first.get(x) ?? 0) + 1);
    second.set(y, (second.get(y) ?? 0) + 1);
  }
  if (n === 0) return null;
  let chance = 0;
  for (const [v, count] of first) chance += (count / n) * ((second.get(v) ?? 0) / n);
  return chance === 1 ? null : (agree / n - chance) / (1 - chance);
}

/**
 * Positive (specific) agreement on `value`: over every ordered pair of coders (i, k) on a unit
 * where i gave `value`, the share where k gave it too. Two coders: 2a / (2a + b + c).
 */
export function positiveAgreement(units: Matrix, value: Value = 1): number | null {
  let opportunities = 0;
  let agreements = 0;
  for (const row of units) {
    const values = present(row);
    for (let i = 0; i < values.length; i++) {
      if (values[i] !== value) continue;
      for (let k = 0; k < values.length; k++) {
        if (k === i) continue;
        opportunities++;
        if (values[k] === value) agreements++;
      }
    }
  }
  return opportunities === 0 ? null : agreements / opportunities;
}

/** The matrix reduced to two coders (for per-pair values). */
export const pairColumns = (units: Matrix, a: number, b: number): Matrix => units.map((row) => [row[a] ?? null, row[b] ?? null]);

/** Characters inside the union of the spans (a coder's coverage). */
export function unionLength(spans: readonly Span[]): number {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  let total = 0;
  let reach = -1;
  for (const s of sorted) {
    const from = Math.max(s.start, reach);
    if (s.end > from) total += s.end - from;
    reach = Math.max(reach, s.end);
  }
  return total;
}
