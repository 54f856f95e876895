/**
 * Cluster bootstrap over documents (agreement-methods.md §5). Characters are not independent,
 * so we resample whole documents with replacement, re-pool their coincidences and recompute
 * alpha; the 95 % interval is the 2.5th–97.5th percentile (linear interpolation, R type 7),
 * and P(alpha < .667), P(alpha < .800) are the shares of resamples below those thresholds.
 * The same resampled document sets are used for every code and for the pooled value.
 */
import { binaryAlpha } from './krippendorffAlpha';
import { mulberry32, randomInt } from './prng';
import type { BootstrapResult } from './types';
import type { DocumentPatterns } from './unitPatterns';

export const DEFAULT_RESAMPLES = 2000;
export const DEFAULT_SEED = 1;
/** Below this many documents the interval is printed with a warning (§5). */
export const FEW_DOCUMENTS = 10;

/** Binary coincidences (unscaled) of one document: o_00, o_01 (= o_10), o_11. */
export interface BinaryCoincidence {
  o00: number;
  o01: number;
  o11: number;
}

export function documentCoincidence(p: DocumentPatterns): BinaryCoincidence {
  const m = p.present.length;
  const c: BinaryCoincidence = { o00: 0, o01: 0, o11: 0 };
  if (m < 2) return c;
  for (const [mask, count] of p.counts) {
    let j = 0;
    for (let bit = 0; bit < m; bit++) j += (mask >> bit) & 1;
    c.o11 += (count * j * (j - 1)) / (m - 1);
    c.o00 += (count * (m - j) * (m - j - 1)) / (m - 1);
    c.o01 += (count * j * (m - j)) / (m - 1);
  }
  return c;
}

/** B resamples of `clusters` cluster indices each, drawn with replacement from a seeded PRNG. */
export interface Resamples {
  clusters: number;
  count: number;
  seed: number;
  /** Flat: resample b uses indices[b * clusters ... (b + 1) * clusters). */
  indices: Uint32Array;
}

export function drawResamples(clusters: number, count = DEFAULT_RESAMPLES, seed = DEFAULT_SEED): Resamples {
  const random = mulberry32(seed);
  const indices = new Uint32Array(clusters * count);
  for (let i = 0; i < indices.length; i++) indices[i] = randomInt(random, clusters);
  return { clusters, count, seed, indices };
}

/** R type-7 quantile of ascending values. */
export function quantile(sorted: readonly number[] | Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export function notResampled(documents: number, seed: number, reason: string): BootstrapResult {
  return { ci95: null, pBelow667: null, pBelow800: null, resamples: 0, undefinedResamples: 0, seed, documents, note: reason };
}

/**
 * Bootstrap alpha for one code (or the pooled codes): `perCluster[i]` are the coincidences of
 * cluster (document) i. Needs at least two clusters.
 */
export function bootstrapAlpha(perCluster: readonly BinaryCoincidence[], resamples: Resamples): BootstrapResult {
  const d = resamples.clusters;
  if (d < 2) {
    return notResampled(d, resamples.seed, `A confidence interval needs at least 2 documents to resample; this comparison has ${d}.`);
  }
  const values: number[] = [];
  let undefinedCount = 0;
  const { indices } = resamples;
  for (let b = 0; b < resamples.count; b++) {
    let o00 = 0;
    let o01 = 0;
    let o11 = 0;
    const base = b * d;
    for (let i = 0; i < d; i++) {
      const c = perCluster[indices[base + i]!]!;
      o00 += c.o00;
      o01 += c.o01;
      o11 += c.o11;
    }
    const a = binaryAlpha(o00, o01, o11);
    if (a === null) undefinedCount++;
    else values.push(a);
  }
  const notes: string[] = [];
  if (d < FEW_DOCUMENTS) notes.push(`With only ${d} documents this interval is not reliable; read it as a rough guide.`);
  if (undefinedCount > 0) {
    notes.push(`${undefinedCount} of ${resamples.count} resamples drew only documents where the code was not used (or used by everyone throughout); they were left out.`);
  }
  if (values.length === 0) {
    return { ...notResampled(d, resamples.seed, 'Alpha was not defined in any resample.'), resamples: resamples.count, undefinedResamples: undefinedCount };
  }
  const sorted = Float64Array.from(values).sort();
  let below667 = 0;
  let below800 = 0;
  for (const v of values) {
    if (v < 0.667) below667++;
    if (v < 0.8) below800++;
  }
  return {
    ci95: [quantile(sorted, 0.025), quantile(sorted, 0.975)],
    pBelow667: below667 / values.length,
    pBelow800: below800 / values.length,
    resamples: resamples.count,
    undefinedResamples: undefinedCount,
    seed: resamples.seed,
    documents: d,
    note: notes.length > 0 ? notes.join(' ') : null,
  };
}
