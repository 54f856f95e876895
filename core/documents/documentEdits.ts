import type { ProjectFile } from '../../db/projectFile';
import { AppError } from '../model/errors';

function requireDocument(file: ProjectFile, documentId: number): { title: string } {
  const row = file.sqlite.prepare('SELECT title FROM documents WHERE id = ?').get(documentId) as { title: string } | undefined;
  if (!row) throw new AppError('not-found', `There is no document with id ${documentId}.`);
  return row;
}

export function renameDocument(file: ProjectFile, documentId: number, title: string): void {
  requireDocument(file, documentId);
  const clash = file.sqlite.prepare('SELECT id FROM documents WHERE title = ? AND id <> ?').get(title.trim(), documentId);
  if (clash) throw new AppError('conflict', `Another document is already called "${title.trim()}".`);
  file.sqlite.prepare('UPDATE documents SET title = ? WHERE id = ?').run(title.trim(), documentId);
}

/** Delete documents; their codings, speakers, attribute values and set memberships go with them. */
export function deleteDocuments(file: ProjectFile, documentIds: number[]): string[] {
  const titles = documentIds.map((id) => requireDocument(file, id).title);
  const del = file.sqlite.prepare('DELETE FROM documents WHERE id = ?');
  for (const id of documentIds) del.run(id);
  return titles;
}

/** The participants linked to a document directly (for documents without speaker labels). */
export function setDocumentParticipants(file: ProjectFile, documentId: number, participantIds: number[]): void {
  requireDocument(file, documentId);
  for (const id of participantIds) {
    if (!file.sqlite.prepare('SELECT 1 FROM participants WHERE id = ?').get(id)) throw new AppError('not-found', `There is no participant with id ${id}.`);
  }
  file.sqlite.prepare('DELETE FROM document_participants WHERE document_id = ?').run(documentId);
  const insert = file.sqlite.prepare('INSERT INTO document_participants (document_id, participant_id) VALUES (?, ?)');
  for (const id of new Set(participantIds)) insert.run(documentId, id);
}
