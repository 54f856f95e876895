/**
 * Mathet, Widlöcher & Métivier (2015) gamma, deterministic part: unit dissimilarities and the
 * best alignment (agreement-methods.md §3.10), following pygamma-agreement's conventions.
 *
 * - positional dissimilarity d_pos = ((|s1 − s2| + |e1 − e2|) / (l1 + l2))² · Δ∅
 * - combined d = α·d_pos + β·d_cat, d_cat = Δ∅ when categories differ (nominal), else 0
 * - a unitary alignment holds at most one unit per annotator (the rest empty); its disorder is
 *   the mean over all C(n, 2) annotator pairs, a pair with an empty slot costing Δ∅
 * - the best alignment partitions all units into unitary alignments with least total disorder;
 *   alignment disorder = total / (mean number of units per annotator).
 *
 * pygamma solves the partition with a MILP solver; here an exact branch-and-bound search does
 * it. It is exponential in the worst case: meant for short continua (a few dozen units), which
 * is why gamma is an "advanced/slow" option.
 */

export interface GammaUnit {
  annotator: number;
  start: number;
  end: number;
  category: string;
}

export interface GammaDissimilarity {
  alpha: number;
  beta: number;
  deltaEmpty: number;
}

/** pygamma-agreement's CombinedCategoricalDissimilarity defaults. */
export const PYGAMMA_DISSIMILARITY: GammaDissimilarity = { alpha: 3, beta: 1, deltaEmpty: 1 };

export function positionalDissimilarity(a: GammaUnit, b: GammaUnit, deltaEmpty = 1): number {
  const d = (Math.abs(a.start - b.start) + Math.abs(a.end - b.end)) / (a.end - a.start + (b.end - b.start));
  return d * d * deltaEmpty;
}

export function combinedDissimilarity(a: GammaUnit, b: GammaUnit, diss: GammaDissimilarity): number {
  const categorical = a.category === b.category ? 0 : diss.deltaEmpty;
  return diss.alpha * positionalDissimilarity(a, b, diss.deltaEmpty) + diss.beta * categorical;
}

export interface GammaAlignment {
  /** Each unitary alignment: per annotator the index (into the units given) of its unit, or null. */
  unitaryAlignments: (number | null)[][];
  /** Sum of unitary disorders divided by the mean number of units per annotator. */
  disorder: number;
}

export function bestAlignment(units: readonly GammaUnit[], annotators: number, diss: GammaDissimilarity): GammaAlignment {
  const n = annotators;
  const total = units.length;
  if (total === 0 || n < 2) return { unitaryAlignments: [], disorder: 0 };
  const pairs = (n * (n - 1)) / 2;
  const delta = diss.deltaEmpty;
  const dist = units.map((a) => units.map((b) => (a.annotator === b.annotator ? Infinity : combinedDissimilarity(a, b, diss))));
  const byAnnotator: number[][] = Array.from({ length: n }, () => []);
  units.forEach((u, i) => byAnnotator[u.annotator]!.push(i));

  // Lower bound on each unit's share of the disorder of whatever unitary alignment takes it:
  // with k real units, a unit's share is ≥ ((k − 1)·dmin/2 + (pairs − C(k,2))·Δ∅/k) / pairs.
  const lowerBound = units.map((_u, i) => {
    let dmin = Infinity;
    for (let j = 0; j < total; j++) if (dist[i]![j]! < dmin) dmin = dist[i]![j]!;
    let best = delta; // k = 1: alone with empties
    if (Number.isFinite(dmin)) {
      for (let k = 2; k <= n; k++) {
        const share = ((k - 1) * dmin) / 2 + ((pairs - (k * (k - 1)) / 2) * delta) / k;
        best = Math.min(best, share / pairs);
      }
    }
    return best;
  });
  // Candidate partners of unit i from annotator a, nearest first.
  const partners = units.map((_u, i) =>
    byAnnotator.map((list) => list.filter((j) => Number.isFinite(dist[i]![j]!)).sort((x, y) => dist[i]![x]! - dist[i]![y]!)),
  );

  const assigned = new Uint8Array(total);
  let remainingBound = lowerBound.reduce((s, x) => s + x, 0);
  let bestTotal = Infinity;
  let bestTuples: number[][] = [];
  const chosen: number[][] = [];
  const eps = 1e-12;

  const search = (sum: number): void => {
    let u = 0;
    while (u < total && assigned[u]) u++;
    if (u === total) {
      if (sum < bestTotal - eps) {
        bestTotal = sum;
        bestTuples = chosen.map((t) => [...t]);
      }
      return;
    }
    const others: number[] = [];
    for (let a = 0; a < n; a++) if (a !== units[u]!.annotator) others.push(a);
    const members = [u];
    assigned[u] = 1;
    const extend = (slot: number, pairSum: number): void => {
      const k = members.length;
      if (slot === others.length) {
        const cost = (pairSum + (pairs - (k * (k - 1)) / 2) * delta) / pairs;
        // A tuple costing more than its units alone (k·Δ∅) is never part of a best alignment.
        if (k > 1 && cost > k * delta + eps) return;
        let bound = 0;
        for (const m of members) bound += lowerBound[m]!;
        remainingBound -= bound;
        if (sum + cost + remainingBound < bestTotal - eps) {
          chosen.push([...members]);
          search(sum + cost);
          chosen.pop();
        }
        remainingBound += bound;
        return;
      }
      let memberBound = 0;
      for (const m of members) memberBound += lowerBound[m]!;
      if (sum + pairSum / pairs + remainingBound - memberBound >= bestTotal - eps) return;
      for (const v of partners[u]![others[slot]!]!) {
        if (assigned[v]) continue;
        let add = 0;
        for (const m of members) add += dist[m]![v]!;
        members.push(v);
        assigned[v] = 1;
        extend(slot + 1, pairSum + add);
        assigned[v] = 0;
        members.pop();
      }
      extend(slot + 1, pairSum);
    };
    extend(0, 0);
    assigned[u] = 0;
  };
  search(0);

  const unitaryAlignments = bestTuples.map((tuple) => {
    const row: (number | null)[] = new Array(n).fill(null);
    for (const i of tuple) row[units[i]!.annotator] = i;
    return row;
  });
  return { unitaryAlignments, disorder: bestTotal / (total / n) };
}

/**
 * The categorical disorder behind gamma-cat (category = undefined) and gamma-k (Mathet 2015
 * §4.2.5, as pygamma-agreement's gamma_k_disorder): within each unitary alignment of ≥ 2 real
 * units, every pair's categorical dissimilarity is weighted by 1/(units − 1) and by the
 * positional "confidence" max(0, 1 − α·d_pos). Pairs with an empty slot do not count.
 * Returns 1 when no pair involves the category, 0 when pairs exist but none could be weighed.
 */
export function categoricalDisorder(
  units: readonly GammaUnit[],
  alignment: GammaAlignment,
  diss: GammaDissimilarity,
  category?: string,
): number {
  let disorder = 0;
  let weight = 0;
  let noCategory = true;
  let noPair = true;
  for (const tuple of alignment.unitaryAlignments) {
    const real = tuple.filter((i): i is number => i !== null);
    const base = real.length < 2 ? 0 : 1 / (real.length - 1);
    for (let a = 0; a < tuple.length; a++) {
      for (let b = a + 1; b < tuple.length; b++) {
        const i = tuple[a];
        const j = tuple[b];
        const u = i == null ? null : units[i]!;
        const v = j == null ? null : units[j]!;
        if (category !== undefined && u?.category !== category && v?.category !== category) continue;
        noCategory = false;
        if (!u || !v) continue;
        noPair = false;
        const confidence = Math.max(0, 1 - diss.alpha * positionalDissimilarity(u, v, diss.deltaEmpty));
        const w = base * confidence;
        disorder += (u.category === v.category ? 0 : diss.deltaEmpty) * w;
        weight += w;
      }
    }
  }
  if (noPair) return noCategory ? 1 : 0;
  return disorder === 0 ? 0 : disorder / weight;
}
