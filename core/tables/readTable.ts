import { parse } from 'csv-parse/sync';
import type { CellValue } from 'exceljs';
import path from 'node:path';
import { isZipSignature, openZipArchive } from '../files/zipArchive';
import { decodeText } from '../import';
import { AppError } from '../model/errors';

/**
 * A table researchers keep in a spreadsheet: CSV (comma, semicolon or tab; UTF-8, UTF-16 or
 * Windows-1252) or the first sheet of an .xlsx workbook. Every cell comes back as text,
 * trimmed; `line` is the row's line (or sheet row) number, as the researcher sees it.
 */
export interface Table {
  header: string[];
  rows: { line: number; cells: string[] }[];
}

function readCsv(name: string, bytes: Uint8Array): Table {
  const { text } = decodeText(name, bytes);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [',', ';', '\t'].reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best), ',');
  let records: string[][];
  try {
    records = parse(text, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: false, info: false }) as string[][];
  } catch (e) {
    throw new AppError('bad-file', `${name} is not a readable CSV file (${(e as Error).message}).`);
  }
  const [header = [], ...body] = records;
  return {
    header: header.map((h) => h.trim()),
    rows: body
      .map((cells, i) => ({ line: i + 2, cells: cells.map((c) => c.trim()) }))
      .filter((r) => r.cells.some((c) => c !== '')),
  };
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}

async function readXlsx(name: string, bytes: Uint8Array): Promise<Table> {
  // exceljs unpacks the whole archive itself: prove it is within limits first.
  const archive = await openZipArchive(bytes, name, { maxEntries: 10_000, maxEntryBytes: 64 * 1024 * 1024, maxTotalBytes: 256 * 1024 * 1024 });
  try {
    await archive.verifyAll();
    if (!archive.has('xl/workbook.xml')) throw new AppError('unsupported-format', `${name} is not an Excel workbook (.xlsx).`);
  } finally {
    archive.close();
  }
  // Loaded on first use: the library is large, and most sessions never read a workbook.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (e) {
    throw new AppError('bad-file', `${name} could not be read as a workbook (${(e as Error).message}).`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('bad-file', `${name} has no worksheet.`);
  const rows: { line: number; cells: string[] }[] = [];
  let header: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as CellValue[];
    const cells = values.slice(1).map((v) => cellText(v).trim());
    if (header.length === 0) header = cells;
    else if (cells.some((c) => c !== '')) rows.push({ line: rowNumber, cells });
  });
  return { header, rows };
}

export async function readTable(name: string, bytes: Uint8Array): Promise<Table> {
  if (bytes.length === 0) throw new AppError('bad-file', `${name} is empty.`);
  const ext = path.extname(name).toLowerCase();
  const table = isZipSignature(bytes) ? await readXlsx(name, bytes) : ext === '.xlsx' ? badXlsx(name) : readCsv(name, bytes);
  if (table.header.length === 0 || table.header.every((h) => h === '')) throw new AppError('bad-file', `${name} has no header row.`);
  return table;
}

function badXlsx(name: string): never {
  throw new AppError('bad-file', `${name} is named .xlsx but is not an Excel workbook.`);
}
