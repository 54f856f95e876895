import type { ProjectFile } from '../../db/projectFile';
import { codeStats, listCodes } from '../codebook/codeQueries';
import { listCoders } from '../coders/coderQueries';
import { AppError } from '../model/errors';
import type { CsvExport } from '../model/codingTypes';
import { writeCsv } from '../tables/writeCsv';
import { cooccurrence } from './cooccurrence';
import { matrixCoding } from './matrixCoding';
import { wordFrequency } from './wordFrequency';

export interface QueryExportRequest {
  query: 'cooccurrence' | 'matrixCoding' | 'wordFrequency' | 'codingByCoder';
  codeIds?: number[] | undefined;
  mode?: 'overlap' | 'turn' | undefined;
  attributeId?: number | undefined;
  measure?: 'passages' | 'participants' | 'characters' | undefined;
  codeId?: number | undefined;
  language?: string | undefined;
  /** Only these coders' codings (co-occurrence, matrix coding). */
  coderIds?: number[] | undefined;
  /** Only these documents (co-occurrence, word frequency). */
  documentIds?: number[] | undefined;
}

/** " by SO and EW" when the export is one or some coders' codings, so the file says whose they are. */
function byCoders(file: ProjectFile, coderIds: number[] | undefined): string {
  if (!coderIds) return '';
  const initials = listCoders(file)
    .filter((c) => coderIds.includes(c.id))
    .map((c) => c.initials);
  return initials.length ? `, by ${initials.join(' and ')}` : '';
}

/** A query's result as a table (codes down, columns across), ready for a spreadsheet or R. */
export function exportQueryCsv(file: ProjectFile, request: QueryExportRequest): CsvExport {
  const need = (value: unknown, what: string) => {
    if (value === undefined) throw new AppError('invalid-args', `This query needs ${what}.`);
  };
  if (request.query === 'cooccurrence') {
    need(request.codeIds, 'codes');
    const result = cooccurrence(file, { codeIds: request.codeIds!, mode: request.mode, coderIds: request.coderIds, documentIds: request.documentIds });
    return {
      fileName: `co-occurrence (${result.mode}${byCoders(file, request.coderIds)}).csv`,
      csv: writeCsv(['code', ...result.codes.map((c) => c.path)], result.codes.map((c, i) => [c.path, ...result.counts[i]!])),
    };
  }
  if (request.query === 'matrixCoding') {
    need(request.codeIds, 'codes');
    need(request.attributeId, 'an attribute');
    const result = matrixCoding(file, { codeIds: request.codeIds!, attributeId: request.attributeId!, measure: request.measure, coderIds: request.coderIds });
    return {
      fileName: `codes by ${result.attribute.name} (${result.measure}${byCoders(file, request.coderIds)}).csv`,
      csv: writeCsv(['code', ...result.values], result.codes.map((c, i) => [c.path, ...result.counts[i]!])),
    };
  }
  if (request.query === 'codingByCoder') {
    need(request.codeIds, 'codes');
    // Each coder's passages with each code itself (not its sub-codes), as codes.stats counts them.
    const coders = listCoders(file);
    const stats = new Map(codeStats(file, request.documentIds).map((s) => [s.codeId, s]));
    const paths = new Map(listCodes(file).map((c) => [c.id, c.path]));
    const rows = request.codeIds!.map((codeId) => {
      const path = paths.get(codeId);
      if (path === undefined) throw new AppError('not-found', `There is no code with id ${codeId}.`);
      const counts = coders.map((coder) => stats.get(codeId)?.byCoder[coder.id] ?? 0);
      return [path, ...counts, counts.reduce((a, b) => a + b, 0)];
    });
    return { fileName: 'coding by coder.csv', csv: writeCsv(['code', ...coders.map((c) => c.initials), 'total'], rows) };
  }
  const words = wordFrequency(file, { codeId: request.codeId, documentIds: request.documentIds, language: request.language, limit: 1000 });
  return { fileName: 'word frequency.csv', csv: writeCsv(['word', 'count'], words.map((w) => [w.word, w.count])) };
}
