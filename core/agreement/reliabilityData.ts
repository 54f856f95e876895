/**
 * Reliability data: the one shape every coefficient in this folder reads.
 *
 * Classical agreement statistics see "units × coders": each coder gives each unit a value or
 * nothing (missing). Span coding produces millions of character units, but only a handful of
 * distinct value patterns (for one code and three coders, at most 8 per document), so identical
 * units are collapsed into a row with a count. A contingency table is the same thing for two
 * coders: one row per cell. Counts stay integers; coefficients divide once at the end.
 */
import { AppError } from '../model/errors';

export type CategoryValue = string | number;

export interface ReliabilityRow {
  /** Category index per coder (into `categories`), or null when that coder gave no value. */
  values: readonly (number | null)[];
  /** How many units have exactly this pattern of values. */
  count: number;
}

export interface ReliabilityData {
  coders: readonly string[];
  /** The declared scale, in order; ordinal/interval metrics and weights follow this order. */
  categories: readonly CategoryValue[];
  rows: readonly ReliabilityRow[];
}

/** A two-coder contingency table: rows = coder 1's category, columns = coder 2's. */
export function reliabilityDataFromTable(
  categories: readonly CategoryValue[],
  table: readonly (readonly number[])[],
  coders: readonly [string, string] = ['coder 1', 'coder 2'],
): ReliabilityData {
  const q = categories.length;
  if (table.length !== q || table.some((r) => r.length !== q)) {
    throw new AppError('invalid-args', `The contingency table must be ${q} × ${q} (one row and column per category).`);
  }
  const rows: ReliabilityRow[] = [];
  for (let i = 0; i < q; i++) {
    for (let j = 0; j < q; j++) {
      const count = table[i]![j]!;
      if (!Number.isInteger(count) || count < 0) {
        throw new AppError('invalid-args', `Cell [${i}][${j}] of the contingency table is not a whole number of units.`);
      }
      if (count > 0) rows.push({ values: [i, j], count });
    }
  }
  return { coders: [...coders], categories: [...categories], rows };
}

/**
 * Units × coders with null for missing values. The scale is `scale` when given (values not on
 * it are refused); otherwise the distinct values, numbers ascending or strings in order of
 * first appearance.
 */
export function reliabilityDataFromUnits(
  coders: readonly string[],
  units: readonly (readonly (CategoryValue | null)[])[],
  scale?: readonly CategoryValue[],
): ReliabilityData {
  const categories = scale ? [...scale] : inferScale(units);
  const index = new Map<CategoryValue, number>();
  categories.forEach((c, i) => index.set(c, i));
  const rows = units.map((unit, u) => {
    if (unit.length !== coders.length) {
      throw new AppError('invalid-args', `Unit ${u + 1} has ${unit.length} values but there are ${coders.length} coders.`);
    }
    const values = unit.map((v) => {
      if (v === null) return null;
      const k = index.get(v);
      if (k === undefined) throw new AppError('invalid-args', `Value ${String(v)} of unit ${u + 1} is not on the declared scale.`);
      return k;
    });
    return { values, count: 1 };
  });
  return { coders: [...coders], categories, rows };
}

function inferScale(units: readonly (readonly (CategoryValue | null)[])[]): CategoryValue[] {
  const seen: CategoryValue[] = [];
  const set = new Set<CategoryValue>();
  for (const unit of units) {
    for (const v of unit) {
      if (v !== null && !set.has(v)) {
        set.add(v);
        seen.push(v);
      }
    }
  }
  if (seen.every((v) => typeof v === 'number')) return (seen as number[]).sort((a, b) => a - b);
  return seen;
}

/** Keep only some coders (by index), in the order given. */
export function selectCoders(data: ReliabilityData, coderIndices: readonly number[]): ReliabilityData {
  return {
    coders: coderIndices.map((i) => data.coders[i]!),
    categories: data.categories,
    rows: data.rows.map((r) => ({ values: coderIndices.map((i) => r.values[i] ?? null), count: r.count })),
  };
}

/** The q × q table of two coders over the units both of them coded. */
export function pairTable(data: ReliabilityData, a: number, b: number): number[][] {
  const q = data.categories.length;
  const table = Array.from({ length: q }, () => new Array<number>(q).fill(0));
  for (const row of data.rows) {
    const x = row.values[a];
    const y = row.values[b];
    if (x == null || y == null) continue;
    table[x]![y]! += row.count;
  }
  return table;
}

/** Per-row histogram of values: how many coders gave each category (length q). */
export function valueCounts(row: ReliabilityRow, q: number): { counts: number[]; m: number } {
  const counts = new Array<number>(q).fill(0);
  let m = 0;
  for (const v of row.values) {
    if (v == null) continue;
    counts[v]!++;
    m++;
  }
  return { counts, m };
}
