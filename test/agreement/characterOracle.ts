/**
 * Test oracle: the slow, obvious way to turn span codings into reliability data — one row per
 * character, one column per coder, 1/0 for coded/uncoded, null where the coder did not complete
 * the document. Independent of the engine's sweep; only for small inputs.
 */
import type { AgreementInput } from '../../core/agreement';

export function characterMatrix(input: AgreementInput, codeId: string | number): (number | null)[][] {
  const rows: (number | null)[][] = [];
  for (const doc of input.documents) {
    const completed = input.coders.map((c) => doc.completedBy.includes(c.id));
    if (completed.filter(Boolean).length === 0) continue;
    const marks = input.coders.map(() => new Array<number>(doc.length).fill(0));
    for (const g of input.codings) {
      if (g.documentId !== doc.id || g.codeId !== codeId) continue;
      const r = input.coders.findIndex((c) => c.id === g.coderId);
      if (r < 0 || !completed[r]) continue;
      for (let i = g.start; i < g.end; i++) marks[r]![i] = 1;
    }
    for (let i = 0; i < doc.length; i++) rows.push(input.coders.map((_c, r) => (completed[r] ? marks[r]![i]! : null)));
  }
  return rows;
}

/** Only the rows (characters) of one document. */
export function documentMatrix(input: AgreementInput, codeId: string | number, documentId: string | number): (number | null)[][] {
  return characterMatrix({ ...input, documents: input.documents.filter((d) => d.id === documentId) }, codeId);
}
