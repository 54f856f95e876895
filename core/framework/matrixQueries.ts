import { randomUUID } from 'node:crypto';
import type { ProjectFile } from '../../db/projectFile';
import { statement } from '../../db/statements';
import { getAttribute } from '../attributes/attributeQueries';
import { getCode } from '../codebook/codeQueries';
import { AppError } from '../model/errors';
import type { MatrixRowKind, MatrixSummary } from '../model/frameworkTypes';

interface MatrixRow {
  id: number;
  name: string;
  row_kind: MatrixRowKind;
  code_ids: string;
  row_ids: string | null;
  group_by: string;
  created_at: string;
}

const toSummary = (r: MatrixRow): MatrixSummary => ({
  id: r.id,
  name: r.name,
  rowKind: r.row_kind,
  codeIds: JSON.parse(r.code_ids) as number[],
  rowIds: r.row_ids === null ? null : (JSON.parse(r.row_ids) as number[]),
  groupBy: JSON.parse(r.group_by) as number[],
  createdAt: r.created_at,
});

export function listMatrices(file: ProjectFile): MatrixSummary[] {
  return (statement(file.sqlite, 'SELECT * FROM matrices ORDER BY name COLLATE NOCASE').all() as MatrixRow[]).map(toSummary);
}

export function getMatrix(file: ProjectFile, matrixId: number): MatrixSummary {
  const row = statement(file.sqlite, 'SELECT * FROM matrices WHERE id = ?').get(matrixId) as MatrixRow | undefined;
  if (!row) throw new AppError('not-found', `There is no matrix with id ${matrixId}.`);
  return toSummary(row);
}

export interface MatrixLayout {
  name: string;
  rowKind: MatrixRowKind;
  codeIds: number[];
  rowIds?: number[] | null | undefined;
  groupBy?: number[] | undefined;
}

function checkLayout(file: ProjectFile, layout: MatrixLayout): void {
  for (const id of layout.codeIds) getCode(file, id);
  for (const id of layout.groupBy ?? []) {
    const attribute = getAttribute(file, id);
    if (attribute.scope !== layout.rowKind) {
      throw new AppError('invalid-args', `Rows are ${layout.rowKind}s, so they cannot be grouped by the ${attribute.scope} attribute "${attribute.name}".`);
    }
  }
  const table = layout.rowKind === 'participant' ? 'participants' : 'documents';
  for (const id of layout.rowIds ?? []) {
    if (!statement(file.sqlite, `SELECT 1 FROM ${table} WHERE id = ?`).get(id)) throw new AppError('not-found', `There is no ${layout.rowKind} with id ${id}.`);
  }
}

export function createMatrix(file: ProjectFile, layout: MatrixLayout): MatrixSummary {
  checkLayout(file, layout);
  const row = statement(
    file.sqlite,
    'INSERT INTO matrices (guid, name, row_kind, code_ids, row_ids, group_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id',
  ).get(
    randomUUID(),
    layout.name.trim(),
    layout.rowKind,
    JSON.stringify(layout.codeIds),
    layout.rowIds ? JSON.stringify(layout.rowIds) : null,
    JSON.stringify(layout.groupBy ?? []),
    new Date().toISOString(),
  ) as { id: number };
  return getMatrix(file, row.id);
}

export function updateMatrix(file: ProjectFile, matrixId: number, change: Partial<MatrixLayout>): MatrixSummary {
  const current = getMatrix(file, matrixId);
  const next: MatrixLayout = {
    name: change.name ?? current.name,
    rowKind: change.rowKind ?? current.rowKind,
    codeIds: change.codeIds ?? current.codeIds,
    rowIds: change.rowIds === undefined ? current.rowIds : change.rowIds,
    groupBy: change.groupBy ?? (change.rowKind && change.rowKind !== current.rowKind ? [] : current.groupBy),
  };
  checkLayout(file, next);
  statement(file.sqlite, 'UPDATE matrices SET name = ?, row_kind = ?, code_ids = ?, row_ids = ?, group_by = ? WHERE id = ?').run(
    next.name.trim(),
    next.rowKind,
    JSON.stringify(next.codeIds),
    next.rowIds ? JSON.stringify(next.rowIds) : null,
    JSON.stringify(next.groupBy ?? []),
    matrixId,
  );
  // Summaries written for rows of the other kind mean nothing any more.
  if (next.rowKind !== current.rowKind) statement(file.sqlite, 'DELETE FROM matrix_cells WHERE matrix_id = ?').run(matrixId);
  return getMatrix(file, matrixId);
}

export function deleteMatrix(file: ProjectFile, matrixId: number): void {
  getMatrix(file, matrixId);
  statement(file.sqlite, 'DELETE FROM matrices WHERE id = ?').run(matrixId);
}
