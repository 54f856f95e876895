import { createHash, randomUUID } from 'node:crypto';
import type { ProjectFile } from '../../db/projectFile';
import { documentOriginals, documents } from '../../db/schema';
import { countWords } from './wordCount';

export interface NewDocument {
  title: string;
  text: string;
  format: string;
  originalName: string;
  originalBytes: Uint8Array;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A title not yet used in the project: "Interview 3", then "Interview 3 (2)", ... */
export function uniqueTitle(file: ProjectFile, wanted: string): string {
  const taken = file.sqlite.prepare('SELECT 1 FROM documents WHERE title = ?');
  const base = wanted.trim() || 'Untitled';
  if (!taken.get(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!taken.get(candidate)) return candidate;
  }
}

export function findDocumentByHash(file: ProjectFile, hash: string): { id: number; title: string } | undefined {
  return file.sqlite.prepare('SELECT id, title FROM documents WHERE original_hash = ?').get(hash) as
    | { id: number; title: string }
    | undefined;
}

/** Insert one document (caller supplies the transaction). Returns its id and final title. */
export function addDocument(file: ProjectFile, doc: NewDocument): { id: number; title: string } {
  const title = uniqueTitle(file, doc.title);
  const row = file.db
    .insert(documents)
    .values({
      guid: randomUUID(),
      title,
      text: doc.text,
      textLength: doc.text.length,
      wordCount: countWords(doc.text),
      format: doc.format,
      originalName: doc.originalName,
      originalHash: sha256(doc.originalBytes),
      importedAt: new Date().toISOString(),
    })
    .returning({ id: documents.id })
    .get();
  // Keep the original only when it carries something the stored text does not.
  const sameAsText = Buffer.from(doc.text, 'utf8').equals(Buffer.from(doc.originalBytes));
  if (!sameAsText) file.db.insert(documentOriginals).values({ documentId: row.id, bytes: Buffer.from(doc.originalBytes) }).run();
  return { id: row.id, title };
}
