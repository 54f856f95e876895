import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { ProjectFile } from '../../db/projectFile';
import { statement } from '../../db/statements';
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
  /** Keep an identity it already has (an imported or merged coding); a new one otherwise. */
  guid?: string;
  createdAt?: string;
}

/**
 * Document texts by guid, per connection. A document's text never changes after import, so
 * bulk coding (imports, merges) need not read a 100 KB text for every coding. Keyed by guid,
 * not id: SQLite may give a deleted document's id to the next one. Only a few are kept.
 */
const textCache = new WeakMap<object, Map<string, { title: string; text: string }>>();

function documentText(file: ProjectFile, documentId: number): { title: string; text: string } | undefined {
  const row = statement(file.sqlite, 'SELECT guid, title FROM documents WHERE id = ?').get(documentId) as { guid: string; title: string } | undefined;
  if (!row) return undefined;
  let cache = textCache.get(file.sqlite);
  if (!cache) textCache.set(file.sqlite, (cache = new Map()));
  const hit = cache.get(row.guid);
  if (hit) return { title: row.title, text: hit.text };
  const text = (statement(file.sqlite, 'SELECT text FROM documents WHERE id = ?').get(documentId) as { text: string }).text;
  if (cache.size >= 8) cache.delete(cache.keys().next().value!);
  cache.set(row.guid, { title: row.title, text });
  return { title: row.title, text };
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
  const doc = documentText(file, input.documentId);
  if (!doc) throw new AppError('not-found', `There is no document with id ${input.documentId}.`);
  if (!statement(file.sqlite, 'SELECT 1 FROM codes WHERE id = ?').get(input.codeId)) {
    throw new AppError('not-found', `There is no code with id ${input.codeId}.`);
  }
  if (!statement(file.sqlite, 'SELECT 1 FROM coders WHERE id = ?').get(input.coderId)) {
    throw new AppError('not-found', `There is no coder with id ${input.coderId}.`);
  }
  checkRange(doc.text, doc.title, input.start, input.end);
  const row = statement(
    file.sqlite,
    'INSERT INTO codings (guid, document_id, code_id, coder_id, start, "end", created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id, created_at AS createdAt',
  ).get(input.guid ?? randomUUID(), input.documentId, input.codeId, input.coderId, input.start, input.end, input.createdAt ?? new Date().toISOString()) as {
    id: number;
    createdAt: string;
  };
  return { id: row.id, documentId: input.documentId, codeId: input.codeId, coderId: input.coderId, start: input.start, end: input.end, createdAt: row.createdAt, realistRole: null };
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
