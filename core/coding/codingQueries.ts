import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { ProjectFile } from '../../db/projectFile';
import { codings } from '../../db/schema';
import { AppError } from '../model/errors';
import type { Coding, RealistRole } from '../model/types';

const codingColumns = {
  id: codings.id,
  documentId: codings.documentId,
  codeId: codings.codeId,
  coderId: codings.coderId,
  start: codings.start,
  end: codings.end,
  createdAt: codings.createdAt,
  realistRole: codings.realistRole,
};

export function listCodingsForDocument(file: ProjectFile, documentId: number): Coding[] {
  return file.db
    .select(codingColumns)
    .from(codings)
    .where(eq(codings.documentId, documentId))
    .orderBy(asc(codings.start), asc(codings.end))
    .all();
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export interface NewCoding {
  documentId: number;
  codeId: number;
  coderId: number;
  start: number;
  end: number;
}

/** Check a range against the document's text: inside it, and not splitting a character in two. */
export function checkRange(text: string, title: string, start: number, end: number): void {
  if (end > text.length) {
    throw new AppError('invalid-args', `The range ${start}-${end} runs past the end of "${title}" (${text.length} characters).`);
  }
  for (const at of [start, end]) {
    if (at > 0 && at < text.length && isLowSurrogate(text.charCodeAt(at))) {
      throw new AppError('invalid-args', `Offset ${at} in "${title}" falls inside a character (an emoji or similar).`);
    }
  }
}

export function createCoding(file: ProjectFile, input: NewCoding): Coding {
  const doc = file.sqlite.prepare('SELECT title, text FROM documents WHERE id = ?').get(input.documentId) as
    | { title: string; text: string }
    | undefined;
  if (!doc) throw new AppError('not-found', `There is no document with id ${input.documentId}.`);
  if (!file.sqlite.prepare('SELECT 1 FROM codes WHERE id = ?').get(input.codeId)) {
    throw new AppError('not-found', `There is no code with id ${input.codeId}.`);
  }
  if (!file.sqlite.prepare('SELECT 1 FROM coders WHERE id = ?').get(input.coderId)) {
    throw new AppError('not-found', `There is no coder with id ${input.coderId}.`);
  }
  checkRange(doc.text, doc.title, input.start, input.end);
  return file.db
    .insert(codings)
    .values({ ...input, guid: randomUUID(), createdAt: new Date().toISOString() })
    .returning(codingColumns)
    .get();
}

export function deleteCoding(file: ProjectFile, codingId: number): Coding {
  const row = file.db.select(codingColumns).from(codings).where(eq(codings.id, codingId)).get();
  if (!row) throw new AppError('not-found', `There is no coding with id ${codingId}.`);
  file.db.delete(codings).where(eq(codings.id, codingId)).run();
  return row;
}

/** Move a coding's boundaries; the same checks as a new coding. */
export function updateCoding(file: ProjectFile, codingId: number, start: number, end: number): Coding {
  const current = file.db.select(codingColumns).from(codings).where(eq(codings.id, codingId)).get();
  if (!current) throw new AppError('not-found', `There is no coding with id ${codingId}.`);
  const doc = file.sqlite.prepare('SELECT title, text FROM documents WHERE id = ?').get(current.documentId) as { title: string; text: string };
  checkRange(doc.text, doc.title, start, end);
  file.sqlite.prepare('UPDATE codings SET start = ?, "end" = ? WHERE id = ?').run(start, end, codingId);
  return { ...current, start, end };
}

/** Tag a passage as context, mechanism or outcome (or clear the tag), to gather realist evidence while coding. */
export function setCodingRealistRole(file: ProjectFile, codingId: number, role: RealistRole | null): Coding {
  const current = file.db.select(codingColumns).from(codings).where(eq(codings.id, codingId)).get();
  if (!current) throw new AppError('not-found', `There is no coding with id ${codingId}.`);
  file.sqlite.prepare('UPDATE codings SET realist_role = ? WHERE id = ?').run(role, codingId);
  return { ...current, realistRole: role };
}
