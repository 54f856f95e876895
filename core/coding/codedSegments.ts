import type { ProjectFile } from '../../db/projectFile';
import { statement } from '../../db/statements';
import { descendantsAndSelf, listCodes } from '../codebook/codeQueries';
import type { CodedSegment } from '../model/codingTypes';
import type { RealistRole } from '../model/types';
import { speakerLookup } from './codingParticipants';

export interface SegmentFilter {
  codeId?: number;
  /** Several codes at once (instead of codeId). */
  codeIds?: number[];
  includeChildren?: boolean;
  coderIds?: number[];
  documentIds?: number[];
  /** Only these codings (a framework cell's evidence, say). */
  codingIds?: number[];
  /** Only passages tagged with this realist role. */
  realistRole?: RealistRole;
}

const CONTEXT = 80;

/**
 * Every coded passage that matches the filter, in document order, with the document, the
 * participant speaking, the coder, the passage and some context: the retrieval researchers
 * read, export and build framework cells from.
 */
export function codedSegments(file: ProjectFile, filter: SegmentFilter): CodedSegment[] {
  const codeIds = filter.codeIds ?? (filter.codeId === undefined ? null : filter.includeChildren ? descendantsAndSelf(file, filter.codeId) : [filter.codeId]);
  const conditions: string[] = [];
  const args: string[] = [];
  for (const [column, values] of [
    ['c.code_id', codeIds],
    ['c.coder_id', filter.coderIds ?? null],
    ['c.document_id', filter.documentIds ?? null],
    ['c.id', filter.codingIds ?? null],
    ['c.realist_role', filter.realistRole ? [filter.realistRole] : null],
  ] as const) {
    if (values) {
      conditions.push(`${column} IN (SELECT value FROM json_each(?))`);
      args.push(JSON.stringify(values));
    }
  }
  const rows = file.sqlite
    .prepare(
      `SELECT c.id, c.document_id AS documentId, d.title, c.coder_id AS coderId, k.initials, c.code_id AS codeId, c.start, c.end, c.realist_role AS realistRole,
              (SELECT m.body FROM memos m WHERE m.target_kind = 'coding' AND m.target_id = c.id ORDER BY m.id LIMIT 1) AS memo
       FROM codings c JOIN documents d ON d.id = c.document_id JOIN coders k ON k.id = c.coder_id
       ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY d.title COLLATE NOCASE, c.start, c.end, c.id`,
    )
    .all(...args) as {
    id: number;
    documentId: number;
    title: string;
    coderId: number;
    initials: string;
    codeId: number;
    start: number;
    end: number;
    realistRole: RealistRole | null;
    memo: string | null;
  }[];
  const paths = new Map(listCodes(file).map((c) => [c.id, c.path]));
  const speakerAt = speakerLookup(file);
  const texts = new Map<number, string>();
  const textOf = (documentId: number) => {
    let text = texts.get(documentId);
    if (text === undefined) {
      text = (statement(file.sqlite, 'SELECT text FROM documents WHERE id = ?').get(documentId) as { text: string }).text;
      texts.set(documentId, text);
    }
    return text;
  };
  return rows.map((r) => {
    const text = textOf(r.documentId);
    const who = speakerAt(r.documentId, r.start);
    return {
      codingId: r.id,
      documentId: r.documentId,
      documentTitle: r.title,
      participant: who.participant,
      speaker: who.speaker,
      coderId: r.coderId,
      coderInitials: r.initials,
      codeId: r.codeId,
      codePath: paths.get(r.codeId) ?? '',
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      before: text.slice(Math.max(0, r.start - CONTEXT), r.start),
      after: text.slice(r.end, r.end + CONTEXT),
      memo: r.memo,
      realistRole: r.realistRole,
    };
  });
}
