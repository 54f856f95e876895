import type { ProjectFile } from '../../db/projectFile';
import { statement } from '../../db/statements';

/**
 * The full-text index follows `documents` through triggers (see migration 0002). A bulk import
 * switches the insert trigger off for its batch and indexes the batch with one statement at
 * the end, inside the same transaction: FTS5 writes out its pending work at every savepoint,
 * so a row-by-row index inside per-file savepoints would cost several times more.
 */
export interface IndexBatch<T> {
  result: T;
  /** Documents whose text the index can read as it is. */
  documentIds: number[];
  /** Documents with Chinese, Japanese or Thai text, to be spaced out first (coherence_search_text). */
  segmentedIds?: number[];
}

export function withDeferredIndexing<T>(file: ProjectFile, work: () => IndexBatch<T>): T {
  statement(file.sqlite, 'UPDATE documents_fts_control SET deferred = 1 WHERE id = 1').run();
  try {
    const { result, documentIds, segmentedIds = [] } = work();
    if (documentIds.length > 0) {
      statement(file.sqlite, 'INSERT INTO documents_fts (rowid, title, body) SELECT id, title, text FROM documents WHERE id IN (SELECT value FROM json_each(?))')
        .run(JSON.stringify(documentIds));
    }
    if (segmentedIds.length > 0) {
      statement(file.sqlite, 
          'INSERT INTO documents_fts (rowid, title, body) SELECT id, title, coherence_search_text(text) FROM documents WHERE id IN (SELECT value FROM json_each(?))',
        )
        .run(JSON.stringify(segmentedIds));
    }
    return result;
  } finally {
    statement(file.sqlite, 'UPDATE documents_fts_control SET deferred = 0 WHERE id = 1').run();
  }
}
