/**
 * Everything the report says about one code, from its per-document pattern counts: pooled
 * coefficients (counts summed over documents, never per-document values averaged), each
 * coder's coverage, per-document values, per-pair values and the plain-language explanations.
 */
import { binaryStats, pairTableFromPatterns } from './binaryPatterns';
import type { BinaryCoincidence } from './bootstrap';
import { documentCoincidence } from './bootstrap';
import type { PreparedComparison } from './comparison';
import * as explain from './explanations';
import type { KrippendorffAlpha } from './krippendorffAlpha';
import { krippendorffAlpha } from './krippendorffAlpha';
import { congerKappa, fleissKappa, gwetAC } from './multiCoderCoefficients';
import type { ReliabilityData } from './reliabilityData';
import { reliabilityDataFromTable } from './reliabilityData';
import { cohenKappa, scottPi, specificAgreementFromTable } from './tableCoefficients';
import type { AgreementUnit, CodeAgreement, DocumentAgreement, PairAgreement, PairCounts } from './types';
import type { DocumentPatterns } from './unitPatterns';
import { coverageByCoder, presenceData, PRESENCE_CATEGORIES } from './unitPatterns';

export interface CodeAnalysis {
  entry: Omit<CodeAgreement, 'ci95' | 'bootstrap' | 'explanations'> & { explanations: Omit<CodeAgreement['explanations'], 'ci'> };
  data: ReliabilityData;
  alpha: KrippendorffAlpha;
  /** Coincidences per document, keyed by document index (documents with ≥ 2 present coders). */
  coincidences: Map<number, BinaryCoincidence>;
}

const PRESENT = 1;

function pairCounts(table: number[][]): PairCounts {
  return { both: table[1]![1]!, onlyFirst: table[1]![0]!, onlySecond: table[0]![1]!, neither: table[0]![0]! };
}

function keyed(prep: PreparedComparison, values: readonly number[], only?: readonly number[]): Record<string, number> {
  const out: Record<string, number> = {};
  (only ?? values.map((_v, i) => i)).forEach((i) => (out[String(prep.coders[i]!.id)] = values[i]!));
  return out;
}

function analysePairs(prep: PreparedComparison, patterns: readonly DocumentPatterns[]): PairAgreement[] {
  const pairs: PairAgreement[] = [];
  const m = prep.coders.length;
  for (let a = 0; a < m; a++) {
    for (let b = a + 1; b < m; b++) {
      const table = pairTableFromPatterns(patterns, a, b);
      const counts = pairCounts(table);
      const units = counts.both + counts.onlyFirst + counts.onlySecond + counts.neither;
      const spec = specificAgreementFromTable(table, PRESENT);
      const kappa = cohenKappa(table);
      pairs.push({
        coders: [prep.coders[a]!.id, prep.coders[b]!.id],
        counts,
        units,
        percentAgreement: units === 0 ? null : (counts.both + counts.neither) / units,
        positiveAgreement: spec.positive,
        jaccard: spec.jaccard,
        cohenKappa: kappa.value,
        scottPi: scottPi(table).value,
        alpha: krippendorffAlpha(reliabilityDataFromTable(PRESENCE_CATEGORIES, table)).value,
        explanation: explain.explainCohenKappa(prep.coders[a]!.label, prep.coders[b]!.label, kappa.value, kappa.observed, kappa.expected),
      });
    }
  }
  return pairs;
}

function analyseDocuments(prep: PreparedComparison, patterns: readonly DocumentPatterns[]): DocumentAgreement[] {
  const out: DocumentAgreement[] = [];
  const m = prep.coders.length;
  for (const p of patterns) {
    const stats = binaryStats([p]);
    const doc = prep.documents[p.document]!;
    const coverage = coverageByCoder([p], m);
    out.push({
      document: doc.title,
      documentId: doc.id,
      units: p.units,
      coders: p.present.map((r) => prep.coders[r]!.id),
      alpha: stats.alpha,
      percentAgreement: stats.percentAgreement,
      positiveAgreement: stats.positiveAgreement,
      cohenKappa: m === 2 ? cohenKappa(pairTableFromPatterns([p], 0, 1)).value : null,
      coverage: keyed(prep, coverage, p.present),
    });
  }
  return out;
}

/** NVivo users average per-document kappas; shown only so they can see how far that is from the pooled value. */
function documentAverages(docs: readonly DocumentAgreement[], coderCount: number): CodeAgreement['documentAverages'] {
  if (coderCount !== 2) return null;
  let sum = 0;
  let n = 0;
  let weighted = 0;
  let weights = 0;
  for (const d of docs) {
    if (d.cohenKappa === null) continue;
    sum += d.cohenKappa;
    n++;
    weighted += d.cohenKappa * d.units;
    weights += d.units;
  }
  return { unweightedMeanKappa: n ? sum / n : null, lengthWeightedMeanKappa: weights ? weighted / weights : null };
}

export function analyseCode(
  prep: PreparedComparison,
  code: number,
  allPatterns: readonly DocumentPatterns[],
  unit: AgreementUnit,
  rareShare: number,
): CodeAnalysis {
  // A document only one compared coder completed says nothing about agreement (the report
  // lists such documents once, in its notes), so it does not count for coverage either.
  const patterns = allPatterns.filter((p) => p.present.length >= 2);
  const labels = prep.coders.map((c) => c.label);
  const m = labels.length;
  const path = prep.codes[code]!.path;
  const stats = binaryStats(patterns);
  const alpha: KrippendorffAlpha = {
    value: stats.alpha,
    observedDisagreement: stats.observedDisagreement,
    expectedDisagreement: stats.expectedDisagreement,
    pairableValues: stats.pairableValues,
  };
  // Rows of reliability data, for the coefficients that need each coder's values per unit.
  const data = presenceData(patterns, labels);
  const coverage = coverageByCoder(patterns, m);
  const pairs = analysePairs(prep, patterns);
  const documents = analyseDocuments(prep, patterns);
  const nobodyUsed = coverage.every((c) => c === 0);

  let units = 0;
  let anyCoded = 0;
  const totalUnits = new Array<number>(m).fill(0); // units each coder judged
  const coincidences = new Map<number, BinaryCoincidence>();
  for (const p of patterns) {
    for (const r of p.present) totalUnits[r]! += p.units;
    units += p.units;
    anyCoded += p.units - (p.counts.get(0) ?? 0);
    coincidences.set(p.document, documentCoincidence(p));
  }
  const share = units === 0 ? 0 : anyCoded / units;
  const two = m === 2 ? pairTableFromPatterns(patterns, 0, 1) : null;
  const cohen = two ? cohenKappa(two) : null;
  const fleiss = fleissKappa(data);
  const pa = stats.percentAgreement;
  // Light's kappa: the mean of the pairs' Cohen's kappas (undefined if any pair's is).
  const light = pairs.some((p) => p.cohenKappa === null) ? null : pairs.reduce((s, p) => s + p.cohenKappa!, 0) / pairs.length;

  const notes: string[] = [];
  const degenerate = explain.explainDegenerate(path, labels, coverage);
  if (degenerate) notes.push(degenerate);
  const rare = explain.rareCodeWarning(path, share, rareShare, unit);
  if (rare) notes.push(rare);
  const missingCoders = patterns.some((p) => p.present.length < m);
  if (missingCoders && units > 0) notes.push("Fleiss' and Conger's κ are not shown: some documents were not completed by every coder (α handles the missing coders).");
  if (prep.ignored[code]! > 0) {
    notes.push(`${prep.ignored[code]} coding(s) were left out because their coder has not completed that document.`);
  }

  const summed: PairCounts = { both: 0, onlyFirst: 0, onlySecond: 0, neither: 0 };
  for (const p of pairs) {
    summed.both += p.counts.both;
    summed.onlyFirst += p.counts.onlyFirst;
    summed.onlySecond += p.counts.onlySecond;
    summed.neither += p.counts.neither;
  }
  const ctx: explain.AgreementContext = { code: path, coders: labels, documents: documents.length, unit, units };
  return {
    data,
    alpha,
    coincidences,
    entry: {
      code: path,
      codeId: prep.codes[code]!.id,
      alpha: alpha.value,
      percentAgreement: pa,
      positiveAgreement: stats.positiveAgreement,
      jaccard: stats.jaccard,
      cohenKappa: cohen?.value ?? null,
      fleissKappa: fleiss?.value ?? null,
      scottPi: two ? scottPi(two).value : null,
      lightKappa: light,
      congerKappa: congerKappa(data)?.value ?? null,
      // Gwet's AC1 is 1 for a code nobody used (irrCAC); that is not agreement about anything.
      gwetAC1: nobodyUsed ? null : gwetAC(data).value,
      trafficLight: explain.trafficLight(alpha.value),
      coverage: keyed(prep, coverage),
      units,
      share,
      note: notes.join(' '),
      documents,
      pairs,
      documentAverages: documentAverages(documents, m),
      explanations: {
        percentAgreement: explain.explainPercentAgreement(ctx, pa, m === 2 ? pairs[0]!.counts : null),
        alpha: explain.explainAlpha(ctx, alpha.value, alpha.observedDisagreement, alpha.expectedDisagreement, alpha.pairableValues),
        positiveAgreement: explain.explainPositiveAgreement(ctx, stats.positiveAgreement, summed),
        coverage: explain.explainCoverage(ctx, coverage, totalUnits),
        trafficLight: explain.explainTrafficLight(path, alpha.value),
        rareCode: rare,
        degenerate,
      },
    },
  };
}
