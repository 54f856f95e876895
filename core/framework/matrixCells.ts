import type { ProjectFile } from '../../db/projectFile';
import { statement } from '../../db/statements';
import { descendantsAndSelf } from '../codebook/codeQueries';
import { codedSegments } from '../coding/codedSegments';
import { AppError } from '../model/errors';
import type { CodedSegment } from '../model/codingTypes';
import type { CellStatus } from '../model/frameworkTypes';
import { getMatrix } from './matrixQueries';

/**
 * The coded passages behind one cell, in document order: the theme's codings (with its
 * sub-codes) in the row's document, or spoken by the row's participant. Only that cell is
 * worked out, not the whole matrix, so moving from cell to cell stays quick.
 */
export function cellPassages(file: ProjectFile, matrixId: number, rowId: number, codeId: number): CodedSegment[] {
  const matrix = getMatrix(file, matrixId);
  if (!matrix.codeIds.includes(codeId)) throw new AppError('invalid-args', 'That theme is not a column of this matrix.');
  const codeIds = descendantsAndSelf(file, codeId);
  if (matrix.rowKind === 'document') return codedSegments(file, { codeIds, documentIds: [rowId] });
  const documentIds = (
    statement(
      file.sqlite,
      'SELECT document_id AS id FROM document_speakers WHERE participant_id = ? UNION SELECT document_id FROM document_participants WHERE participant_id = ?',
    ).all(rowId, rowId) as { id: number }[]
  ).map((r) => r.id);
  if (documentIds.length === 0) return [];
  return codedSegments(file, { codeIds, documentIds }).filter((s) => s.participant?.id === rowId);
}

/** Write a cell's summary or status; a summary written makes an empty cell "drafted". */
export function setCell(file: ProjectFile, input: { matrixId: number; rowId: number; codeId: number; summary?: string | undefined; status?: CellStatus | undefined }): void {
  const matrix = getMatrix(file, input.matrixId);
  if (!matrix.codeIds.includes(input.codeId)) throw new AppError('invalid-args', 'That theme is not a column of this matrix.');
  const table = matrix.rowKind === 'participant' ? 'participants' : 'documents';
  if (!statement(file.sqlite, `SELECT 1 FROM ${table} WHERE id = ?`).get(input.rowId)) throw new AppError('not-found', `There is no ${matrix.rowKind} with id ${input.rowId}.`);
  const current = statement(file.sqlite, 'SELECT summary, status FROM matrix_cells WHERE matrix_id = ? AND row_id = ? AND code_id = ?').get(
    input.matrixId,
    input.rowId,
    input.codeId,
  ) as { summary: string; status: CellStatus } | undefined;
  const summary = input.summary ?? current?.summary ?? '';
  const status = input.status ?? (current?.status === 'reviewed' ? 'reviewed' : summary.trim() ? 'drafted' : 'empty');
  statement(
    file.sqlite,
    `INSERT INTO matrix_cells (matrix_id, row_id, code_id, summary, status, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (matrix_id, row_id, code_id) DO UPDATE SET summary = excluded.summary, status = excluded.status, updated_at = excluded.updated_at`,
  ).run(input.matrixId, input.rowId, input.codeId, summary, status, new Date().toISOString());
}
