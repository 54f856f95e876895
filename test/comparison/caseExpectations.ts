/**
 * What a case of /shared/agreement/cases.json expects of the agreement report, as checks
 * that can be run against `coherence agreement --json`. Driven by the case's own keys
 * (agreement-methods.md §10), never by case ids, so kept-back cases of the same kinds run the
 * same way: top-level keys describe the case's code (X, or its only code); `key[name]` and
 * nested objects keyed by a code, a document id or a pair of coders narrow the target.
 */
import { readFileSync } from 'node:fs';
import type { AgreementReport, CodeAgreement } from '../../core/agreement';
import { sharedPath } from '../support/paths';

export interface CaseCoding {
  coder: string;
  code: string;
  start: number;
  end: number;
}
export interface CaseDocument {
  id: string;
  length?: number;
  begin?: number;
  coders_assigned: string[];
  codings: CaseCoding[];
}
export interface AgreementCase {
  id: string;
  statistic: string;
  params?: Record<string, unknown>;
  data: { format: string; documents?: CaseDocument[] };
  expected: Record<string, unknown>;
  expected_exact?: Record<string, unknown>;
  tolerance: number | Record<string, unknown>;
}

export function loadAgreementCases(): AgreementCase[] {
  return JSON.parse(readFileSync(sharedPath('agreement', 'cases.json'), 'utf8')) as AgreementCase[];
}

/** `coherence agreement --json`. */
export interface CliAgreement {
  coders: string[];
  unit: string;
  documents: string[];
  codes: CodeAgreement[];
  pooled: AgreementReport['pooled'];
  methodsSentence: string;
  notes: string[];
}

/** Report figures a case key can name. */
type Statistic =
  | 'alpha'
  | 'percentAgreement'
  | 'percentAgreementPercent'
  | 'positiveAgreement'
  | 'negativeAgreement'
  | 'jaccard'
  | 'cohenKappa'
  | 'scottPi'
  | 'fleissKappa'
  | 'lightKappa'
  | 'congerKappa'
  | 'gwetAC1'
  | 'bennettS'
  | 'unweightedMeanKappa'
  | 'lengthWeightedMeanKappa'
  | 'pooledAlpha'
  | 'pooledPercentAgreement'
  | 'medianAlpha'
  | 'minAlpha';

const STATISTICS: Record<string, Statistic> = {
  alpha_nominal: 'alpha',
  alpha: 'alpha',
  krippendorff_alpha: 'alpha',
  percent_agreement: 'percentAgreement',
  p_o: 'percentAgreement',
  nvivo_percentage_agreement_percent: 'percentAgreementPercent',
  positive_agreement_dice: 'positiveAgreement',
  positive_agreement: 'positiveAgreement',
  positive_specific_agreement: 'positiveAgreement',
  negative_agreement: 'negativeAgreement',
  negative_specific_agreement: 'negativeAgreement',
  jaccard: 'jaccard',
  cohen_kappa: 'cohenKappa',
  nvivo_kappa: 'cohenKappa',
  scott_pi: 'scottPi',
  fleiss_kappa: 'fleissKappa',
  light_kappa: 'lightKappa',
  conger_kappa: 'congerKappa',
  gwet_ac1: 'gwetAC1',
  bennett_s: 'bennettS',
  free_marginal_kappa: 'bennettS',
  brennan_prediger: 'bennettS',
};

/** Report-wide figures (codes stacked, or per-document kappas averaged the NVivo way). */
function summaryStatistic(key: string): Statistic | null {
  const words = key.toLowerCase().split(/[^a-z0-9]+/);
  const has = (...w: string[]) => w.some((x) => words.includes(x));
  const kappa = words.some((w) => w.startsWith('kappa'));
  if (kappa && has('unweighted')) return 'unweightedMeanKappa';
  if (kappa && has('weighted') && has('mean', 'average', 'length')) return 'lengthWeightedMeanKappa';
  if (has('alpha') && has('median')) return 'medianAlpha';
  if (has('alpha') && has('min', 'minimum')) return 'minAlpha';
  if (has('all', 'codes', 'stacked', 'overall')) {
    if (has('alpha')) return 'pooledAlpha';
    if (has('percent', 'p_o')) return 'pooledPercentAgreement';
  }
  // "cohen_kappa_pooled", "character_level_alpha", "alpha_per_code": the code's pooled value (or values).
  const rest = words.filter((w) => !['pooled', 'char', 'character', 'level', 'binary', 'per', 'by', 'code', 'document'].includes(w)).join('_');
  return rest !== key ? (STATISTICS[rest] ?? null) : null;
}

/** Keys this CLI test leaves to the engine's own test, with why. */
const NOT_HERE: [RegExp, string][] = [
  [/^(u_alpha|bar_u_alpha|cu_alpha|D_o|D_e)/, 'unitizing'],
  [/^(iou|threshold_|holsti|segment_)/, 'segment matching'],
  [/^(gamma|best_alignment|pair_dissimilarity|fixture_)/, 'gamma'],
  [/^(alpha_(ordinal|interval|ratio)|kappa_(linear|quadratic)_weights|gwet_ac2)/, 'weighted, not binary'],
  [/(_se|_se_h0|^irr_z|^p_e)(_|$)/, 'not part of the report'],
];

/** Containers whose values describe the same target ("char_level": {...}). */
const CONTAINERS = /^(char(acter)?_level|per_code|per_document|by_code|by_document|codes|documents|pairs)$/;

export type Target =
  | { kind: 'code'; code: string }
  | { kind: 'document'; code: string; document: string }
  | { kind: 'pair'; code: string; coders: [string, string] }
  /** A code nobody in the case used, named explicitly in the comparison. */
  | { kind: 'unused' }
  | { kind: 'report' };

export interface Check {
  path: string;
  target: Target;
  statistic: Statistic;
  expected: number | null;
  tolerance: number;
}

export interface CasePlan {
  checks: Check[];
  /** Keys left to test/agreement, as "key (why)". */
  notHere: string[];
  /** Keys this test cannot map to the report: a failure to look at, never a silent pass. */
  unmapped: string[];
}

export const caseCoders = (c: AgreementCase): string[] => [
  ...new Set((c.data.documents ?? []).flatMap((d) => [...d.coders_assigned, ...d.codings.map((g) => g.coder)])),
];
export const caseCodes = (c: AgreementCase): string[] => [...new Set((c.data.documents ?? []).flatMap((d) => d.codings.map((g) => g.code)))].sort();

/** The code top-level keys describe: params.code, the only code, or X (§10). */
function mainCode(c: AgreementCase): string | null {
  const codes = caseCodes(c);
  if (typeof c.params?.code === 'string') return c.params.code;
  if (codes.length === 1) return codes[0]!;
  return codes.includes('X') ? 'X' : null;
}

function toleranceFor(c: AgreementCase, key: string): number {
  if (typeof c.tolerance === 'number') return c.tolerance;
  const t = c.tolerance[key];
  return typeof t === 'number' ? t : 1e-9;
}

interface Narrowing {
  code?: string;
  document?: string;
  coders?: [string, string];
}

function selector(c: AgreementCase, name: string): Narrowing | null {
  if (caseCodes(c).includes(name)) return { code: name };
  if ((c.data.documents ?? []).some((d) => d.id === name)) return { document: name };
  const coders = caseCoders(c);
  const parts = name.split(/\s*(?:,|~|&|\||\bvs\b|-|\s)\s*/).filter(Boolean);
  if (parts.length === 2 && parts.every((p) => coders.includes(p)) && parts[0] !== parts[1]) return { coders: [parts[0]!, parts[1]!] };
  return null;
}

const REPORT_WIDE: Statistic[] = ['pooledAlpha', 'pooledPercentAgreement', 'medianAlpha', 'minAlpha'];

export function planCase(c: AgreementCase, expected: Record<string, unknown> = c.expected): CasePlan {
  const plan: CasePlan = { checks: [], notHere: [], unmapped: [] };
  const main = mainCode(c);

  const check = (path: string, key: string, statistic: Statistic, value: unknown, at: Narrowing) => {
    if (value !== null && typeof value !== 'number') {
      plan.unmapped.push(`${path} (value ${JSON.stringify(value)})`);
      return;
    }
    let target: Target;
    if (REPORT_WIDE.includes(statistic)) target = { kind: 'report' };
    else {
      const code = at.code ?? main;
      if (code === null) {
        plan.unmapped.push(`${path} (the case has several codes and no X)`);
        return;
      }
      if (at.document) target = { kind: 'document', code, document: at.document };
      else if (at.coders) target = { kind: 'pair', code, coders: at.coders };
      else target = { kind: 'code', code };
    }
    plan.checks.push({ path, target, statistic, expected: value, tolerance: toleranceFor(c, key) });
  };

  const walk = (object: Record<string, unknown>, prefix: string, at: Narrowing, statistic: Statistic | null) => {
    for (const [key, value] of Object.entries(object)) {
      const path = prefix ? `${prefix}.${key}` : key;
      const nested = typeof value === 'object' && value !== null && !Array.isArray(value);
      if (key === 'kappa_if_neither_coder_used_code') {
        plan.checks.push({ path, target: { kind: 'unused' }, statistic: 'cohenKappa', expected: value as number | null, tolerance: toleranceFor(c, key) });
        continue;
      }
      const bracket = /^(.+)\[(.+)\]$/.exec(key);
      const name = bracket ? bracket[1]! : key;
      const narrowed = bracket ? selector(c, bracket[2]!) : {};
      const own = selector(c, key);
      const stat = STATISTICS[name] ?? summaryStatistic(name);
      const why = NOT_HERE.find(([pattern]) => pattern.test(name));
      if (why) plan.notHere.push(`${path} (${why[1]})`);
      else if (own && statistic) {
        if (nested) walk(value as Record<string, unknown>, path, { ...at, ...own }, statistic);
        else check(path, key, statistic, value, { ...at, ...own });
      } else if (own && nested) walk(value as Record<string, unknown>, path, { ...at, ...own }, null);
      else if (stat && narrowed) {
        if (nested) walk(value as Record<string, unknown>, path, { ...at, ...narrowed }, stat);
        else check(path, name, stat, value, { ...at, ...narrowed });
      } else if (CONTAINERS.test(key) && nested) walk(value as Record<string, unknown>, path, at, statistic);
      else plan.unmapped.push(path);
    }
  };
  walk(expected, '', {}, null);
  return plan;
}

/** How the test named the case's codes, documents and coders in the project. */
export interface ProjectNames {
  code(caseCode: string): string;
  document(caseDocument: string): string;
  coder(caseCoder: string): string;
  unusedCode: string;
}

function figure(entry: Record<string, unknown>, statistic: Statistic): number | null {
  const value = (key: string) => (entry[key] ?? null) as number | null;
  switch (statistic) {
    case 'percentAgreementPercent':
      return value('percentAgreement') === null ? null : value('percentAgreement')! * 100;
    case 'bennettS':
      // Brennan–Prediger with two categories (present, absent): (P_o − 1/2) / (1 − 1/2).
      return value('percentAgreement') === null ? null : 2 * value('percentAgreement')! - 1;
    case 'unweightedMeanKappa':
    case 'lengthWeightedMeanKappa': {
      const averages = entry.documentAverages as Record<string, number | null> | null | undefined;
      return averages?.[statistic] ?? null;
    }
    default:
      if (!(statistic in entry)) throw new Error(`the report has no ${statistic} here`);
      return value(statistic);
  }
}

/** The report's value for a check. */
export function actual(report: CliAgreement, check: Check, names: ProjectNames): number | null {
  const t = check.target;
  if (t.kind === 'report') {
    const pooled = report.pooled;
    return { pooledAlpha: pooled.alpha, pooledPercentAgreement: pooled.percentAgreement, medianAlpha: pooled.medianAlpha, minAlpha: pooled.minAlpha }[
      check.statistic as 'pooledAlpha'
    ];
  }
  const path = t.kind === 'unused' ? names.unusedCode : names.code(t.code);
  const code = report.codes.find((k) => k.code === path);
  if (!code) throw new Error(`the report has no code ${path}`);
  if (t.kind === 'code' || t.kind === 'unused') {
    if (check.statistic === 'negativeAgreement') {
      if (code.pairs.length !== 1) throw new Error('negative agreement is defined here for two coders');
      const { neither, onlyFirst, onlySecond } = code.pairs[0]!.counts;
      return 2 * neither + onlyFirst + onlySecond === 0 ? null : (2 * neither) / (2 * neither + onlyFirst + onlySecond);
    }
    return figure(code as unknown as Record<string, unknown>, check.statistic);
  }
  if (t.kind === 'document') {
    const doc = code.documents.find((d) => d.document === names.document(t.document));
    if (!doc) throw new Error(`the report has no document ${t.document} for ${path}`);
    return figure(doc as unknown as Record<string, unknown>, check.statistic);
  }
  const wanted = t.coders.map(names.coder);
  const pair = code.pairs.find((p) => p.coders.map(String).sort().join() === [...wanted].sort().join());
  if (!pair) throw new Error(`the report has no pair ${wanted.join(' & ')} for ${path}`);
  return figure(pair as unknown as Record<string, unknown>, check.statistic);
}
