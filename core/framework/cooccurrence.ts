import type { ProjectFile } from '../../db/projectFile';
import { statement } from '../../db/statements';
import { listCodes } from '../codebook/codeQueries';
import { codedSegments } from '../coding/codedSegments';
import { unpackTurns } from '../documents/turnCodec';
import { AppError } from '../model/errors';
import type { CodedSegment } from '../model/codingTypes';
import type { CooccurrenceResult, MatrixColumn } from '../model/frameworkTypes';

/**
 * Which codes go together. Overlap: counts[i][j] is the number of passages coded with code i
 * that overlap a passage coded with code j (the diagonal: all passages of code i). Turn: the
 * number of speaker turns holding both codes (the diagonal: turns holding code i).
 */
export interface CooccurrenceFilter {
  codeIds: number[];
  mode?: 'overlap' | 'turn' | undefined;
  documentIds?: number[] | undefined;
  coderIds?: number[] | undefined;
}

interface CodingSpan {
  id: number;
  documentId: number;
  codeId: number;
  start: number;
  end: number;
}

function loadCodings(file: ProjectFile, filter: CooccurrenceFilter): CodingSpan[] {
  const conditions = ['code_id IN (SELECT value FROM json_each(?))'];
  const args = [JSON.stringify(filter.codeIds)];
  if (filter.documentIds) {
    conditions.push('document_id IN (SELECT value FROM json_each(?))');
    args.push(JSON.stringify(filter.documentIds));
  }
  if (filter.coderIds) {
    conditions.push('coder_id IN (SELECT value FROM json_each(?))');
    args.push(JSON.stringify(filter.coderIds));
  }
  return file.sqlite
    .prepare(`SELECT id, document_id AS documentId, code_id AS codeId, start, "end" FROM codings WHERE ${conditions.join(' AND ')} ORDER BY document_id, start`)
    .all(...args) as CodingSpan[];
}

function columnsFor(file: ProjectFile, codeIds: number[]): MatrixColumn[] {
  const codes = listCodes(file);
  return codeIds.map((id) => {
    const code = codes.find((c) => c.id === id);
    if (!code) throw new AppError('not-found', `There is no code with id ${id}.`);
    return { codeId: code.id, name: code.name, path: code.path, colour: code.colour };
  });
}

/** For each document: pairs of (coding, other code) that overlap, by a sweep over start order. */
function overlapping(codings: CodingSpan[]): Map<number, Set<number>> {
  const touches = new Map<number, Set<number>>();
  let active: CodingSpan[] = [];
  let document = -1;
  for (const c of codings) {
    if (c.documentId !== document) {
      active = [];
      document = c.documentId;
    }
    active = active.filter((a) => a.end > c.start);
    for (const a of active) {
      if (a.codeId === c.codeId) continue;
      if (!touches.has(a.id)) touches.set(a.id, new Set());
      if (!touches.has(c.id)) touches.set(c.id, new Set());
      touches.get(a.id)!.add(c.codeId);
      touches.get(c.id)!.add(a.codeId);
    }
    active.push(c);
  }
  return touches;
}

/** The codes present in each speaker turn (a coding belongs to every turn it overlaps). */
function codesByTurn(file: ProjectFile, codings: CodingSpan[]): { turnCodes: Set<number>[]; turnCodings: CodingSpan[][] } {
  const turnCodes: Set<number>[] = [];
  const turnCodings: CodingSpan[][] = [];
  const byDocument = new Map<number, CodingSpan[]>();
  for (const c of codings) byDocument.set(c.documentId, [...(byDocument.get(c.documentId) ?? []), c]);
  for (const [documentId, list] of byDocument) {
    const turns = unpackTurns((statement(file.sqlite, 'SELECT turns FROM documents WHERE id = ?').get(documentId) as { turns: string }).turns);
    for (const t of turns) {
      const inside = list.filter((c) => c.start < t.end && c.end > t.start);
      if (inside.length === 0) continue;
      turnCodes.push(new Set(inside.map((c) => c.codeId)));
      turnCodings.push(inside);
    }
  }
  return { turnCodes, turnCodings };
}

export function cooccurrence(file: ProjectFile, filter: CooccurrenceFilter): CooccurrenceResult {
  const codes = columnsFor(file, filter.codeIds);
  const index = new Map(codes.map((c, i) => [c.codeId, i]));
  const counts = codes.map(() => codes.map(() => 0));
  const codings = loadCodings(file, filter);
  const mode = filter.mode ?? 'overlap';
  if (mode === 'overlap') {
    const touches = overlapping(codings);
    for (const c of codings) {
      const i = index.get(c.codeId)!;
      counts[i]![i]!++;
      for (const other of touches.get(c.id) ?? []) counts[i]![index.get(other)!]!++;
    }
  } else {
    for (const present of codesByTurn(file, codings).turnCodes) {
      for (const a of present) for (const b of present) counts[index.get(a)!]![index.get(b)!]!++;
    }
  }
  return { codes, mode, counts };
}

/** The passages behind one cell of a co-occurrence table. */
export function cooccurrencePassages(file: ProjectFile, codeA: number, codeB: number, filter: Omit<CooccurrenceFilter, 'codeIds'>): CodedSegment[] {
  const codings = loadCodings(file, { ...filter, codeIds: [...new Set([codeA, codeB])] });
  let ids: number[];
  if ((filter.mode ?? 'overlap') === 'overlap') {
    const touches = overlapping(codings);
    ids = codings.filter((c) => c.codeId === codeA && (codeA === codeB || touches.get(c.id)?.has(codeB))).map((c) => c.id);
  } else {
    const { turnCodes, turnCodings } = codesByTurn(file, codings);
    ids = turnCodings.flatMap((list, t) => (turnCodes[t]!.has(codeA) && turnCodes[t]!.has(codeB) ? list.map((c) => c.id) : []));
  }
  return ids.length ? codedSegments(file, { codingIds: [...new Set(ids)] }) : [];
}
