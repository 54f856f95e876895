import path from 'node:path';
import { beginAction, discardIfEmpty, withinAction } from '../history/history';
import { AppError } from '../model/errors';
import type { ImportOptionsArg, SpeakerMode } from '../model/importTypes';
import type { ImportFileResult, ImportSource } from '../model/types';
import { recordDocumentSpeakers, speakerDecisions } from '../participants/speakerQueries';
import { withDeferredIndexing } from '../search/searchIndex';
import type { Session } from '../session';
import { addDocument, findDocumentByHash } from './addDocument';
import { expandSources, type ImportFile } from './importSource';
import type { ParsedFile } from './parseFile';
import { inProcessPool } from './parsePool';

export interface ImportOptions extends ImportOptionsArg {
  operationId?: string;
}

export function speakerModeFor(file: ImportFile, options: ImportOptionsArg): SpeakerMode {
  return options.speakersByFile?.[file.name] ?? options.speakers ?? 'auto';
}

/** A document's title from its file name: "interviews/P01 Margaret.docx" -> "P01 Margaret". */
export function titleFromFileName(name: string): string {
  return path.basename(name.replace(/\\/g, '/'), path.extname(name));
}

type Parsed = Extract<ParsedFile, { ok: true }>;

/**
 * Files are written in batches: each batch is one transaction, each file in it a savepoint of
 * its own, so a file that fails leaves nothing behind while the others land. Batching keeps the
 * full-text index fast (it writes its work out per transaction and per savepoint, not per file).
 */
const BATCH_FILES = 128;
const BATCH_CHARS = 8 * 1024 * 1024;
/** Below this many files, parsing on a second thread costs more (starting it) than it saves. */
const WORKER_FROM_FILES = 16;
/**
 * Files being parsed ahead (on the worker thread) while earlier ones are written: more than a
 * batch, so the worker keeps going while a batch is written.
 */
const LOOKAHEAD = 192;
/** With this many parsed files in hand, write them rather than wait idle for the next one. */
const IDLE_BATCH_FILES = 32;

/**
 * Import files (folders opened up). A file that fails is reported with its reason; the others
 * still land. The whole import is one undoable action. Cancelling stops before the next file;
 * what was imported stays.
 */
export async function importDocuments(session: Session, sources: ImportSource[], options: ImportOptions = {}): Promise<ImportFileResult[]> {
  const project = session.project;
  const files = expandSources(sources);
  const results: (ImportFileResult | undefined)[] = new Array(files.length);
  const { operationId } = options;
  const pool = files.length >= WORKER_FROM_FILES ? session.parsePool : inProcessPool;

  let lastProgress = 0;
  let done = 0;
  const progress = (label: string, force = false) => {
    const now = Date.now();
    // Enough to move a progress bar smoothly, not one message per file of a 500-file folder.
    if (operationId && (force || now - lastProgress > 40)) {
      lastProgress = now;
      session.emit('operation.progress', { operationId, done, total: files.length, label });
    }
  };

  const decisions = speakerDecisions(project);
  const seenHashes = new Map<string, string>();
  const write = (batch: { index: number; file: ImportFile; parsed: Parsed }[], actionId: number) =>
    withinAction(project, actionId, () =>
      withDeferredIndexing(project, () => {
        const documentIds: number[] = [];
        const segmentedIds: number[] = [];
        for (const { index, file, parsed } of batch) {
          try {
            const added = project.sqlite.transaction(() => {
              const doc = addDocument(project, { ...parsed, title: titleFromFileName(file.name), originalName: file.name, originalHash: parsed.hash });
              recordDocumentSpeakers(project, doc.id, parsed.speakerCounts, decisions);
              return doc;
            })();
            (parsed.needsSegmenting ? segmentedIds : documentIds).push(added.id);
            results[index] = { file: file.name, status: 'imported', documentId: added.id, title: added.title };
          } catch (e) {
            results[index] = { file: file.name, status: 'failed', reason: e instanceof AppError ? e.message : String(e) };
          }
        }
        return { result: null, documentIds, segmentedIds };
      }),
    );

  const actionId = beginAction(project, files.length === 1 ? `Import ${files[0]!.name}` : `Import ${files.length} files`);
  session.operations.start(operationId);
  progress(files[0]?.name ?? '', true);
  const pending: Promise<ParsedFile>[] = [];
  const arrived = new Set<number>();
  const request = (i: number) => {
    const file = files[i];
    if (!file) return;
    pending[i] = pool.parse({ name: file.name, source: file.source, speakers: speakerModeFor(file, options) });
    void pending[i].then(() => arrived.add(i));
  };
  // Each batch's commit would otherwise copy the write-ahead log into the file (a checkpoint),
  // copying pages the next batch changes again; one checkpoint at the end copies each once.
  const autoCheckpoint = project.sqlite.pragma('wal_autocheckpoint', { simple: true }) as number;
  project.sqlite.pragma('wal_autocheckpoint = 0');
  try {
    for (let i = 0; i < Math.min(LOOKAHEAD, files.length); i++) request(i);
    let batch: { index: number; file: ImportFile; parsed: Parsed }[] = [];
    let batchChars = 0;
    for (const [i, file] of files.entries()) {
      if (session.operations.isCancelled(operationId)) break;
      if (!arrived.has(i) && batch.length >= IDLE_BATCH_FILES) {
        write(batch, actionId);
        batch = [];
        batchChars = 0;
      }
      const parsed = await pending[i]!;
      request(i + LOOKAHEAD);
      done++;
      progress(file.name);
      if (!parsed.ok) {
        results[i] = { file: file.name, status: 'failed', reason: parsed.message };
        continue;
      }
      const existing = options.duplicates === 'import' ? undefined : findDocumentByHash(project, parsed.hash);
      const twin = options.duplicates === 'import' ? undefined : seenHashes.get(parsed.hash);
      if (existing) {
        results[i] = { file: file.name, status: 'skipped', documentId: existing.id, title: existing.title, reason: `already imported as "${existing.title}"` };
        continue;
      }
      if (twin) {
        results[i] = { file: file.name, status: 'skipped', reason: `the same file as ${twin} in this import` };
        continue;
      }
      seenHashes.set(parsed.hash, file.name);
      batch.push({ index: i, file, parsed });
      batchChars += parsed.textLength;
      if (batch.length >= BATCH_FILES || batchChars >= BATCH_CHARS) {
        write(batch, actionId);
        batch = [];
        batchChars = 0;
      }
    }
    if (batch.length > 0) write(batch, actionId);
  } finally {
    session.operations.finish(operationId);
    discardIfEmpty(project, actionId);
    project.sqlite.pragma(`wal_autocheckpoint = ${autoCheckpoint}`);
    project.sqlite.pragma('wal_checkpoint(PASSIVE)');
  }
  const final = files.map(
    (file, i): ImportFileResult => results[i] ?? { file: file.name, status: 'cancelled', reason: 'the import was cancelled before this file' },
  );
  progress('done', true);
  if (final.some((r) => r.status === 'imported')) {
    session.emit('documents.changed', {});
    session.emit('participants.changed', {});
  }
  return final;
}
