/**
 * Segment-level agreement (MAXQDA "segment level", ATLAS.ti/Holsti): two coders' segments of
 * the same code match when their intersection-over-union reaches a threshold; each segment
 * matches at most one other. Holsti CR = 2M / (N1 + N2). agreement-methods.md §2.2, §3.1.
 *
 * Matching is greedy by IoU (highest first; ties by position), which is the optimal matching
 * whenever the threshold is above 0.5, because a segment can then overlap at most one other
 * segment that well. A coder's overlapping codings of one code are merged first; adjacent
 * ones stay separate segments. The threshold is part of the result: report it with the number.
 */
import type { Intervals } from './comparison';

export function intersectionOverUnion(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  const inter = Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
  const union = Math.max(aEnd, bEnd) - Math.min(aStart, bStart) - Math.max(0, Math.max(aStart, bStart) - Math.min(aEnd, bEnd));
  return union <= 0 ? 0 : inter / union;
}

export interface SegmentMatch {
  /** Index of the segment in each coder's list (segment i = runs[2i], runs[2i + 1]). */
  first: number;
  second: number;
  iou: number;
}

/** Match two coders' segments (sorted, disjoint-or-adjacent runs) at `threshold` (0 < threshold ≤ 1). */
export function matchSegments(first: Intervals, second: Intervals, threshold: number): SegmentMatch[] {
  const candidates: SegmentMatch[] = [];
  let j0 = 0;
  for (let i = 0; i < first.length / 2; i++) {
    const s = first[2 * i]!;
    const e = first[2 * i + 1]!;
    while (j0 < second.length / 2 && second[2 * j0 + 1]! <= s) j0++;
    for (let j = j0; j < second.length / 2 && second[2 * j]! < e; j++) {
      const iou = intersectionOverUnion(s, e, second[2 * j]!, second[2 * j + 1]!);
      if (iou >= threshold) candidates.push({ first: i, second: j, iou });
    }
  }
  candidates.sort((a, b) => b.iou - a.iou || a.first - b.first || a.second - b.second);
  const usedFirst = new Set<number>();
  const usedSecond = new Set<number>();
  const matches: SegmentMatch[] = [];
  for (const c of candidates) {
    if (usedFirst.has(c.first) || usedSecond.has(c.second)) continue;
    usedFirst.add(c.first);
    usedSecond.add(c.second);
    matches.push(c);
  }
  return matches.sort((a, b) => a.first - b.first);
}

export function holstiCR(matched: number, segmentsFirst: number, segmentsSecond: number): number | null {
  const total = segmentsFirst + segmentsSecond;
  return total === 0 ? null : (2 * matched) / total;
}
