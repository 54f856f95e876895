/**
 * Unitizing coefficients for the report: Krippendorff's 1995/2004 u-alpha per code (and
 * overall), and the 2016 family per group of mutually exclusive codes. Both need every compared
 * coder on the continuum, so only documents all of them completed are used.
 */
import { AppError } from '../model/errors';
import type { PreparedComparison } from './comparison';
import { mergeIntervals } from './comparison';
import type { UnitizingTerms } from './unitizingAlpha1995';
import { unitizingAlphaFromTerms, unitizingTerms } from './unitizingAlpha1995';
import type { LabelledContinuum } from './unitizingAlpha2016';
import { labelledUnits, uAlpha2016 } from './unitizingAlpha2016';
import type { CodeGroup, CodeGroupAgreement, UnitizingResult } from './types';

function completeDocuments(prep: PreparedComparison): number[] {
  const out: number[] = [];
  prep.present.forEach((p, d) => {
    if (p.length === prep.coders.length) out.push(d);
  });
  return out;
}

/** A coder's units of a code in a document: overlaps merged, adjacent codings kept as separate units. */
function unitsOf(prep: PreparedComparison, code: number, d: number, coder: number): number[] {
  const raw = prep.codings[code]!.get(d);
  return raw ? mergeIntervals(raw[coder]!, false) : [];
}

export function unitizingForCode(prep: PreparedComparison, code: number): { terms: UnitizingTerms | null; result: UnitizingResult | null } {
  const docs = completeDocuments(prep);
  const continua = docs.map((d) => ({
    length: prep.documents[d]!.length,
    coders: prep.coders.map((_c, r) => unitsOf(prep, code, d, r)),
  }));
  const terms = unitizingTerms(continua);
  return { terms, result: unitizingAlphaFromTerms([terms]) };
}

export function overallUnitizing(terms: readonly (UnitizingTerms | null)[]): UnitizingResult | null {
  return unitizingAlphaFromTerms(terms);
}

export function codeGroupAgreement(prep: PreparedComparison, group: CodeGroup): CodeGroupAgreement {
  const codeIndices = group.codeIds.map((id) => {
    const i = prep.codes.findIndex((c) => c.id === id);
    if (i < 0) throw new AppError('invalid-args', `Code group "${group.name}" names code ${String(id)}, which is not part of the comparison.`);
    return i;
  });
  const docs = completeDocuments(prep);
  const continua: LabelledContinuum[] = docs.map((d) => ({
    length: prep.documents[d]!.length,
    coders: prep.coders.map((_c, r) => labelledUnits(codeIndices.map((k) => unitsOf(prep, k, d, r)))),
  }));
  const result = uAlpha2016(continua, codeIndices.length);
  const notes: string[] = [];
  if (docs.length < prep.documents.length) {
    notes.push(`Only the ${docs.length} document(s) every coder completed are used.`);
  }
  if (result.exclusivityViolations > 0) {
    notes.push(
      `Coders applied two codes of "${group.name}" to the same text ${result.exclusivityViolations} time(s); the 2016 coefficients assume the codes exclude each other, so read them with care.`,
    );
  }
  if (prep.coders.length > 2 && result.cuAlpha !== null) {
    notes.push('cu-α for more than two coders follows lindanna/unitized_alpha; other implementations compute it differently.');
  }
  return { name: group.name, uAlpha: result.uAlpha, binaryUAlpha: result.binaryUAlpha, cuAlpha: result.cuAlpha, note: notes.join(' ') };
}
