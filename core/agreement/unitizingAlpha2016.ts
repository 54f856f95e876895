/**
 * The 2016/2019 unitizing alpha family (Krippendorff, Mathet, Bouvry & Mathet 2016; the
 * coefficients ATLAS.ti reports), for a group of mutually exclusive codes: u-alpha (which code
 * where, gaps included), |u-alpha (relevant vs irrelevant text, codes merged) and cu-alpha
 * (which code, on the text both coders coded). agreement-methods.md §3.9.
 *
 * Observed coincidences of lengths: ℓ_ck = (1/(m−1)) Σ_i Σ_{j≠i} Σ |s_ig ∩ s_jh| for sections
 * valued c and k (value 0 = gap). Expected:
 *   ε_ck = (ℓ_c· ℓ_·k − [c = k] Σ_{sections valued c} w(l)) / (ℓ·· − Σ w(l) / ℓ··),
 * w(l) = l² for units, l for gaps. cu-alpha restricts both to valued × valued intersections and
 * corrects the expected diagonal with each unit's squared overlap with the other coder's units
 * (as lindanna/unitized_alpha; for m > 2 implementations disagree, so the report says so).
 * Several documents add up (sections never cross a document boundary).
 */
import type { Intervals } from './comparison';

export interface LabelledContinuum {
  length: number;
  /** Per coder: units as flattened [start, end, value, ...] with value ≥ 1 (code index + 1), sorted by start. */
  coders: readonly number[][];
}

export interface UAlpha2016 {
  uAlpha: number | null;
  binaryUAlpha: number | null;
  cuAlpha: number | null;
  /** Per value (code index + 1): (k)u-alpha, nominal. */
  perValue: Map<number, number | null>;
  /** Number of places where one coder applied two codes of the group to the same text. */
  exclusivityViolations: number;
}

interface Section {
  start: number;
  end: number;
  value: number;
}

/** Units plus the gaps between them (value 0) covering [0, length). */
function sections(units: readonly number[], length: number): { all: Section[]; violations: number } {
  const all: Section[] = [];
  let pos = 0;
  let violations = 0;
  for (let i = 0; i < units.length; i += 3) {
    const start = units[i]!;
    const end = units[i + 1]!;
    if (start < pos) violations++;
    else if (start > pos) all.push({ start: pos, end: start, value: 0 });
    all.push({ start, end, value: units[i + 2]! });
    pos = Math.max(pos, end);
  }
  if (length > pos) all.push({ start: pos, end: length, value: 0 });
  return { all, violations };
}

const overlap = (a: Section, b: Section) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export function uAlpha2016(continua: readonly LabelledContinuum[], values: number): UAlpha2016 {
  const q = values + 1;
  const l = Array.from({ length: q }, () => new Array<number>(q).fill(0)); // ordered-pair sums, before 1/(m−1)
  const w = new Array<number>(q).fill(0);
  const cuSelf = new Array<number>(q).fill(0); // Σ (unit's overlap with the other coder's units)²
  let violations = 0;
  let m = 0;
  for (const c of continua) {
    m = c.coders.length;
    const secs = c.coders.map((u) => {
      const s = sections(u, c.length);
      violations += s.violations;
      return s.all;
    });
    for (const list of secs) for (const s of list) w[s.value]! += s.value === 0 ? s.end - s.start : (s.end - s.start) ** 2;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        if (i === j) continue;
        for (const g of secs[i]!) {
          let valuedOverlap = 0;
          for (const h of secs[j]!) {
            if (h.start >= g.end) break;
            const x = overlap(g, h);
            if (x === 0) continue;
            l[g.value]![h.value]! += x;
            if (h.value !== 0) valuedOverlap += x;
          }
          if (g.value !== 0) cuSelf[g.value]! += valuedOverlap ** 2;
        }
      }
    }
  }
  const none: UAlpha2016 = { uAlpha: null, binaryUAlpha: null, cuAlpha: null, perValue: new Map(), exclusivityViolations: violations };
  if (m < 2) return none;
  const k = 1 / (m - 1);
  const obs = l.map((row) => row.map((x) => x * k));
  const margin = obs.map((row) => row.reduce((s, x) => s + x, 0));
  const total = margin.reduce((s, x) => s + x, 0);
  if (total === 0) return none;
  const wTotal = w.reduce((s, x) => s + x, 0);
  const den = total - wTotal / total;
  const exp = (c: number, d: number) => (margin[c]! * margin[d]! - (c === d ? w[c]! : 0)) / den;

  let obsDiag = 0;
  let expDiag = 0;
  for (let c = 0; c < q; c++) {
    obsDiag += obs[c]![c]!;
    expDiag += exp(c, c);
  }
  const uAlpha = total - expDiag === 0 ? null : 1 - (total - obsDiag) / (total - expDiag);

  // |u-alpha: disagreement between gap and any code, observed vs expected.
  let expGapMargin = 0;
  for (let d = 0; d < q; d++) expGapMargin += exp(0, d);
  const binaryDe = expGapMargin - exp(0, 0);
  const binaryUAlpha = binaryDe === 0 ? null : 1 - (margin[0]! - obs[0]![0]!) / binaryDe;

  // cu-alpha on valued × valued intersections.
  const cuMargin = margin.map((x, c) => (c === 0 ? 0 : x - obs[c]![0]!));
  const cuTotal = cuMargin.reduce((s, x) => s + x, 0);
  let cuSelfTotal = 0;
  for (let c = 1; c < q; c++) cuSelfTotal += cuSelf[c]!;
  const cuDen = cuTotal === 0 ? 0 : cuTotal - (cuSelfTotal * k) / cuTotal;
  const cuExp = (c: number, d: number) => (cuMargin[c]! * cuMargin[d]! - (c === d ? cuSelf[c]! * k : 0)) / cuDen;
  const usedValues = cuMargin.filter((x, c) => c > 0 && x > 0).length;
  let cuAlpha: number | null = null;
  const perValue = new Map<number, number | null>();
  if (usedValues >= 2 && cuDen !== 0) {
    let cuObsDiag = 0;
    let cuExpDiag = 0;
    for (let c = 1; c < q; c++) {
      cuObsDiag += obs[c]![c]!;
      cuExpDiag += cuExp(c, c);
    }
    cuAlpha = cuTotal - cuExpDiag === 0 ? null : 1 - (cuTotal - cuObsDiag) / (cuTotal - cuExpDiag);
    for (let c = 1; c < q; c++) {
      const lk = cuMargin[c]!;
      if (lk === 0) {
        perValue.set(c, null);
        continue;
      }
      let ek = 0;
      for (let d = 1; d < q; d++) ek += cuExp(c, d);
      const ekk = cuExp(c, c);
      perValue.set(c, ek - ekk === 0 ? null : 1 - ((ek / lk) * (lk - obs[c]![c]!)) / (ek - ekk));
    }
  }
  return { uAlpha, binaryUAlpha, cuAlpha, perValue, exclusivityViolations: violations };
}

/** Turn per-code merged runs of one coder into the labelled unit list this module reads. */
export function labelledUnits(perCode: readonly (Intervals | undefined)[]): number[] {
  const units: [number, number, number][] = [];
  perCode.forEach((runs, code) => {
    if (!runs) return;
    for (let i = 0; i < runs.length; i += 2) units.push([runs[i]!, runs[i + 1]!, code + 1]);
  });
  units.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return units.flat();
}
