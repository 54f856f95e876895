/**
 * The passages behind a low number: for one code and a set of coders, every stretch of text
 * where the coders' judgements differ (some applied the code, others who completed the
 * document did not), with who had the code there, longest first (agreement-methods.md §8, §9).
 */
import { AppError } from '../model/errors';
import type { PreparedComparison } from './comparison';
import { mergeIntervals, prepareComparison } from './comparison';
import { patternRuns } from './spanSweep';
import type { AgreementId, AgreementInput } from './types';

export interface DisagreementPassage {
  documentId: AgreementId;
  document: string;
  /** UTF-16 offsets, half-open. */
  start: number;
  end: number;
  length: number;
  /** Coders who applied the code to this passage. */
  codedBy: AgreementId[];
  /** Coders who completed the document but did not apply the code here. */
  notCodedBy: AgreementId[];
}

export function disagreementsInPrepared(
  prep: PreparedComparison,
  codeIndex: number,
  coderIndices: readonly number[],
): DisagreementPassage[] {
  const chosen = new Set(coderIndices);
  const out: DisagreementPassage[] = [];
  const byDoc = prep.codings[codeIndex]!;
  for (const [d, perCoder] of byDoc) {
    const present = prep.present[d]!.filter((r) => chosen.has(r));
    if (present.length < 2) continue;
    const full = (1 << present.length) - 1;
    const runs = patternRuns(present.map((r) => mergeIntervals(perCoder[r]!, true)));
    const doc = prep.documents[d]!;
    for (const run of runs) {
      if (run.mask === full) continue;
      const codedBy: AgreementId[] = [];
      const notCodedBy: AgreementId[] = [];
      present.forEach((r, bit) => ((run.mask >> bit) & 1 ? codedBy : notCodedBy).push(prep.coders[r]!.id));
      out.push({ documentId: doc.id, document: doc.title, start: run.start, end: run.end, length: run.end - run.start, codedBy, notCodedBy });
    }
  }
  const docOrder = new Map(prep.documents.map((doc, i) => [doc.id, i]));
  out.sort((a, b) => b.length - a.length || docOrder.get(a.documentId)! - docOrder.get(b.documentId)! || a.start - b.start);
  return out;
}

/** Disagreeing passages for `codeId` among `coderIds` (default: all compared coders). */
export function findDisagreements(
  input: AgreementInput,
  codeId: AgreementId,
  coderIds?: readonly AgreementId[],
): DisagreementPassage[] {
  const prep = prepareComparison(input);
  const codeIndex = prep.codes.findIndex((c) => c.id === codeId);
  if (codeIndex < 0) throw new AppError('not-found', `Code ${String(codeId)} is not part of this comparison.`);
  const coderIndices = (coderIds ?? prep.coders.map((c) => c.id)).map((id) => {
    const i = prep.coders.findIndex((c) => c.id === id);
    if (i < 0) throw new AppError('not-found', `Coder ${String(id)} is not part of this comparison.`);
    return i;
  });
  return disagreementsInPrepared(prep, codeIndex, coderIndices);
}
