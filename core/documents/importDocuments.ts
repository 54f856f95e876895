import path from 'node:path';
import { AppError } from '../model/errors';
import type { ImportFileResult, ImportSource } from '../model/types';
import type { Session } from '../session';
import { addDocument, findDocumentByHash, sha256 } from './addDocument';
import { loadImportSource, sourceName } from './importSource';
import { parseDocument } from './parseDocument';

export interface ImportOptions {
  operationId?: string;
  /** What to do with a file whose bytes are already in the project. */
  duplicates?: 'skip' | 'import';
}

/**
 * Import files one by one, each in its own transaction: a file that fails is reported with its
 * reason and leaves nothing behind, and the others still land.
 */
export async function importDocuments(session: Session, sources: ImportSource[], options: ImportOptions = {}): Promise<ImportFileResult[]> {
  const file = session.project;
  const results: ImportFileResult[] = [];
  const progress = (done: number, label: string) => {
    if (options.operationId) session.emit('operation.progress', { operationId: options.operationId, done, total: sources.length, label });
  };
  for (const [i, source] of sources.entries()) {
    const name = sourceName(source);
    progress(i, name);
    try {
      const { bytes } = loadImportSource(source);
      const hash = sha256(bytes);
      const existing = options.duplicates === 'import' ? undefined : findDocumentByHash(file, hash);
      if (existing) {
        results.push({ file: name, status: 'skipped', documentId: existing.id, title: existing.title, reason: `already imported as "${existing.title}"` });
        continue;
      }
      const parsed = await parseDocument(name, bytes);
      const title = path.basename(name, path.extname(name));
      const added = file.sqlite.transaction(() =>
        addDocument(file, { title, text: parsed.text, format: parsed.format, originalName: name, originalBytes: bytes }),
      )();
      results.push({ file: name, status: 'imported', documentId: added.id, title: added.title });
    } catch (e) {
      const reason = e instanceof AppError ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}`;
      results.push({ file: name, status: 'failed', reason });
    }
  }
  progress(sources.length, 'done');
  if (results.some((r) => r.status === 'imported')) session.emit('documents.changed', {});
  return results;
}
