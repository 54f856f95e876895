import type { ProjectFile } from '../../db/projectFile';
import { statement } from '../../db/statements';
import { attributeValuesByOwner, listAttributes } from '../attributes/attributeQueries';
import { descendantsAndSelf, listCodes } from '../codebook/codeQueries';
import { speakerLookup } from '../coding/codingParticipants';
import type { Attribute } from '../model/participantTypes';
import type { CellStatus, MatrixCell, MatrixRow, MatrixSummary, MatrixView } from '../model/frameworkTypes';

/**
 * What a matrix shows, read live: each coding of a theme (or of its sub-codes) lands in the row
 * of the participant who was speaking (participant rows) or of its document (document rows).
 */
export interface Evidence {
  view: MatrixView;
  /** `${rowId}:${codeId}` -> coding ids behind the cell. */
  codingsByCell: Map<string, number[]>;
}

const cellKey = (rowId: number, codeId: number) => `${rowId}:${codeId}`;

/** Order rows by their grouping values the way a researcher expects: categories in their own order, numbers and dates by value. */
function compareValues(a: string, b: string, attribute: Attribute): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  if (attribute.type === 'number') return Number(a) - Number(b);
  if (attribute.type === 'category') return attribute.allowedValues.indexOf(a) - attribute.allowedValues.indexOf(b);
  return a.localeCompare(b);
}

function matrixRows(file: ProjectFile, matrix: MatrixSummary, attributes: Attribute[]): MatrixRow[] {
  const source =
    matrix.rowKind === 'participant'
      ? (statement(file.sqlite, 'SELECT id, name AS label FROM participants').all() as { id: number; label: string }[])
      : (statement(file.sqlite, 'SELECT id, title AS label FROM documents').all() as { id: number; label: string }[]);
  const wanted = matrix.rowIds ? new Set(matrix.rowIds) : null;
  const values = attributeValuesByOwner(file, matrix.rowKind);
  const grouping = matrix.groupBy.map((id) => attributes.find((a) => a.id === id)).filter((a): a is Attribute => Boolean(a));
  return source
    .filter((r) => !wanted || wanted.has(r.id))
    .map((r) => {
      const own = values.get(r.id) ?? {};
      return { id: r.id, label: r.label, group: grouping.map((g) => own[g.id] ?? ''), attributes: own };
    })
    .sort((a, b) => {
      for (const [i, g] of grouping.entries()) {
        const c = compareValues(a.group[i]!, b.group[i]!, g);
        if (c !== 0) return c;
      }
      return a.label.localeCompare(b.label);
    });
}

export function matrixEvidence(file: ProjectFile, matrix: MatrixSummary): Evidence {
  const codes = listCodes(file);
  const attributes = listAttributes(file, matrix.rowKind);
  const columns = matrix.codeIds.flatMap((id) => {
    const code = codes.find((c) => c.id === id);
    return code ? [{ codeId: code.id, name: code.name, path: code.path, colour: code.colour }] : [];
  });
  // A code belongs to every column whose theme it sits under (a theme's sub-codes are its evidence).
  const columnsOfCode = new Map<number, number[]>();
  for (const column of columns) {
    for (const id of descendantsAndSelf(file, column.codeId)) columnsOfCode.set(id, [...(columnsOfCode.get(id) ?? []), column.codeId]);
  }
  const rows = matrixRows(file, matrix, attributes);
  const rowIds = new Set(rows.map((r) => r.id));

  const codings = statement(
    file.sqlite,
    `SELECT c.id, c.document_id AS documentId, c.code_id AS codeId, c.start, k.initials FROM codings c JOIN coders k ON k.id = c.coder_id
     WHERE c.code_id IN (SELECT value FROM json_each(?)) ORDER BY c.document_id, c.start`,
  ).all(JSON.stringify([...columnsOfCode.keys()])) as { id: number; documentId: number; codeId: number; start: number; initials: string }[];
  const speakerAt = speakerLookup(file);
  const cells = new Map<string, MatrixCell>();
  const codingsByCell = new Map<string, number[]>();
  for (const c of codings) {
    const rowId = matrix.rowKind === 'document' ? c.documentId : speakerAt(c.documentId, c.start).participant?.id;
    if (rowId === undefined || !rowIds.has(rowId)) continue;
    for (const codeId of columnsOfCode.get(c.codeId) ?? []) {
      const key = cellKey(rowId, codeId);
      let cell = cells.get(key);
      if (!cell) cells.set(key, (cell = { rowId, codeId, passages: 0, coders: [], summary: '', status: 'empty' }));
      cell.passages++;
      if (!cell.coders.includes(c.initials)) cell.coders.push(c.initials);
      codingsByCell.set(key, [...(codingsByCell.get(key) ?? []), c.id]);
    }
  }
  const summaries = statement(file.sqlite, 'SELECT row_id AS rowId, code_id AS codeId, summary, status FROM matrix_cells WHERE matrix_id = ?').all(matrix.id) as {
    rowId: number;
    codeId: number;
    summary: string;
    status: CellStatus;
  }[];
  for (const s of summaries) {
    if (!rowIds.has(s.rowId) || !columns.some((c) => c.codeId === s.codeId)) continue;
    const key = cellKey(s.rowId, s.codeId);
    const cell = cells.get(key) ?? { rowId: s.rowId, codeId: s.codeId, passages: 0, coders: [], summary: '', status: 'empty' as CellStatus };
    cells.set(key, { ...cell, summary: s.summary, status: s.status });
  }
  return {
    view: {
      ...matrix,
      columns,
      rows,
      cells: [...cells.values()].map((c) => ({ ...c, coders: c.coders.sort() })),
      groupNames: matrix.groupBy.map((id) => attributes.find((a) => a.id === id)?.name ?? ''),
    },
    codingsByCell,
  };
}

export { cellKey };
