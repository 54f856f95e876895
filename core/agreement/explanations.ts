/**
 * Plain-language explanations for every number in an agreement report, written for researchers
 * who are not statisticians (agreement-methods.md §9). Pure functions: numbers in, sentences
 * out, each with the counts and the formula behind the number.
 */
import { formatCount, listNames } from '../model/wording';
import type { AgreementUnit, BootstrapResult, PairCounts, TrafficLight } from './types';

/** 0.9412 → "94.1%"; very small non-zero shares keep two decimals ("0.04%"). */
export function formatPercent(share: number): string {
  const p = share * 100;
  const digits = p !== 0 && Math.abs(p) < 0.1 ? 2 : 1;
  return `${p.toFixed(digits)}%`;
}

/** Coefficients to 2 decimals (3 when close to the .667/.800 thresholds). */
export function formatCoefficient(x: number): string {
  const near = Math.abs(x - 0.667) < 0.005 || Math.abs(x - 0.8) < 0.005;
  return x.toFixed(near ? 3 : 2);
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? formatCount(n);
}
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface UnitWords {
  plural: string;
  whole: string;
  level: string;
}

export function unitWords(unit: AgreementUnit): UnitWords {
  switch (unit) {
    case 'character':
      return { plural: 'characters', whole: 'the text', level: 'character level' };
    case 'word':
      return { plural: 'words', whole: 'the words', level: 'word level' };
    case 'sentence':
      return { plural: 'sentences', whole: 'the sentences', level: 'sentence level' };
    case 'paragraph':
      return { plural: 'paragraphs', whole: 'the paragraphs', level: 'paragraph level' };
    case 'segment':
      return { plural: 'segments', whole: 'the segments', level: 'segment level' };
    case 'document':
      return { plural: 'documents', whole: 'the documents', level: 'document level (code present or not)' };
  }
}

export const GOOD = 0.8;
export const TENTATIVE = 0.667;

export function trafficLight(alpha: number | null): TrafficLight {
  if (alpha === null) return 'not applicable';
  if (alpha >= GOOD) return 'good';
  if (alpha >= TENTATIVE) return 'tentative';
  return 'poor';
}

export function explainTrafficLight(code: string, alpha: number | null): string {
  switch (trafficLight(alpha)) {
    case 'good':
      return `Good: α for ${code} is at least 0.800, the level Krippendorff recommends before drawing conclusions.`;
    case 'tentative':
      return `Tentative: α for ${code} is between 0.667 and 0.800, acceptable only for tentative conclusions.`;
    case 'poor':
      return `Poor: α for ${code} is below 0.667; the code is not applied reliably enough to draw conclusions from it.`;
    default:
      return `Not applicable: there is no α for ${code} (see the note).`;
  }
}

export interface AgreementContext {
  code: string;
  coders: readonly string[];
  documents: number;
  unit: AgreementUnit;
  /** Pairable units (units with at least two coders' values). */
  units: number;
}

function scope(ctx: AgreementContext): string {
  const docs = `${numberWord(ctx.documents)} document${ctx.documents === 1 ? '' : 's'}`;
  const where = ctx.documents === 1 ? 'In the one document' : `Across the ${docs}`;
  return `${where} (${formatCount(ctx.units)} ${unitWords(ctx.unit).plural})`;
}

export function explainPercentAgreement(ctx: AgreementContext, value: number | null, pair: PairCounts | null): string {
  const w = unitWords(ctx.unit);
  if (value === null) return `Percent agreement for ${ctx.code} is not available: no ${w.plural} were coded by at least two coders.`;
  if (ctx.coders.length === 2 && pair) {
    return (
      `${scope(ctx)}, ${ctx.coders[0]} and ${ctx.coders[1]} made the same decision about ${ctx.code} — both applied it ` +
      `or both left it out — for ${formatPercent(value)} of ${w.whole}. ` +
      `(Percent agreement = (both + neither) / all = (${formatCount(pair.both)} + ${formatCount(pair.neither)}) / ` +
      `${formatCount(pair.both + pair.onlyFirst + pair.onlySecond + pair.neither)}.)`
    );
  }
  return (
    `${scope(ctx)}, any two of the ${numberWord(ctx.coders.length)} coders (${listNames(ctx.coders)}) made the same decision ` +
    `about ${ctx.code} — both applied it or both left it out — for ${formatPercent(value)} of ${w.whole}, on average. ` +
    `(Percent agreement = mean over ${w.plural} of agreeing coder pairs / all coder pairs.)`
  );
}

export const WHY_NOT_PERCENT =
  'Most of the text is not about any one code, so two people who rarely used the code would agree on most of the text anyway. ' +
  "Krippendorff's α takes this into account: 1 means perfect agreement, 0 means no better than chance " +
  '(negative means systematic disagreement).';

export function explainAlpha(
  ctx: AgreementContext,
  alpha: number | null,
  observedDisagreement: number | null,
  expectedDisagreement: number | null,
  pairableValues: number,
): string {
  if (alpha === null) {
    return `There is no α for ${ctx.code}: ${
      pairableValues === 0
        ? 'no unit was coded by two or more coders who completed the same document'
        : 'every coder made the same decision everywhere, so there is no variation to measure agreement on (D_e = 0)'
    }. This is "not applicable", not perfect agreement.`;
  }
  const formula =
    observedDisagreement !== null && expectedDisagreement !== null
      ? ` (Krippendorff's α for binary data at ${unitWords(ctx.unit).level}: α = 1 − D_o / D_e = 1 − ` +
        `${observedDisagreement.toPrecision(3)} / ${expectedDisagreement.toPrecision(3)}, from ${formatCount(pairableValues)} pairable values)`
      : '';
  return (
    `For ${ctx.code}, α = ${formatCoefficient(alpha)}${formula}. ${WHY_NOT_PERCENT} Krippendorff recommends α ≥ 0.80 ` +
    'before drawing conclusions and treats 0.67–0.80 as acceptable only for tentative conclusions.'
  );
}

/** `pair` for two coders; for more, the counts summed over all coder pairs. */
export function explainPositiveAgreement(ctx: AgreementContext, value: number | null, pair: PairCounts): string {
  const w = unitWords(ctx.unit);
  if (value === null) return `Positive agreement for ${ctx.code} is not applicable: no coder applied the code.`;
  const formula =
    `positive agreement = 2 × both / (2 × both + only one) = 2 × ${formatCount(pair.both)} / ` +
    `(2 × ${formatCount(pair.both)} + ${formatCount(pair.onlyFirst)} + ${formatCount(pair.onlySecond)})`;
  if (ctx.coders.length === 2) {
    return `Of all ${w.whole} at least one coder tagged as ${ctx.code}, ${formatPercent(value)} was tagged by both (${formula}).`;
  }
  return (
    `Of all ${w.whole} one coder of a pair tagged as ${ctx.code}, ${formatPercent(value)} was tagged by the other as well, ` +
    `over all ${numberWord((ctx.coders.length * (ctx.coders.length - 1)) / 2)} coder pairs (${formula}, counts summed over pairs).`
  );
}

/** Each coder's share of the units coded; says who applies the code more broadly when shares differ by a quarter or more. */
export function explainCoverage(ctx: AgreementContext, coverage: readonly number[], totalUnits: readonly number[]): string {
  const w = unitWords(ctx.unit);
  const shares = coverage.map((c, i) => (totalUnits[i]! > 0 ? c / totalUnits[i]! : 0));
  const rest = ctx.coders.slice(1).map((name, i) => `${name} ${formatPercent(shares[i + 1]!)}`);
  let sentence = `${ctx.coders[0]} coded ${formatPercent(shares[0]!)} of ${w.whole} as ${ctx.code}, ${rest.join(', ')}`;
  const max = Math.max(...shares);
  const min = Math.min(...shares);
  if (max === 0) return `No coder applied ${ctx.code}.`;
  if (min === 0 || max / min >= 1.25) {
    const broad = ctx.coders[shares.indexOf(max)]!;
    sentence += `: ${broad} applies the code ${ctx.coders.length === 2 ? 'more' : 'most'} broadly.`;
  } else {
    sentence += ': similar amounts.';
  }
  return sentence;
}

export function explainCI(code: string, alpha: number | null, boot: BootstrapResult | null): string {
  if (!boot) return `No confidence interval was computed for ${code}.`;
  if (!boot.ci95) return `No confidence interval for ${code}: ${boot.note ?? 'not available'}`;
  const [lo, hi] = boot.ci95;
  let s =
    `If we had coded a different set of similar documents, α for ${code} would likely fall between ${formatCoefficient(lo)} ` +
    `and ${formatCoefficient(hi)} (95% interval from resampling the ${formatCount(boot.documents)} documents ` +
    `${formatCount(boot.resamples)} times, seed ${boot.seed}).`;
  if (boot.pBelow667 !== null && boot.pBelow800 !== null) {
    s += ` In ${formatPercent(boot.pBelow667)} of the resamples α was below 0.667 and in ${formatPercent(boot.pBelow800)} below 0.800.`;
  }
  if (alpha !== null && (alpha < lo || alpha > hi)) s += ' The point estimate lies outside the interval, a sign that a few documents dominate.';
  if (boot.note) s += ` ${boot.note}`;
  return s;
}

export function rareCodeWarning(code: string, share: number, threshold: number, unit: AgreementUnit): string | null {
  if (share === 0 || share >= threshold) return null;
  return (
    `${code} covers only ${formatPercent(share)} of ${unitWords(unit).whole}; α is unstable for codes this rare. ` +
    'Look at the disagreeing passages rather than the number.'
  );
}

/** Why a code's α is "not applicable" or pinned at or below 0, or null when it is neither. */
export function explainDegenerate(code: string, coders: readonly string[], coverage: readonly number[]): string | null {
  const users = coders.filter((_c, i) => coverage[i]! > 0);
  if (users.length === 0) {
    return `No coder applied ${code} in these documents, so agreement is not applicable (not 1): there were no decisions about it to compare.`;
  }
  if (users.length === 1) {
    const others = coders.filter((_c, i) => coverage[i] === 0);
    return (
      `Only ${users[0]} applied ${code}; ${listNames(others)} never did. In that case α is at most 0 and Cohen's κ is 0, ` +
      `whatever ${users[0]} coded: agreement on a code needs more than one coder to use it.`
    );
  }
  return null;
}

export function explainCohenKappa(first: string, second: string, kappa: number | null, observed: number, expected: number): string {
  if (kappa === null) return `Cohen's κ for ${first} and ${second} is not applicable (both made the same single decision throughout).`;
  return (
    `Cohen's κ for ${first} and ${second} = ${formatCoefficient(kappa)} (κ = (P_o − P_e) / (1 − P_e) = ` +
    `(${observed.toFixed(3)} − ${expected.toFixed(3)}) / (1 − ${expected.toFixed(3)}), with chance agreement P_e from each ` +
    "coder's own share of coded text, so it forgives a coder who codes more than the other)."
  );
}

export interface MethodsContext {
  coders: number;
  documents: number;
  unit: AgreementUnit;
  bootstrap: { resamples: number; seed: number } | null;
  /** Optional decision rule to report, e.g. 0.667 → "Codes with α < .667 were revised." */
  reviseBelow?: number;
}

/** The suggested methods-section sentence (§9), filled with this comparison's facts. */
export function methodsSentence(ctx: MethodsContext): string {
  const docs = `${numberWord(ctx.documents)} document${ctx.documents === 1 ? '' : 's'}`;
  const level = unitWords(ctx.unit).level;
  let s =
    `${capitalise(numberWord(ctx.coders))} coders independently coded ${docs}. Agreement was computed per code with ` +
    `Krippendorff's α for binary data at the ${level.replace(/ level.*/, '')} level` +
    `${ctx.unit === 'document' ? ' (code present or absent in each document)' : ''}, pooling all documents`;
  if (ctx.bootstrap) {
    s += ` (95% CI: bootstrap over documents, ${formatCount(ctx.bootstrap.resamples)} resamples, seed ${ctx.bootstrap.seed})`;
  }
  s += '.';
  if (ctx.reviseBelow !== undefined) s += ` Codes with α < ${ctx.reviseBelow.toFixed(3).replace(/^0/, '')} were revised.`;
  return s;
}
