import { z } from 'zod';
import type { AgreementReport, Assignment, ComparisonScope, Disagreement } from '../model/agreementTypes';
import type { CsvExport } from '../model/codingTypes';
import type { Coding } from '../model/types';
import { method } from './method';
import { id } from './shared';

export const comparisonArgs = {
  /** Two or more coders. */
  coderIds: z.array(id).min(2, 'choose at least two coders to compare'),
  /** Default: every document all chosen coders completed (see ComparisonScope). */
  documentIds: z.array(id).optional(),
  /** Default: every code any chosen coder used in those documents. */
  codeIds: z.array(id).optional(),
  unit: z.enum(['character', 'word', 'sentence', 'paragraph', 'segment', 'document']).optional(),
  bootstrap: z.union([z.literal(false), z.object({ resamples: z.number().int().min(100).max(100_000).optional(), seed: z.number().int().optional() })]).optional(),
  segmentThreshold: z.number().min(0).max(1).optional(),
  unitizing: z.boolean().optional(),
};

const resolution = z.union([
  z.object({ accept: id }),
  z.object({ merge: z.array(id).min(1) }),
  z.object({ range: z.object({ start: z.number().int().min(0), end: z.number().int() }) }),
  z.object({ reject: z.literal(true) }),
]);

export const agreementContract = {
  'assignments.list': method<Assignment[]>()(z.object({})),
  /** Give documents to coders (or take them away). */
  'assignments.set': method<null>()(z.object({ documentIds: z.array(id).min(1), coderIds: z.array(id).min(1), assigned: z.boolean() })),
  /** A coder marks a document complete (or not). */
  'assignments.complete': method<null>()(z.object({ documentId: id, coderId: id, completed: z.boolean() })),
  'agreement.scope': method<ComparisonScope>()(z.object({ coderIds: comparisonArgs.coderIds, documentIds: comparisonArgs.documentIds })),
  'agreement.compare': method<{ report: AgreementReport; scope: ComparisonScope }>()(z.object(comparisonArgs)),
  /** Passages where the coders differ on a code, longest first. */
  'agreement.disagreements': method<Disagreement[]>()(z.object({ coderIds: comparisonArgs.coderIds, codeId: id, documentIds: comparisonArgs.documentIds })),
  /** Settle a disagreement into the consensus coder; the coders' own codings stay as they are. */
  'agreement.resolve': method<Coding[]>()(
    z.object({ documentId: id, codeId: id, start: z.number().int().min(0), end: z.number().int(), resolution, consensusName: z.string().optional() }),
  ),
  /** The report as CSV: one row per code, per code and document, per code and coder pair. */
  'agreement.exportCsv': method<CsvExport>()(z.object(comparisonArgs)),
  /** The report as one self-contained HTML page with the explanations and a methods sentence. */
  'agreement.exportHtml': method<{ fileName: string; html: string }>()(z.object(comparisonArgs)),
};
