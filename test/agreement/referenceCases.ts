/**
 * Runs one case of /shared/agreement/cases.json through the engine's public API and returns
 * the computed values under the case's own key names (agreement-methods.md §10), so the test
 * can compare them with `expected`, `expected_exact` and `published`.
 */
import { readFileSync } from 'node:fs';
import type { AgreementInput, AgreementReport, CategoryValue, ReliabilityData } from '../../core/agreement';
import {
  bennettS,
  bestAlignment,
  cohenKappa,
  combinedDissimilarity,
  compareCoding,
  congerKappa,
  fleissKappa,
  gamma,
  gwetAC,
  intersectionOverUnion,
  krippendorffAlpha,
  lightKappa,
  pairTable,
  percentAgreement,
  positionalDissimilarity,
  PYGAMMA_DISSIMILARITY,
  reliabilityDataFromTable,
  reliabilityDataFromUnits,
  scottPi,
  weightedKappa,
} from '../../core/agreement';
import { sharedPath } from '../support/paths';

export interface SpanCoding {
  coder: string;
  code: string;
  start: number;
  end: number;
}
export interface SpanDocument {
  id: string;
  length?: number;
  begin?: number;
  coders_assigned: string[];
  codings: SpanCoding[];
}
export interface ReferenceCase {
  id: string;
  statistic: string;
  params: Record<string, unknown>;
  data: {
    format: 'contingency_table' | 'units_by_coders' | 'spans';
    categories?: CategoryValue[];
    table?: number[][];
    coders?: string[];
    units?: (CategoryValue | null)[][];
    documents?: SpanDocument[];
  };
  expected: Record<string, unknown>;
  tolerance: number | Record<string, unknown>;
  expected_exact?: Record<string, unknown>;
  published?: Record<string, unknown>;
}

export function loadCases(): ReferenceCase[] {
  return JSON.parse(readFileSync(sharedPath('agreement', 'cases.json'), 'utf8')) as ReferenceCase[];
}

/** Values keyed as in the cases file. Nested objects mirror nested expected values. */
export type Computed = Record<string, unknown>;

/**
 * The scale a case declares (it matters for Bennett's S, weights and unused categories):
 * params.scale, or the keys of params.categories (numbers when the data are numbers).
 */
function declaredScale(c: ReferenceCase): CategoryValue[] | undefined {
  if (Array.isArray(c.params.scale)) return c.params.scale as CategoryValue[];
  const declared = c.params.categories;
  if (declared && typeof declared === 'object' && !Array.isArray(declared)) {
    const numeric = c.data.units!.flat().every((v) => v === null || typeof v === 'number');
    const keys = Object.keys(declared);
    return numeric ? keys.map(Number).sort((a, b) => a - b) : keys;
  }
  return undefined;
}

function reliabilityData(c: ReferenceCase): ReliabilityData {
  const d = c.data;
  if (d.format === 'contingency_table') return reliabilityDataFromTable(d.categories!, d.table!);
  return reliabilityDataFromUnits(d.coders!, d.units!, declaredScale(c));
}

function coefficientValues(c: ReferenceCase): Computed {
  const data = reliabilityData(c);
  const out: Computed = {};
  const alpha = krippendorffAlpha(data);
  out.alpha_nominal = alpha.value;
  out.D_o = alpha.observedDisagreement;
  out.D_e = alpha.expectedDisagreement;
  for (const metric of ['ordinal', 'interval', 'ratio'] as const) {
    if (data.categories.every((v) => typeof v === 'number')) out[`alpha_${metric}`] = krippendorffAlpha(data, metric).value;
  }
  const po = percentAgreement(data);
  out.percent_agreement = po;
  out.p_o = po;
  const bennett = bennettS(data);
  out.bennett_s = bennett.value;
  out.free_marginal_kappa = bennett.value;
  out.p_e_bennett = bennett.expected;
  const ac1 = gwetAC(data);
  out.gwet_ac1 = ac1.value;
  out.p_e_gwet = ac1.expected;
  out.gwet_ac2_quadratic = gwetAC(data, 'quadratic').value;
  if (data.coders.length === 2) {
    const table = pairTable(data, 0, 1);
    const kappa = cohenKappa(table);
    out.cohen_kappa = kappa.value;
    out.p_e_cohen = kappa.expected;
    out.cohen_kappa_se = kappa.se;
    out.cohen_kappa_se_h0 = kappa.seH0;
    out.irr_z_unweighted = kappa.z;
    const pi = scottPi(table);
    out.scott_pi = pi.value;
    out.p_e_scott = pi.expected;
    out.kappa_linear_weights = weightedKappa(table, 'linear').value;
    out.kappa_quadratic_weights = weightedKappa(table, 'quadratic').value;
  }
  const fleiss = fleissKappa(data);
  if (fleiss) {
    out.fleiss_kappa = fleiss.value;
    const perCategory: Record<string, number | null> = {};
    data.categories.forEach((cat, i) => (perCategory[String(cat)] = fleiss.perCategory[i]!));
    out.per_category_fleiss_kappa = perCategory;
  }
  out.conger_kappa = congerKappa(data)?.value ?? null;
  out.light_kappa = lightKappa(data);
  return out;
}

/** A spans case as the comparison a database layer would build (offsets relative to the continuum). */
export function spansInput(c: ReferenceCase, extraCodes: string[] = []): AgreementInput {
  const docs = c.data.documents!;
  const coders = [...new Set(docs.flatMap((d) => d.coders_assigned))];
  const codes = [...new Set(docs.flatMap((d) => d.codings.map((g) => g.code)))].sort();
  const lengthOf = (d: SpanDocument) => d.length ?? Math.max(...d.codings.map((g) => g.end));
  return {
    documents: docs.map((d) => ({ id: d.id, title: d.id, length: lengthOf(d), completedBy: d.coders_assigned })),
    coders: coders.map((id) => ({ id, label: id })),
    codes: [...codes, ...extraCodes].map((id) => ({ id, path: id })),
    codings: docs.flatMap((d) =>
      d.codings.map((g) => ({ documentId: d.id, codeId: g.code, coderId: g.coder, start: g.start - (d.begin ?? 0), end: g.end - (d.begin ?? 0) })),
    ),
  };
}

const code = (r: AgreementReport, id: string) => r.codes.find((k) => k.codeId === id)!;

function characterLevel(input: AgreementInput): Computed {
  const report = compareCoding({ ...input, options: { unitizing: true, codeGroups: [{ name: 'all', codeIds: input.codes.map((k) => k.id) }], bootstrap: false } });
  const first = report.codes[0]!;
  const out: Computed = {
    percent_agreement: first.percentAgreement,
    nvivo_percentage_agreement_percent: first.percentAgreement === null ? null : first.percentAgreement * 100,
    cohen_kappa: first.cohenKappa,
    nvivo_kappa: first.cohenKappa,
    scott_pi: first.scottPi,
    alpha_nominal: first.alpha,
    gwet_ac1: first.gwetAC1,
    positive_agreement_dice: first.positiveAgreement,
    jaccard: first.jaccard,
    u_alpha_krippendorff2004: first.unitizingAlpha?.value ?? null,
    u_alpha_krippendorff2016_binary: report.codeGroups![0]!.binaryUAlpha,
    u_alpha: report.codeGroups![0]!.uAlpha,
    bar_u_alpha: report.codeGroups![0]!.binaryUAlpha,
    cu_alpha: report.codeGroups![0]!.cuAlpha,
    u_alpha_overall: report.pooled.unitizingAlpha?.value ?? null,
    D_o_overall: report.pooled.unitizingAlpha?.observedDisagreement ?? null,
    D_e_overall: report.pooled.unitizingAlpha?.expectedDisagreement ?? null,
    p_o: first.percentAgreement,
  };
  for (const k of report.codes) {
    out[`u_alpha[${String(k.codeId)}]`] = k.unitizingAlpha?.value ?? null;
    out[`D_o[${String(k.codeId)}]`] = k.unitizingAlpha?.observedDisagreement ?? null;
    out[`D_e[${String(k.codeId)}]`] = k.unitizingAlpha?.expectedDisagreement ?? null;
  }
  if (report.codes.some((k) => k.codeId === '(unused)')) out.kappa_if_neither_coder_used_code = code(report, '(unused)').cohenKappa;
  return out;
}

function segmentValues(c: ReferenceCase, input: AgreementInput): Computed {
  const out: Computed = { char_level: characterLevel(input) };
  const iou: Record<string, number> = {};
  for (const key of Object.keys((c.expected.iou as object) ?? {})) {
    const m = /^A\[(\d+),(\d+)\)~B\[(\d+),(\d+)\)$/.exec(key)!;
    iou[key] = intersectionOverUnion(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]));
  }
  out.iou = iou;
  for (const threshold of c.params.thresholds as number[]) {
    const report = compareCoding({ ...input, unit: 'segment', options: { segmentThreshold: threshold } });
    const pair = report.codes[0]!.segments![0]!;
    out[`threshold_${threshold}`] = {
      matched_pairs: pair.matchedPairs,
      holsti_cr: pair.holsti,
      segment_agreement_percent: report.codes[0]!.percentAgreement! * 100,
    };
  }
  return out;
}

function gammaUnits(c: ReferenceCase) {
  const doc = c.data.documents![0]!;
  return {
    annotators: doc.coders_assigned.length,
    units: doc.codings.map((g) => ({ annotator: doc.coders_assigned.indexOf(g.coder), start: g.start, end: g.end, category: g.code })),
  };
}

function gammaValues(c: ReferenceCase): Computed {
  const { units, annotators } = gammaUnits(c);
  if (c.id === 'gamma_best_alignment_disorder_dkpro_fixture01') {
    const diss = { alpha: c.params.alpha as number, beta: c.params.beta as number, deltaEmpty: c.params.delta_empty as number };
    const byAnnotator = (a: number, i: number) => units.filter((u) => u.annotator === a)[i]!;
    const pair: Record<string, number> = {};
    for (const key of Object.keys(c.expected.pair_dissimilarity as object)) {
      const m = /^Ann1\[(\d)\]~Ann2\[(\d)\] (positional|combined)$/.exec(key)!;
      const a = byAnnotator(0, Number(m[1]));
      const b = byAnnotator(1, Number(m[2]));
      pair[key] = m[3] === 'positional' ? positionalDissimilarity(a, b, diss.deltaEmpty) : combinedDissimilarity(a, b, diss);
    }
    return { pair_dissimilarity: pair, best_alignment_disorder: bestAlignment(units, annotators, diss).disorder };
  }
  // Stochastic: a fixed seed and pygamma's "high" precision (1%) keep Monte Carlo noise inside the published ranges.
  const result = gamma(units, annotators, { dissimilarity: PYGAMMA_DISSIMILARITY, seed: 1, precision: 0.01 });
  return {
    best_alignment_unitary_alignments: result.unitaryAlignments,
    best_alignment_disorder: result.observedDisorder,
    gamma: result.gamma,
    gamma_cat: result.gammaCat,
    gamma_k: Object.fromEntries(result.gammaK),
  };
}

export function computeCase(c: ReferenceCase): Computed {
  if (c.data.format !== 'spans') return coefficientValues(c);
  if (c.id.startsWith('gamma_')) return gammaValues(c);
  if (c.id === 'segment_matching_holsti') return segmentValues(c, spansInput(c));
  return characterLevel(spansInput(c, c.expected.kappa_if_neither_coder_used_code === null ? ['(unused)'] : []));
}
