import type { ProjectFile } from '../../db/projectFile';
import { attributeValuesByOwner } from '../attributes/attributeQueries';
import { listCodingsForDocument } from '../coding/codingQueries';
import { AppError } from '../model/errors';
import type { DocumentSummary, DocumentView } from '../model/types';
import { documentSpeakers } from '../participants/speakerQueries';
import { unpackTurns } from './turnCodec';

type SummaryRow = Pick<DocumentSummary, 'id' | 'title' | 'format' | 'originalName' | 'importedAt' | 'length' | 'words'>;

// These columns are all in the documents_summary index: lists never read the long text.
const summaryColumns = `d.id, d.title, d.format, d.original_name AS originalName, d.imported_at AS importedAt,
  d.text_length AS length, d.word_count AS words`;

function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/** Everything a document list shows about each document, in a handful of queries for the whole project. */
function summarise(file: ProjectFile, rows: SummaryRow[]): DocumentSummary[] {
  const db = file.sqlite;
  const codingCounts = new Map<number, number>();
  const byCoder = new Map<number, Record<number, number>>();
  for (const r of db.prepare('SELECT document_id AS id, coder_id AS coder, COUNT(*) AS n FROM codings GROUP BY document_id, coder_id').all() as { id: number; coder: number; n: number }[]) {
    codingCounts.set(r.id, (codingCounts.get(r.id) ?? 0) + r.n);
    byCoder.set(r.id, { ...byCoder.get(r.id), [r.coder]: r.n });
  }
  const participants = groupBy(
    db
      .prepare(
        `SELECT DISTINCT x.document_id AS documentId, p.id, p.name FROM (
           SELECT document_id, participant_id FROM document_speakers WHERE participant_id IS NOT NULL
           UNION SELECT document_id, participant_id FROM document_participants) x
         JOIN participants p ON p.id = x.participant_id ORDER BY p.name COLLATE NOCASE`,
      )
      .all() as { documentId: number; id: number; name: string }[],
    (r) => r.documentId,
  );
  const speakers = new Map(
    (
      db
        .prepare(
          'SELECT document_id AS id, COUNT(*) AS n, SUM(participant_id IS NULL AND not_participant = 0) AS unmapped FROM document_speakers GROUP BY document_id',
        )
        .all() as { id: number; n: number; unmapped: number }[]
    ).map((r) => [r.id, r]),
  );
  const sets = groupBy(db.prepare('SELECT document_id AS documentId, set_id AS setId FROM document_set_members').all() as { documentId: number; setId: number }[], (r) => r.documentId);
  const attributes = attributeValuesByOwner(file, 'document');
  return rows.map((r) => ({
    ...r,
    codingCount: codingCounts.get(r.id) ?? 0,
    codingCountByCoder: byCoder.get(r.id) ?? {},
    participants: (participants.get(r.id) ?? []).map((p) => ({ id: p.id, name: p.name })),
    attributes: attributes.get(r.id) ?? {},
    setIds: (sets.get(r.id) ?? []).map((s) => s.setId),
    speakerCount: speakers.get(r.id)?.n ?? 0,
    unmappedSpeakers: speakers.get(r.id)?.unmapped ?? 0,
  }));
}

export function listDocuments(file: ProjectFile): DocumentSummary[] {
  const rows = file.sqlite.prepare(`SELECT ${summaryColumns} FROM documents d ORDER BY d.title COLLATE NOCASE`).all() as SummaryRow[];
  return summarise(file, rows);
}

export function getDocument(file: ProjectFile, documentId: number): DocumentView {
  const row = file.sqlite
    .prepare(`SELECT ${summaryColumns}, d.text, d.turns, d.turn_convention AS turnConvention FROM documents d WHERE d.id = ?`)
    .get(documentId) as (SummaryRow & { text: string; turns: string; turnConvention: string }) | undefined;
  if (!row) throw new AppError('not-found', `There is no document with id ${documentId}.`);
  const { text, turns, turnConvention, ...summary } = row;
  const [base] = summarise(file, [summary]);
  return {
    ...base!,
    text,
    turns: unpackTurns(turns),
    turnConvention,
    speakers: documentSpeakers(file, documentId),
    codings: listCodingsForDocument(file, documentId),
  };
}

/** Find a document the way people name it on the command line: by title, or by id. */
export function findDocument(file: ProjectFile, titleOrId: string): { id: number; title: string } {
  const byTitle =
    (file.sqlite.prepare('SELECT id, title FROM documents WHERE title = ?').get(titleOrId) as { id: number; title: string } | undefined) ??
    (file.sqlite.prepare('SELECT id, title FROM documents WHERE title = ? COLLATE NOCASE').get(titleOrId) as { id: number; title: string } | undefined);
  if (byTitle) return byTitle;
  if (/^\d+$/.test(titleOrId)) {
    const byId = file.sqlite.prepare('SELECT id, title FROM documents WHERE id = ?').get(Number(titleOrId)) as { id: number; title: string } | undefined;
    if (byId) return byId;
  }
  throw new AppError('not-found', `There is no document called "${titleOrId}" in this project.`);
}
