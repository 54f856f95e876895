import type { ProjectFile } from '../../db/projectFile';
import { AppError } from '../model/errors';
import type { DocumentSummary, DocumentView } from '../model/types';
import { listCodingsForDocument } from '../coding/codingQueries';

const summaryColumns = `
  d.id, d.title, d.format, d.original_name AS originalName, d.imported_at AS importedAt,
  d.text_length AS length, d.word_count AS words,
  (SELECT COUNT(*) FROM codings c WHERE c.document_id = d.id) AS codingCount`;

export function listDocuments(file: ProjectFile): DocumentSummary[] {
  return file.sqlite.prepare(`SELECT ${summaryColumns} FROM documents d ORDER BY d.title COLLATE NOCASE`).all() as DocumentSummary[];
}

export function getDocument(file: ProjectFile, documentId: number): DocumentView {
  const row = file.sqlite.prepare(`SELECT ${summaryColumns}, d.text FROM documents d WHERE d.id = ?`).get(documentId) as
    | (DocumentSummary & { text: string })
    | undefined;
  if (!row) throw new AppError('not-found', `There is no document with id ${documentId}.`);
  return { ...row, codings: listCodingsForDocument(file, documentId) };
}

/** Find a document the way people name it on the command line: by title, or by id. */
export function findDocument(file: ProjectFile, titleOrId: string): DocumentSummary {
  const all = listDocuments(file);
  const byTitle = all.find((d) => d.title === titleOrId) ?? all.find((d) => d.title.toLowerCase() === titleOrId.toLowerCase());
  if (byTitle) return byTitle;
  if (/^\d+$/.test(titleOrId)) {
    const byId = all.find((d) => d.id === Number(titleOrId));
    if (byId) return byId;
  }
  throw new AppError('not-found', `There is no document called "${titleOrId}" in this project.`);
}
