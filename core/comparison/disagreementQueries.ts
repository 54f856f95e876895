import type { ProjectFile } from '../../db/projectFile';
import { statement } from '../../db/statements';
import { findDisagreements } from '../agreement';
import type { Disagreement } from '../model/agreementTypes';
import { comparisonInput, comparisonScope } from './comparisonInput';

const CONTEXT = 100;

/** The passages behind a low agreement for one code, longest first, with each coder's codings there. */
export function listDisagreements(file: ProjectFile, coderIds: number[], codeId: number, documentIds?: number[]): Disagreement[] {
  const scope = comparisonScope(file, coderIds, documentIds);
  const input = comparisonInput(file, { coderIds, documentIds, codeIds: [codeId], bootstrap: false }, scope);
  const texts = new Map<number, string>();
  const textOf = (id: number) => {
    if (!texts.has(id)) texts.set(id, (statement(file.sqlite, 'SELECT text FROM documents WHERE id = ?').get(id) as { text: string }).text);
    return texts.get(id)!;
  };
  const touching = statement(
    file.sqlite,
    `SELECT c.id AS codingId, k.initials AS coder, c.start, c."end" FROM codings c JOIN coders k ON k.id = c.coder_id
     WHERE c.document_id = ? AND c.code_id = ? AND c.start < ? AND c."end" > ? ORDER BY c.start`,
  );
  const compared = new Set(input.coders.map((c) => String(c.id)));
  return findDisagreements(input, codeId).map((p) => {
    const text = textOf(Number(p.documentId));
    return {
      documentId: Number(p.documentId),
      title: p.document,
      codeId,
      start: p.start,
      end: p.end,
      text: text.slice(p.start, p.end),
      before: text.slice(Math.max(0, p.start - CONTEXT), p.start),
      after: text.slice(p.end, p.end + CONTEXT),
      codedBy: p.codedBy.map(String),
      notCodedBy: p.notCodedBy.map(String),
      codings: (touching.all(p.documentId, codeId, p.end, p.start) as Disagreement['codings']).filter((c) => compared.has(c.coder)),
    };
  });
}
