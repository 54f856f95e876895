import { createHash, randomUUID } from 'node:crypto';
import type { ProjectFile } from '../../db/projectFile';
import { statement } from '../../db/statements';
import type { TranscriptTurn } from '../model/types';
import { packTurns } from './turnCodec';
import { countWords } from './wordCount';

/** A document ready to store: its text and what the import learnt about it. */
export interface NewDocument {
  title: string;
  /** The text, or its UTF-8 bytes (stored as text without building a JS string). */
  text: string | Uint8Array;
  /** Length of the text in UTF-16 code units. */
  textLength: number;
  format: string;
  originalName: string;
  /** sha256 (hex) of the original file's bytes. */
  originalHash: string;
  /** The original bytes, when they differ from the UTF-8 of `text` (null: nothing to keep). */
  original: Uint8Array | null;
  wordCount: number;
  turnsJson: string;
  timeMarksJson: string;
  turnConvention: string;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A NewDocument for text that is its own original (a .txt file, a sample transcript). */
export function documentFromText(input: { title: string; text: string; format: string; originalName: string; originalBytes: Uint8Array; turns?: readonly TranscriptTurn[] }): NewDocument {
  const sameAsText = Buffer.from(input.text, 'utf8').equals(Buffer.from(input.originalBytes));
  return {
    title: input.title,
    text: input.text,
    textLength: input.text.length,
    format: input.format,
    originalName: input.originalName,
    originalHash: sha256(input.originalBytes),
    original: sameAsText ? null : input.originalBytes,
    wordCount: countWords(input.text),
    turnsJson: packTurns(input.turns ?? []),
    timeMarksJson: '[]',
    turnConvention: input.turns?.length ? 'name-colon' : 'none',
  };
}

/** A title not yet used in the project: "Interview 3", then "Interview 3 (2)", ... */
export function uniqueTitle(file: ProjectFile, wanted: string): string {
  const taken = statement(file.sqlite, 'SELECT 1 FROM documents WHERE title = ?');
  const base = wanted.trim() || 'Untitled';
  if (!taken.get(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!taken.get(candidate)) return candidate;
  }
}

export function findDocumentByHash(file: ProjectFile, hash: string): { id: number; title: string } | undefined {
  return statement(file.sqlite, 'SELECT id, title FROM documents WHERE original_hash = ?').get(hash) as
    | { id: number; title: string }
    | undefined;
}

/** Insert one document (caller supplies the transaction). Returns its id and final title. */
export function addDocument(file: ProjectFile, doc: NewDocument): { id: number; title: string } {
  const title = uniqueTitle(file, doc.title);
  const row = statement(file.sqlite, 
      `INSERT INTO documents (guid, title, text, text_length, word_count, format, original_name, original_hash, imported_at, turns, time_marks, turn_convention)
       VALUES (?, ?, CAST(? AS TEXT), ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    )
    .get(
      randomUUID(),
      title,
      typeof doc.text === 'string' ? doc.text : Buffer.from(doc.text.buffer, doc.text.byteOffset, doc.text.byteLength),
      doc.textLength,
      doc.wordCount,
      doc.format,
      doc.originalName,
      doc.originalHash,
      new Date().toISOString(),
      doc.turnsJson,
      doc.timeMarksJson,
      doc.turnConvention,
    ) as { id: number };
  if (doc.original) {
    statement(file.sqlite, 'INSERT INTO document_originals (document_id, bytes) VALUES (?, ?)').run(row.id, Buffer.from(doc.original));
  }
  return { id: row.id, title };
}
