import { createHash } from 'node:crypto';
import { readDocument } from '../import';
import { AppError, type ErrorCode } from '../model/errors';
import type { SpeakerMode } from '../model/importTypes';
import type { ImportSource } from '../model/types';
import { loadImportSource } from './importSource';
import { packTurns } from './turnCodec';
import { countWords } from './wordCount';
import { needsSegmenting } from '../model/searchText';

/**
 * Everything an import needs from one file that does not touch the project: read, hash,
 * understand, count. It runs in a worker thread when one is available (parseWorker.ts), so
 * the thread that writes to the database only writes.
 */
export interface ParseJob {
  name: string;
  source: ImportSource;
  speakers: SpeakerMode;
}

export type ParsedFile =
  | {
      ok: true;
      hash: string;
      /**
       * The stored text as UTF-8 bytes: it crosses from the worker without a copy and goes into
       * SQLite as is (CAST(? AS TEXT)), so the writing thread never builds a 28 MB string.
       */
      text: Uint8Array;
      /** Length of the text in UTF-16 code units (what offsets count). */
      textLength: number;
      /** The text has Chinese, Japanese or Thai runs the search index must space out. */
      needsSegmenting: boolean;
      format: string;
      wordCount: number;
      turnsJson: string;
      timeMarksJson: string;
      turnConvention: string;
      /** Turns per speaker label, in order of first appearance. */
      speakerCounts: [string, number][];
      /** The original bytes, only when they differ from the UTF-8 of the stored text. */
      original: Uint8Array | null;
      warnings: string[];
    }
  | { ok: false; code: ErrorCode; message: string };

export async function parseFile(job: ParseJob): Promise<ParsedFile> {
  try {
    const bytes = loadImportSource({ name: job.name, source: job.source });
    const hash = createHash('sha256').update(bytes).digest('hex');
    const parsed = await readDocument(job.name, bytes, { turns: job.speakers });
    const counts = new Map<string, number>();
    for (const t of parsed.turns) counts.set(t.speaker, (counts.get(t.speaker) ?? 0) + 1);
    const utf8 = Buffer.from(parsed.text, 'utf8');
    const sameAsText = utf8.equals(bytes);
    return {
      ok: true,
      hash,
      // A fresh ArrayBuffer (not Node's shared pool), so it can be transferred.
      text: new Uint8Array(utf8),
      textLength: parsed.text.length,
      needsSegmenting: needsSegmenting(parsed.text),
      format: parsed.format,
      wordCount: countWords(parsed.text),
      turnsJson: packTurns(parsed.turns),
      timeMarksJson: JSON.stringify(parsed.timeMarks),
      turnConvention: parsed.turnPreview.convention,
      speakerCounts: [...counts],
      original: sameAsText ? null : bytes,
      warnings: parsed.warnings,
    };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, code: e.code, message: e.message };
    return { ok: false, code: 'internal', message: `unexpected error: ${e instanceof Error ? e.message : String(e)}` };
  }
}
