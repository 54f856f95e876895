/**
 * The sweep over span boundaries (agreement-methods.md §6.9). For one document and one code,
 * given each present coder's merged runs, count how many units carry each pattern of
 * "which coders applied the code here" (a bit mask over the present coders).
 *
 * Cost: O(E log E) for E run boundaries; the document's length enters only through one
 * subtraction (pattern 0, "nobody", is the length minus everything covered), so a longer text
 * with the same codings costs nothing extra.
 */
import type { Intervals } from './comparison';

/** Pattern mask → number of units. Mask bit i = the i-th present coder coded the unit. */
export type PatternCounts = Map<number, number>;

/** A run of units with the same pattern, for callers that need positions (disagreements). */
export interface PatternRun {
  start: number;
  end: number;
  mask: number;
}

/** Build a sorted key array: position * 64 + coder, so one numeric sort orders all boundaries. */
function boundaryKeys(perCoder: readonly Intervals[]): Float64Array {
  let total = 0;
  for (const runs of perCoder) total += runs.length;
  const keys = new Float64Array(total);
  let j = 0;
  perCoder.forEach((runs, coder) => {
    for (let i = 0; i < runs.length; i++) keys[j++] = runs[i]! * 64 + coder;
  });
  keys.sort();
  return keys;
}

/**
 * Walk the boundaries, toggling each coder's bit (merged runs never touch, so every boundary
 * flips exactly one coder) and hand each run with a non-empty pattern to `visit`.
 */
function sweep(perCoder: readonly Intervals[], visit: (start: number, end: number, mask: number) => void): void {
  const keys = boundaryKeys(perCoder);
  let mask = 0;
  let i = 0;
  while (i < keys.length) {
    const pos = Math.floor(keys[i]! / 64);
    while (i < keys.length && Math.floor(keys[i]! / 64) === pos) {
      mask ^= 1 << (keys[i]! - pos * 64);
      i++;
    }
    if (i < keys.length && mask !== 0) {
      const next = Math.floor(keys[i]! / 64);
      visit(pos, next, mask);
    }
  }
}

/** Pattern counts for one document of `length` units; `perCoder` holds merged (touching-joined) runs. */
export function patternCounts(length: number, perCoder: readonly Intervals[]): PatternCounts {
  const counts: PatternCounts = new Map();
  let covered = 0;
  sweep(perCoder, (start, end, mask) => {
    counts.set(mask, (counts.get(mask) ?? 0) + (end - start));
    covered += end - start;
  });
  if (length - covered > 0) counts.set(0, length - covered);
  return counts;
}

/** The runs themselves (non-empty patterns only), in document order. */
export function patternRuns(perCoder: readonly Intervals[]): PatternRun[] {
  const runs: PatternRun[] = [];
  sweep(perCoder, (start, end, mask) => {
    const last = runs[runs.length - 1];
    if (last && last.end === start && last.mask === mask) last.end = end;
    else runs.push({ start, end, mask });
  });
  return runs;
}
