import { z } from 'zod';
import type { CodedSegment, CsvExport } from '../model/codingTypes';
import type { CooccurrenceResult, MatrixCodingResult, MatrixSummary, MatrixView, WordCount } from '../model/frameworkTypes';
import { method } from './method';
import { id } from './shared';

const matrixLayout = {
  name: z.string().trim().min(1, 'a matrix needs a name'),
  rowKind: z.enum(['participant', 'document']),
  /** Columns: these codes, in order. */
  codeIds: z.array(id).min(1, 'a matrix needs at least one theme'),
  rowIds: z.array(id).nullable().optional(),
  groupBy: z.array(id).optional(),
};
const cells = z.enum(['summary', 'passages', 'counts']);

export const frameworkContract = {
  'matrices.list': method<MatrixSummary[]>()(z.object({})),
  'matrices.create': method<MatrixSummary>()(z.object(matrixLayout)),
  'matrices.update': method<MatrixSummary>()(
    z.object({
      matrixId: id,
      name: matrixLayout.name.optional(),
      rowKind: matrixLayout.rowKind.optional(),
      codeIds: matrixLayout.codeIds.optional(),
      rowIds: matrixLayout.rowIds,
      groupBy: matrixLayout.groupBy,
    }),
  ),
  'matrices.delete': method<null>()(z.object({ matrixId: id })),
  'matrices.get': method<MatrixView>()(z.object({ matrixId: id })),
  'matrices.cellPassages': method<CodedSegment[]>()(z.object({ matrixId: id, rowId: id, codeId: id })),
  'matrices.setCell': method<null>()(
    z.object({ matrixId: id, rowId: id, codeId: id, summary: z.string().optional(), status: z.enum(['empty', 'drafted', 'reviewed']).optional() }),
  ),
  'matrices.exportCsv': method<CsvExport>()(z.object({ matrixId: id, cells, excelBom: z.boolean().optional() })),
  /** One sheet with the matrix and a second with every passage behind it (base64 .xlsx bytes). */
  'matrices.exportXlsx': method<{ fileName: string; base64: string }>()(z.object({ matrixId: id, cells })),

  'queries.cooccurrence': method<CooccurrenceResult>()(
    z.object({ codeIds: z.array(id).min(1), mode: z.enum(['overlap', 'turn']).optional(), documentIds: z.array(id).optional(), coderIds: z.array(id).optional() }),
  ),
  'queries.cooccurrencePassages': method<CodedSegment[]>()(
    z.object({ codeA: id, codeB: id, mode: z.enum(['overlap', 'turn']).optional(), documentIds: z.array(id).optional(), coderIds: z.array(id).optional() }),
  ),
  'queries.matrixCoding': method<MatrixCodingResult>()(
    z.object({ codeIds: z.array(id).min(1), attributeId: id, measure: z.enum(['passages', 'participants', 'characters']).optional(), coderIds: z.array(id).optional() }),
  ),
  'queries.matrixCodingPassages': method<CodedSegment[]>()(z.object({ codeId: id, attributeId: id, value: z.string(), coderIds: z.array(id).optional() })),
  'queries.wordFrequency': method<WordCount[]>()(
    z.object({ codeId: id.optional(), documentIds: z.array(id).optional(), language: z.string().optional(), limit: z.number().int().min(1).max(1000).optional() }),
  ),
  'queries.exportCsv': method<CsvExport>()(
    z.object({
      query: z.enum(['cooccurrence', 'matrixCoding', 'wordFrequency', 'codingByCoder']),
      codeIds: z.array(id).optional(),
      mode: z.enum(['overlap', 'turn']).optional(),
      attributeId: id.optional(),
      measure: z.enum(['passages', 'participants', 'characters']).optional(),
      codeId: id.optional(),
      language: z.string().optional(),
      coderIds: z.array(id).optional(),
      documentIds: z.array(id).optional(),
    }),
  ),
};
