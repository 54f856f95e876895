import { z } from 'zod';
import type { CodedSegment, CodingsImportResult, CsvExport } from '../model/codingTypes';
import type { Coding } from '../model/types';
import { method } from './method';
import { id, importSource } from './shared';

const range = { start: z.number().int().min(0), end: z.number().int() };
const endAfterStart = { message: 'a coding must cover at least one character (end > start)' };

const segmentFilter = {
  codeId: id.optional(),
  /** With codeId: the code's descendants too (a framework or group). */
  includeChildren: z.boolean().optional(),
  coderIds: z.array(id).optional(),
  documentIds: z.array(id).optional(),
  /** Only passages tagged context, mechanism or outcome. */
  realistRole: z.enum(['context', 'mechanism', 'outcome']).optional(),
};

export const codingContract = {
  'codings.create': method<Coding>()(
    z.object({ documentId: id, codeId: id, coderId: id, ...range }).refine((a) => a.end > a.start, endAfterStart),
  ),
  /** Move a coding's boundaries (UTF-16 offsets). */
  'codings.update': method<Coding>()(z.object({ codingId: id, ...range }).refine((a) => a.end > a.start, endAfterStart)),
  'codings.delete': method<null>()(z.object({ codingId: id })),
  /** One coding as a coded segment: its document, participant, coder, text and context. */
  'codings.get': method<CodedSegment>()(z.object({ codingId: id })),
  /** Coded segments: every passage coded with a code (or all), with document, participant, coder and context. */
  'codings.segments': method<CodedSegment[]>()(z.object(segmentFilter)),
  /** Coded segments as CSV: document, participant, participant attributes, code, coder, start, end (code points), text, memo. */
  'codings.exportCsv': method<CsvExport>()(z.object(segmentFilter)),
  /**
   * Codings from CSV (document,coder,code,start,end[,memo]; offsets in code points; codes made
   * from their paths when missing). Any error, reported by line, and nothing is imported.
   */
  'codings.importCsv': method<CodingsImportResult>()(z.object({ file: importSource })),
};
