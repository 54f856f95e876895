/**
 * The report's view of one code when the unit is 'segment': coders' segments matched by
 * intersection-over-union, per coder pair and summed over the documents both completed.
 * There is no "neither" cell, so no chance-corrected coefficient: alpha and kappa stay null.
 */
import type { PreparedComparison } from './comparison';
import { mergeIntervals } from './comparison';
import { formatCount, listNames } from '../model/wording';
import * as explain from './explanations';
import { holstiCR, matchSegments } from './segmentMatching';
import type { CodeAgreement, DocumentAgreement, SegmentAgreement } from './types';

export function analyseCodeSegments(prep: PreparedComparison, code: number, threshold: number): CodeAgreement {
  const m = prep.coders.length;
  const path = prep.codes[code]!.path;
  const byDoc = prep.codings[code]!;
  const segments = new Array<number>(m).fill(0);
  const pairTotals: SegmentAgreement[] = [];
  for (let a = 0; a < m; a++) {
    for (let b = a + 1; b < m; b++) {
      pairTotals.push({ coders: [prep.coders[a]!.id, prep.coders[b]!.id], threshold, segmentsFirst: 0, segmentsSecond: 0, matchedPairs: 0, holsti: null });
    }
  }
  const documents: DocumentAgreement[] = [];
  prep.documents.forEach((doc, d) => {
    const present = prep.present[d]!;
    const raw = byDoc.get(d);
    const runs = present.map((r) => (raw ? mergeIntervals(raw[r]!, false) : []));
    present.forEach((r, i) => (segments[r]! += runs[i]!.length / 2));
    if (present.length < 2) return;
    let matched = 0;
    let total = 0;
    const coverage: Record<string, number> = {};
    present.forEach((r, i) => (coverage[String(prep.coders[r]!.id)] = runs[i]!.length / 2));
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        const a = present[i]!;
        const b = present[j]!;
        const pair = pairTotals.find((p) => p.coders[0] === prep.coders[a]!.id && p.coders[1] === prep.coders[b]!.id)!;
        const matches = matchSegments(runs[i]!, runs[j]!, threshold).length;
        pair.segmentsFirst += runs[i]!.length / 2;
        pair.segmentsSecond += runs[j]!.length / 2;
        pair.matchedPairs += matches;
        matched += 2 * matches;
        total += (runs[i]!.length + runs[j]!.length) / 2;
      }
    }
    documents.push({
      document: doc.title,
      documentId: doc.id,
      units: present.reduce((s, _r, i) => s + runs[i]!.length / 2, 0),
      coders: present.map((r) => prep.coders[r]!.id),
      alpha: null,
      percentAgreement: total === 0 ? null : matched / total,
      positiveAgreement: null,
      cohenKappa: null,
      coverage,
    });
  });
  let matchedAll = 0;
  let totalAll = 0;
  for (const p of pairTotals) {
    p.holsti = holstiCR(p.matchedPairs, p.segmentsFirst, p.segmentsSecond);
    matchedAll += 2 * p.matchedPairs;
    totalAll += p.segmentsFirst + p.segmentsSecond;
  }
  // Over several pairs: matched segment ends over all segment ends, i.e. Holsti with the pairs' counts summed.
  const holsti = totalAll === 0 ? null : matchedAll / totalAll;
  const coverage: Record<string, number> = {};
  prep.coders.forEach((c, i) => (coverage[String(c.id)] = segments[i]!));
  const labels = prep.coders.map((c) => c.label);
  const degenerate = explain.explainDegenerate(path, labels, segments);
  const threshold100 = Math.round(threshold * 100);
  const percentText =
    holsti === null
      ? `No segments of ${path} to compare.`
      : `${explain.formatPercent(holsti)} of the coded segments of ${path} were matched by another coder's segment overlapping ` +
        `it by at least ${threshold100}% (intersection over union). Holsti CR = 2 × matched pairs / all segments = ` +
        `2 × ${formatCount(matchedAll / 2)} / ${formatCount(totalAll)}.`;
  const note = [
    degenerate,
    `Segment matching (overlap threshold ${threshold100}%) counts segments, not amounts of text, and has no "neither" cell, so no chance-corrected coefficient is given; the result depends on the threshold.`,
  ]
    .filter((s): s is string => s !== null)
    .join(' ');
  return {
    code: path,
    codeId: prep.codes[code]!.id,
    alpha: null,
    percentAgreement: holsti,
    positiveAgreement: null,
    jaccard: totalAll - matchedAll / 2 === 0 ? null : matchedAll / 2 / (totalAll - matchedAll / 2),
    cohenKappa: null,
    fleissKappa: null,
    scottPi: null,
    lightKappa: null,
    congerKappa: null,
    gwetAC1: null,
    trafficLight: 'not applicable',
    coverage,
    units: totalAll,
    share: 0,
    ci95: null,
    bootstrap: null,
    note,
    documents,
    pairs: [],
    documentAverages: null,
    segments: pairTotals,
    explanations: {
      percentAgreement: percentText,
      alpha: `Segment matching gives no α for ${path}; choose character units for a chance-corrected coefficient.`,
      positiveAgreement: `Positive agreement is not defined for segment matching.`,
      coverage: `${listNames(prep.coders.map((c, i) => `${c.label} made ${formatCount(segments[i]!)} segment(s)`))} with ${path}.`,
      ci: `No confidence interval for segment matching.`,
      trafficLight: explain.explainTrafficLight(path, null),
      rareCode: null,
      degenerate,
    },
  };
}
