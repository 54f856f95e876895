/**
 * Mathet's gamma = 1 − observed disorder / expected disorder. The expected disorder is the mean
 * best-alignment disorder of random continua made by shuffling the observed one
 * (pygamma-agreement's ShuffleContinuumSampler, the method of the original Java tool: each
 * sampled annotator copies a randomly chosen real annotator's units, shifted by a random
 * integer pivot and wrapped around the continuum). Sampling stops when the coefficient of
 * variation says the precision level is reached (pygamma: 30 samples, then
 * ceil((cv · 1.96 / precision)²) in total).
 *
 * The result is stochastic: it depends on the seed, and differs from pygamma's numbers in the
 * second decimal even with the same settings, because the random streams differ.
 */
import type { GammaDissimilarity, GammaUnit } from './gammaAlignment';
import { bestAlignment, categoricalDisorder, PYGAMMA_DISSIMILARITY } from './gammaAlignment';
import type { Random } from './prng';
import { mulberry32 } from './prng';

export interface GammaOptions {
  dissimilarity?: GammaDissimilarity;
  seed?: number;
  /** Relative precision of the expected disorder (default 0.05, pygamma's "low"). */
  precision?: number;
  /** Initial number of sampled continua (default 30). */
  samples?: number;
}

export interface GammaResult {
  gamma: number;
  /** gamma-cat: agreement on categories, weighted by how well the aligned units' positions match. */
  gammaCat: number;
  /** gamma-k per category. */
  gammaK: Map<string, number>;
  observedDisorder: number;
  expectedDisorder: number;
  unitaryAlignments: number;
  samples: number;
  seed: number;
}

interface Piece {
  start: number;
  end: number;
}

function removeAround(pivot: number, pieces: Piece[], dist: number): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    if (p.start >= pivot - dist) {
      if (p.end > pivot + dist) out.push({ start: pivot + dist, end: p.end });
    } else {
      out.push({ start: p.start, end: pivot - dist });
      if (p.end > pivot + dist) out.push({ start: pivot + dist, end: p.end });
    }
  }
  return out;
}

function randomPivot(pieces: Piece[], random: Random): number {
  const total = pieces.reduce((s, p) => s + (p.end - p.start), 0);
  if (!(total > 0)) return 1; // as pygamma does when nothing is left to draw from
  let x = random() * total;
  for (const p of pieces) {
    const len = p.end - p.start;
    if (x < len) return Math.floor(p.start + random() * len);
    x -= len;
  }
  const last = pieces[pieces.length - 1]!;
  return Math.floor(last.start + random() * (last.end - last.start));
}

/** One shuffled continuum with the same number of annotators. */
export function shuffledContinuum(units: readonly GammaUnit[], annotators: number, random: Random): GammaUnit[] {
  // pygamma's continuum bounds start at (0, 0) and grow with the units.
  let lo = 0;
  let hi = 0;
  let lengths = 0;
  for (const u of units) {
    lo = Math.min(lo, u.start);
    hi = Math.max(hi, u.end);
    lengths += u.end - u.start;
  }
  const minDistance = lengths / units.length / 2;
  const byAnnotator: GammaUnit[][] = Array.from({ length: annotators }, () => []);
  for (const u of units) byAnnotator[u.annotator]!.push(u);
  for (;;) {
    let pieces: Piece[] = [{ start: lo, end: hi }];
    const out: GammaUnit[] = [];
    for (let a = 0; a < annotators; a++) {
      let pivot: number;
      if (pieces.length > 0) {
        pivot = randomPivot(pieces, random);
        pieces = removeAround(pivot, pieces, minDistance);
      } else {
        pivot = lo + random() * (hi - lo);
      }
      const source = byAnnotator[Math.floor(random() * annotators)]!;
      for (const u of source) {
        const shift = u.start + pivot > hi ? pivot + lo - hi : pivot;
        out.push({ annotator: a, start: u.start + shift, end: u.end + shift, category: u.category });
      }
    }
    if (out.length > 0) return out;
  }
}

export function gamma(units: readonly GammaUnit[], annotators: number, options: GammaOptions = {}): GammaResult {
  const diss = options.dissimilarity ?? PYGAMMA_DISSIMILARITY;
  const seed = options.seed ?? 1;
  const precision = options.precision ?? 0.05;
  const initial = options.samples ?? 30;
  const observed = bestAlignment(units, annotators, diss);
  const random = mulberry32(seed);
  const samples: { units: GammaUnit[]; alignment: ReturnType<typeof bestAlignment> }[] = [];
  const draw = () => {
    const sample = shuffledContinuum(units, annotators, random);
    samples.push({ units: sample, alignment: bestAlignment(sample, annotators, diss) });
  };
  for (let i = 0; i < initial; i++) draw();
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const first = samples.map((s) => s.alignment.disorder);
  const m = mean(first);
  const sd = Math.sqrt(mean(first.map((x) => (x - m) ** 2)));
  const required = Math.ceil(((sd / m) * 1.96 / precision) ** 2);
  while (samples.length < required) draw();
  const expected = mean(samples.map((s) => s.alignment.disorder));
  // gamma-cat and gamma-k reuse the same sampled alignments (as pygamma does).
  const relative = (category?: string) => {
    const obs = categoricalDisorder(units, observed, diss, category);
    if (obs === 0) return 1;
    return 1 - obs / mean(samples.map((s) => categoricalDisorder(s.units, s.alignment, diss, category)));
  };
  const gammaK = new Map<string, number>();
  for (const c of [...new Set(units.map((u) => u.category))].sort()) gammaK.set(c, relative(c));
  return {
    gamma: observed.disorder === 0 ? 1 : 1 - observed.disorder / expected,
    gammaCat: relative(),
    gammaK,
    observedDisorder: observed.disorder,
    expectedDisorder: expected,
    unitaryAlignments: observed.unitaryAlignments.length,
    samples: samples.length,
    seed,
  };
}
