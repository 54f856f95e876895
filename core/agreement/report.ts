/**
 * The top-level agreement comparison: documents × coders × codes in, a JSON-serialisable
 * report out (per code: alpha and friends, coverage, per-document and per-pair values, a
 * bootstrap interval and plain-language explanations; plus all codes pooled).
 */
import { AppError } from '../model/errors';
import type { BinaryCoincidence, Resamples } from './bootstrap';
import { bootstrapAlpha, DEFAULT_RESAMPLES, DEFAULT_SEED, drawResamples, notResampled } from './bootstrap';
import type { CodeAnalysis } from './codeAgreement';
import { analyseCode } from './codeAgreement';
import type { PreparedComparison } from './comparison';
import { prepareComparison } from './comparison';
import * as explain from './explanations';
import { krippendorffAlpha } from './krippendorffAlpha';
import { percentAgreement } from './multiCoderCoefficients';
import { analyseCodeSegments } from './segmentAgreement';
import type { AgreementInput, AgreementReport, AgreementUnit, BootstrapResult, CodeAgreement } from './types';
import { codePatterns, PRESENCE_CATEGORIES, unitScale } from './unitPatterns';
import { codeGroupAgreement, overallUnitizing, unitizingForCode } from './unitizingReport';

const UNITS: readonly AgreementUnit[] = ['character', 'word', 'sentence', 'paragraph', 'segment', 'document'];

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function bootstrapFor(
  perDocument: ReadonlyMap<number, BinaryCoincidence>,
  clusters: readonly number[],
  resamples: Resamples | null,
  alpha: number | null,
  seed: number,
): BootstrapResult {
  if (!resamples) {
    return notResampled(clusters.length, seed, `A confidence interval needs at least 2 documents coded by two or more coders; this comparison has ${clusters.length}.`);
  }
  if (alpha === null) return notResampled(clusters.length, seed, 'α is not applicable, so there is no interval.');
  const zero: BinaryCoincidence = { o00: 0, o01: 0, o11: 0 };
  return bootstrapAlpha(clusters.map((d) => perDocument.get(d) ?? zero), resamples);
}

function sumCoincidences(analyses: readonly CodeAnalysis[]): Map<number, BinaryCoincidence> {
  const out = new Map<number, BinaryCoincidence>();
  for (const a of analyses) {
    for (const [d, c] of a.coincidences) {
      const t = out.get(d) ?? { o00: 0, o01: 0, o11: 0 };
      t.o00 += c.o00;
      t.o01 += c.o01;
      t.o11 += c.o11;
      out.set(d, t);
    }
  }
  return out;
}

function documentList(prep: PreparedComparison, unitsIn: (d: number) => number): AgreementReport['documents'] {
  return prep.documents.map((doc, d) => ({
    id: doc.id,
    title: doc.title,
    units: unitsIn(d),
    completedBy: prep.present[d]!.map((r) => prep.coders[r]!.id),
  }));
}

export function compareCoding(input: AgreementInput): AgreementReport {
  const unit = input.unit ?? 'character';
  if (!UNITS.includes(unit)) throw new AppError('invalid-args', `"${String(unit)}" is not a unit of analysis (use ${UNITS.join(', ')}).`);
  const options = input.options ?? {};
  const prep = prepareComparison(input);
  const clusters = prep.present.flatMap((p, d) => (p.length >= 2 ? [d] : []));
  const notes: string[] = [];
  const idle = prep.documents.length - clusters.length;
  if (idle > 0) notes.push(`${idle} document(s) were completed by fewer than two of the compared coders and give no agreement data.`);
  const boot = options.bootstrap === false ? null : { resamples: options.bootstrap?.resamples ?? DEFAULT_RESAMPLES, seed: options.bootstrap?.seed ?? DEFAULT_SEED };
  const methodsSentence = explain.methodsSentence({ coders: prep.coders.length, documents: clusters.length, unit, bootstrap: unit === 'segment' ? null : boot });

  if (unit === 'segment') {
    const threshold = options.segmentThreshold ?? 0.9;
    if (!(threshold > 0 && threshold <= 1)) throw new AppError('invalid-args', `The segment overlap threshold must be above 0 and at most 1 (got ${threshold}).`);
    const codes = prep.codes.map((_c, k) => analyseCodeSegments(prep, k, threshold));
    let matched = 0;
    let total = 0;
    for (const c of codes) {
      for (const p of c.segments ?? []) {
        matched += 2 * p.matchedPairs;
        total += p.segmentsFirst + p.segmentsSecond;
      }
    }
    return {
      coders: prep.coders.map((c) => ({ id: c.id, label: c.label })),
      unit,
      documents: documentList(prep, (d) => prep.documents[d]!.length),
      codes,
      pooled: { alpha: null, percentAgreement: total ? matched / total : null, minAlpha: null, medianAlpha: null, ci95: null, bootstrap: null },
      methodsSentence: `Agreement was assessed by segment matching (segments of the same code match when their overlap is at least ${Math.round(threshold * 100)}% of their union; Holsti's CR).`,
      notes,
    };
  }

  const scale = unitScale(prep, unit, options);
  const rareShare = options.rareCodeShare ?? 0.01;
  const analyses = prep.codes.map((_c, k) => analyseCode(prep, k, codePatterns(prep, k, scale), unit, rareShare));
  const resamples = boot && clusters.length >= 2 ? drawResamples(clusters.length, boot.resamples, boot.seed) : null;
  const seed = boot?.seed ?? DEFAULT_SEED;

  const codes: CodeAgreement[] = analyses.map((a) => {
    const bootstrap = boot ? bootstrapFor(a.coincidences, clusters, resamples, a.alpha.value, seed) : null;
    return {
      ...a.entry,
      ci95: bootstrap?.ci95 ?? null,
      bootstrap,
      explanations: { ...a.entry.explanations, ci: explain.explainCI(a.entry.code, a.alpha.value, bootstrap) },
    };
  });

  // All codes stacked: every (code, unit) is one unit of the pooled reliability data (§6.7).
  // A code nobody used is "not applicable": it would only add agreement about absence.
  const applicable = analyses.filter((a) => a.alpha.value !== null);
  const pooledData = { coders: prep.coders.map((c) => c.label), categories: PRESENCE_CATEGORIES, rows: applicable.flatMap((a) => a.data.rows) };
  const pooledAlpha = krippendorffAlpha(pooledData).value;
  const alphas = codes.flatMap((c) => (c.alpha === null ? [] : [c.alpha]));
  const pooledBootstrap = boot ? bootstrapFor(sumCoincidences(applicable), clusters, resamples, pooledAlpha, seed) : null;
  const report: AgreementReport = {
    coders: prep.coders.map((c) => ({ id: c.id, label: c.label })),
    unit,
    documents: documentList(prep, (d) => scale.unitsIn(d)),
    codes,
    pooled: {
      alpha: pooledAlpha,
      percentAgreement: percentAgreement(pooledData),
      minAlpha: alphas.length ? Math.min(...alphas) : null,
      medianAlpha: median(alphas),
      ci95: pooledBootstrap?.ci95 ?? null,
      bootstrap: pooledBootstrap,
    },
    methodsSentence,
    notes,
  };

  if (options.unitizing || options.codeGroups) {
    if (unit !== 'character') throw new AppError('invalid-args', 'Unitizing coefficients are computed on characters only; choose the character unit.');
    const complete = prep.present.filter((p) => p.length === prep.coders.length).length;
    if (complete < clusters.length) {
      notes.push(`Unitizing coefficients need every compared coder on the text, so they use only the ${complete} document(s) all coders completed.`);
    }
  }
  if (options.unitizing) {
    const terms = prep.codes.map((_c, k) => {
      const u = unitizingForCode(prep, k);
      codes[k]!.unitizingAlpha = u.result;
      return u.terms;
    });
    report.pooled.unitizingAlpha = overallUnitizing(terms);
  }
  if (options.codeGroups) report.codeGroups = options.codeGroups.map((g) => codeGroupAgreement(prep, g));
  return report;
}
