import type { ProjectFile } from '../../db/projectFile';
import { statement } from '../../db/statements';
import { createCoder } from '../coders/coderQueries';
import { checkRange, createCoding } from '../coding/codingQueries';
import { AppError } from '../model/errors';
import type { Resolution } from '../model/agreementTypes';
import type { Coding } from '../model/types';

/**
 * Settling disagreements into a consensus coder (INCEpTION's "curation"): the coders' own
 * codings are never changed; the agreed version is written as the consensus coder's codings.
 */
export function consensusCoder(file: ProjectFile, name = 'Consensus'): number {
  const existing = statement(file.sqlite, 'SELECT id FROM coders WHERE name = ? COLLATE NOCASE').get(name) as { id: number } | undefined;
  if (existing) return existing.id;
  for (const initials of ['CON', 'CONS', 'CNS', 'CN']) {
    if (!statement(file.sqlite, 'SELECT 1 FROM coders WHERE initials = ?').get(initials)) return createCoder(file, { name, initials }).id;
  }
  throw new AppError('conflict', 'Could not choose initials for the consensus coder; add a coder named "Consensus" first.');
}

type Span = { start: number; end: number };

function union(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

export function resolveDisagreement(
  file: ProjectFile,
  input: { documentId: number; codeId: number; start: number; end: number; resolution: Resolution; consensusName?: string | undefined },
): Coding[] {
  const { documentId, codeId, start, end, resolution } = input;
  const doc = statement(file.sqlite, 'SELECT title, text FROM documents WHERE id = ?').get(documentId) as { title: string; text: string } | undefined;
  if (!doc) throw new AppError('not-found', `There is no document with id ${documentId}.`);
  checkRange(doc.text, doc.title, start, end);
  const consensus = consensusCoder(file, input.consensusName);
  const codingsOf = (coderId: number) =>
    statement(file.sqlite, 'SELECT start, "end" FROM codings WHERE document_id = ? AND code_id = ? AND coder_id = ? AND start < ? AND "end" > ?').all(
      documentId,
      codeId,
      coderId,
      end,
      start,
    ) as Span[];

  let agreed: Span[];
  if ('accept' in resolution) agreed = codingsOf(resolution.accept);
  else if ('merge' in resolution) agreed = union(resolution.merge.flatMap(codingsOf));
  else if ('range' in resolution) {
    if (resolution.range.end <= resolution.range.start) throw new AppError('invalid-args', 'The agreed passage must cover at least one character.');
    checkRange(doc.text, doc.title, resolution.range.start, resolution.range.end);
    agreed = [resolution.range];
  } else agreed = [];

  // The consensus coder's earlier decision about this place gives way to the new one; its
  // decisions about the places around it stay (a coding running past the region is cut back).
  const region = union([{ start, end }, ...agreed]);
  for (const r of region) {
    const earlier = statement(file.sqlite, 'SELECT id, start, "end" FROM codings WHERE document_id = ? AND code_id = ? AND coder_id = ? AND start < ? AND "end" > ?').all(
      documentId,
      codeId,
      consensus,
      r.end,
      r.start,
    ) as (Span & { id: number })[];
    for (const c of earlier) {
      if (c.start < r.start) {
        statement(file.sqlite, 'UPDATE codings SET "end" = ? WHERE id = ?').run(r.start, c.id);
        if (c.end > r.end) createCoding(file, { documentId, codeId, coderId: consensus, start: r.end, end: c.end });
      } else if (c.end > r.end) statement(file.sqlite, 'UPDATE codings SET start = ? WHERE id = ?').run(r.end, c.id);
      else statement(file.sqlite, 'DELETE FROM codings WHERE id = ?').run(c.id);
    }
  }
  return union(agreed).map((s) => createCoding(file, { documentId, codeId, coderId: consensus, start: s.start, end: s.end }));
}
