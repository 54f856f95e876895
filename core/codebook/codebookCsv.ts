import type { ProjectFile } from '../../db/projectFile';
import { AppError } from '../model/errors';
import type { CodebookImportResult, CsvExport } from '../model/codingTypes';
import type { Table } from '../tables/readTable';
import { writeCsv } from '../tables/writeCsv';
import { resolveCodePath } from './codePathLookup';
import { listCodes, updateCode } from './codeQueries';

/** The codebook as a table: one row per code, parents before children. */
export const CODEBOOK_COLUMNS = ['path', 'colour', 'description', 'inclusion', 'exclusion', 'example'] as const;

export function exportCodebookCsv(file: ProjectFile, projectName: string): CsvExport {
  const rows = listCodes(file).map((c) => [c.path, c.colour, c.description, c.inclusion, c.exclusion, c.example]);
  return { fileName: `${projectName} codebook.csv`, csv: writeCsv([...CODEBOOK_COLUMNS], rows) };
}

/**
 * Read a codebook table: codes are found by path (made, with their parents, when missing) and
 * their fields set from the columns present. All rows are checked before anything is written.
 */
export function importCodebookCsv(file: ProjectFile, name: string, table: Table): CodebookImportResult {
  const column = (wanted: string) => table.header.findIndex((h) => h.trim().toLowerCase() === wanted);
  const pathColumn = column('path');
  if (pathColumn === -1) throw new AppError('bad-file', `${name} has no "path" column (expected: ${CODEBOOK_COLUMNS.join(', ')}).`);
  const problems: string[] = [];
  for (const row of table.rows) {
    if (!row.cells[pathColumn]) problems.push(`line ${row.line}: no code path`);
    const colour = row.cells[column('colour')] ?? '';
    if (colour && !/^#[0-9a-fA-F]{6}$/.test(colour)) problems.push(`line ${row.line}: colour "${colour}" is not written #rrggbb`);
  }
  if (problems.length > 0) throw new AppError('invalid-args', `${name}: ${problems.join('; ')}. Nothing was imported.`, { problems });

  const before = new Set(listCodes(file).map((c) => c.id));
  let updated = 0;
  for (const row of table.rows) {
    const cell = (wanted: string) => {
      const i = column(wanted);
      return i === -1 ? undefined : row.cells[i];
    };
    const id = resolveCodePath(file, row.cells[pathColumn]!, { create: true, ...(cell('colour') ? { colour: cell('colour')! } : {}) });
    if (before.has(id)) updated++;
    const fields = Object.fromEntries(
      (['colour', 'description', 'inclusion', 'exclusion', 'example'] as const).flatMap((f) => (cell(f) ? [[f, cell(f)]] : [])),
    );
    if (Object.keys(fields).length > 0) updateCode(file, id, fields);
  }
  return { created: listCodes(file).length - before.size, updated };
}
