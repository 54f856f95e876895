import type { ProjectFile } from '../../db/projectFile';
import { listAttributes } from '../attributes/attributeQueries';
import { codedSegments } from '../coding/codedSegments';
import type { CodedSegment, CsvExport } from '../model/codingTypes';
import type { MatrixCellContent, MatrixSummary, MatrixView } from '../model/frameworkTypes';
import { writeCsv } from '../tables/writeCsv';
import { cellKey, matrixEvidence } from './matrixEvidence';

/**
 * A framework matrix as a table: one row per participant (or document), their attribute
 * columns, then one column per theme holding the summary, the passages or the count.
 */
interface MatrixTable {
  view: MatrixView;
  header: string[];
  rows: string[][];
  passages: { row: string; theme: string; segment: CodedSegment }[];
}

function passageText(s: CodedSegment): string {
  return `[${s.documentTitle}, ${s.coderInitials}] ${s.text.replace(/\s+/g, ' ').trim()}`;
}

function matrixTable(file: ProjectFile, matrix: MatrixSummary, content: MatrixCellContent, withPassages = content === 'passages'): MatrixTable {
  const { view, codingsByCell } = matrixEvidence(file, matrix);
  const attributes = listAttributes(file, view.rowKind);
  const cells = new Map(view.cells.map((c) => [cellKey(c.rowId, c.codeId), c]));
  // Passages are read only when they are written out (the passages cells, or the XLSX sheet).
  const allIds = withPassages ? [...new Set([...codingsByCell.values()].flat())] : [];
  const segmentsById = new Map((allIds.length ? codedSegments(file, { codingIds: allIds }) : []).map((s) => [s.codingId, s]));
  const passages: MatrixTable['passages'] = [];
  const header = [view.rowKind, ...attributes.map((a) => a.name), ...view.columns.map((c) => c.path)];
  const rows = view.rows.map((row) => [
    row.label,
    ...attributes.map((a) => row.attributes[a.id] ?? ''),
    ...view.columns.map((column) => {
      const key = cellKey(row.id, column.codeId);
      const ids = codingsByCell.get(key) ?? [];
      const evidence = ids.map((id) => segmentsById.get(id)).filter((s): s is CodedSegment => s !== undefined);
      for (const segment of evidence) passages.push({ row: row.label, theme: column.path, segment });
      if (content === 'counts') return String(ids.length);
      if (content === 'passages') return evidence.map(passageText).join('\n\n');
      return cells.get(key)?.summary ?? '';
    }),
  ]);
  return { view, header, rows, passages };
}

const safeName = (name: string) => name.replace(/[\\/:*?"<>|]+/g, '-');

/** `matrix` may be saved (its summaries are exported) or made up for one export (no summaries). */
export function exportMatrixCsv(file: ProjectFile, matrix: MatrixSummary, content: MatrixCellContent, excelBom: boolean): CsvExport {
  const table = matrixTable(file, matrix, content);
  return { fileName: `${safeName(table.view.name)} (${content}).csv`, csv: writeCsv(table.header, table.rows, { excelBom }) };
}

export async function exportMatrixXlsx(file: ProjectFile, matrix: MatrixSummary, content: MatrixCellContent): Promise<{ fileName: string; base64: string }> {
  const table = matrixTable(file, matrix, content, true);
  // Loaded on first use: the library is large, and most sessions never write a workbook.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Coherence';
  // Sheet names: at most 31 characters, none of []:*?/\.
  const matrixSheet = workbook.addWorksheet(safeName(table.view.name).replace(/[[\]]/g, '').slice(0, 31) || 'Matrix');
  matrixSheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) matrixSheet.addRow(row);
  matrixSheet.columns.forEach((column, i) => {
    column.width = i === 0 ? 24 : 40;
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  matrixSheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  const passageSheet = workbook.addWorksheet('Passages');
  passageSheet.addRow([table.view.rowKind, 'theme', 'document', 'speaker', 'coder', 'code', 'text', 'memo']).font = { bold: true };
  for (const p of table.passages) {
    passageSheet.addRow([p.row, p.theme, p.segment.documentTitle, p.segment.speaker ?? '', p.segment.coderInitials, p.segment.codePath, p.segment.text, p.segment.memo ?? '']);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return { fileName: `${safeName(table.view.name)}.xlsx`, base64: Buffer.from(buffer as ArrayBuffer).toString('base64') };
}
