import type { ProjectFile } from '../../db/projectFile';
import { statement } from '../../db/statements';
import { AppError } from '../model/errors';
import type { Assignment } from '../model/agreementTypes';

export function listAssignments(file: ProjectFile): Assignment[] {
  return statement(
    file.sqlite,
    'SELECT document_id AS documentId, coder_id AS coderId, assigned_at AS assignedAt, completed_at AS completedAt FROM assignments ORDER BY document_id, coder_id',
  ).all() as Assignment[];
}

function requireRows(file: ProjectFile, table: 'documents' | 'coders', ids: number[]): void {
  for (const id of ids) {
    if (!statement(file.sqlite, `SELECT 1 FROM ${table} WHERE id = ?`).get(id)) throw new AppError('not-found', `There is no ${table.slice(0, -1)} with id ${id}.`);
  }
}

export function setAssignments(file: ProjectFile, documentIds: number[], coderIds: number[], assigned: boolean): void {
  requireRows(file, 'documents', documentIds);
  requireRows(file, 'coders', coderIds);
  const add = statement(file.sqlite, 'INSERT OR IGNORE INTO assignments (document_id, coder_id, assigned_at) VALUES (?, ?, ?)');
  const remove = statement(file.sqlite, 'DELETE FROM assignments WHERE document_id = ? AND coder_id = ?');
  const now = new Date().toISOString();
  for (const d of documentIds) {
    for (const c of coderIds) {
      if (assigned) add.run(d, c, now);
      else remove.run(d, c);
    }
  }
}

/** Mark a document complete for a coder (assigning it first if it was not). */
export function completeAssignment(file: ProjectFile, documentId: number, coderId: number, completed: boolean): void {
  setAssignments(file, [documentId], [coderId], true);
  statement(file.sqlite, 'UPDATE assignments SET completed_at = ? WHERE document_id = ? AND coder_id = ?').run(
    completed ? new Date().toISOString() : null,
    documentId,
    coderId,
  );
}
