import type { ProjectFile } from '../../db/projectFile';
import { statement } from '../../db/statements';
import type { AgreementInput, AgreementOptions, AgreementUnit } from '../agreement';
import { listCodes } from '../codebook/codeQueries';
import { AppError } from '../model/errors';
import type { ComparisonScope } from '../model/agreementTypes';

/**
 * From the project to the engine's input. Coders are named by their initials and codes by
 * their paths, so the report reads the way researchers talk. Scope (agreement-methods.md §6.1):
 * a document counts for the coders who completed it; if none of the chosen coders has marked
 * any document complete, for the coders who coded something in it.
 */
export interface ComparisonRequest {
  coderIds: number[];
  documentIds?: number[] | undefined;
  codeIds?: number[] | undefined;
  unit?: AgreementUnit | undefined;
  bootstrap?: false | { resamples?: number | undefined; seed?: number | undefined } | undefined;
  segmentThreshold?: number | undefined;
  unitizing?: boolean | undefined;
}

function coderInitials(file: ProjectFile, coderIds: number[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const id of new Set(coderIds)) {
    const row = statement(file.sqlite, 'SELECT initials FROM coders WHERE id = ?').get(id) as { initials: string } | undefined;
    if (!row) throw new AppError('not-found', `There is no coder with id ${id}.`);
    out.set(id, row.initials);
  }
  if (out.size < 2) throw new AppError('invalid-args', 'Choose at least two different coders to compare.');
  return out;
}

export function comparisonScope(file: ProjectFile, coderIds: number[], documentIds?: number[]): ComparisonScope {
  const initials = coderInitials(file, coderIds);
  // Completion marks count when any of the chosen coders has made one; a colleague's marks
  // (or the consensus coder's) do not change how these coders are compared.
  const marks =
    (
      statement(file.sqlite, 'SELECT COUNT(*) AS n FROM assignments WHERE completed_at IS NOT NULL AND coder_id IN (SELECT value FROM json_each(?))').get(
        JSON.stringify([...initials.keys()]),
      ) as { n: number }
    ).n > 0;
  const rows = statement(file.sqlite, 'SELECT id, title FROM documents ORDER BY title COLLATE NOCASE').all() as { id: number; title: string }[];
  const completed = marks
    ? (statement(file.sqlite, 'SELECT document_id AS d, coder_id AS c FROM assignments WHERE completed_at IS NOT NULL').all() as { d: number; c: number }[])
    : (statement(file.sqlite, 'SELECT DISTINCT document_id AS d, coder_id AS c FROM codings').all() as { d: number; c: number }[]);
  const byDocument = new Map<number, Set<number>>();
  for (const { d, c } of completed) {
    if (!initials.has(c)) continue;
    if (!byDocument.has(d)) byDocument.set(d, new Set());
    byDocument.get(d)!.add(c);
  }
  const wanted = documentIds ? new Set(documentIds) : null;
  const scope: ComparisonScope = { documents: [], excluded: [], basis: marks ? 'completion marks' : 'codings present' };
  for (const doc of rows) {
    if (wanted && !wanted.has(doc.id)) continue;
    const done = [...(byDocument.get(doc.id) ?? [])].map((c) => initials.get(c)!);
    const everyone = done.length === initials.size;
    // By default only documents every chosen coder finished; named documents count for whoever finished them.
    if (wanted ? done.length >= 2 : everyone) {
      scope.documents.push({ id: doc.id, title: doc.title, completedBy: done });
    } else {
      const missing = [...initials.values()].filter((i) => !done.includes(i));
      scope.excluded.push({ id: doc.id, title: doc.title, reason: marks ? `not completed by ${missing.join(', ')}` : `not coded by ${missing.join(', ')}` });
    }
  }
  if (wanted) {
    for (const id of wanted) if (!rows.some((r) => r.id === id)) throw new AppError('not-found', `There is no document with id ${id}.`);
  }
  return scope;
}

export function comparisonInput(file: ProjectFile, request: ComparisonRequest, scope: ComparisonScope): AgreementInput {
  const initials = coderInitials(file, request.coderIds);
  const unit = request.unit ?? 'character';
  const docIds = JSON.stringify(scope.documents.map((d) => d.id));
  const needText = unit === 'word' || unit === 'sentence' || unit === 'paragraph';
  // Looked up by id, the row is read past its long text (overflow pages) to reach text_length,
  // which made the character report slower as the text grew; the summary index holds the length.
  const from = needText ? 'documents' : 'documents INDEXED BY documents_summary';
  const lengths = new Map(
    (statement(file.sqlite, `SELECT id, text_length AS length${needText ? ', text' : ''} FROM ${from} WHERE id IN (SELECT value FROM json_each(?))`).all(docIds) as {
      id: number;
      length: number;
      text?: string;
    }[]).map((r) => [r.id, r]),
  );
  const codings = (
    statement(
      file.sqlite,
      'SELECT document_id AS documentId, code_id AS codeId, coder_id AS coderId, start, "end" FROM codings WHERE document_id IN (SELECT value FROM json_each(?))',
    ).all(docIds) as { documentId: number; codeId: number; coderId: number; start: number; end: number }[]
  )
    .filter((c) => initials.has(c.coderId))
    .map((c) => ({ ...c, coderId: initials.get(c.coderId)! }));
  const used = new Set(codings.map((c) => c.codeId));
  const allCodes = listCodes(file);
  const codes = request.codeIds
    ? request.codeIds.map((id) => {
        const code = allCodes.find((c) => c.id === id);
        if (!code) throw new AppError('not-found', `There is no code with id ${id}.`);
        return { id: code.id, path: code.path };
      })
    : allCodes.filter((c) => used.has(c.id)).map((c) => ({ id: c.id, path: c.path }));
  const options: AgreementOptions = {
    bootstrap: request.bootstrap === false ? false : { resamples: request.bootstrap?.resamples ?? 2000, seed: request.bootstrap?.seed ?? 1 },
    ...(request.segmentThreshold !== undefined ? { segmentThreshold: request.segmentThreshold } : {}),
    ...(request.unitizing ? { unitizing: true } : {}),
  };
  return {
    documents: scope.documents.map((d) => {
      const row = lengths.get(d.id)!;
      return { id: d.id, title: d.title, length: row.length, completedBy: d.completedBy, ...(row.text !== undefined ? { text: row.text } : {}) };
    }),
    coders: [...initials.values()].map((i) => ({ id: i, label: i })),
    codes,
    codings,
    unit,
    options,
  };
}
