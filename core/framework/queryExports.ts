import type { ProjectFile } from '../../db/projectFile';
import { AppError } from '../model/errors';
import type { CsvExport } from '../model/codingTypes';
import { writeCsv } from '../tables/writeCsv';
import { cooccurrence } from './cooccurrence';
import { matrixCoding } from './matrixCoding';
import { wordFrequency } from './wordFrequency';

export interface QueryExportRequest {
  query: 'cooccurrence' | 'matrixCoding' | 'wordFrequency';
  codeIds?: number[] | undefined;
  mode?: 'overlap' | 'turn' | undefined;
  attributeId?: number | undefined;
  measure?: 'passages' | 'participants' | 'characters' | undefined;
  codeId?: number | undefined;
  language?: string | undefined;
}

/** A query's result as a table (codes down, columns across), ready for a spreadsheet or R. */
export function exportQueryCsv(file: ProjectFile, request: QueryExportRequest): CsvExport {
  const need = (value: unknown, what: string) => {
    if (value === undefined) throw new AppError('invalid-args', `This query needs ${what}.`);
  };
  if (request.query === 'cooccurrence') {
    need(request.codeIds, 'codes');
    const result = cooccurrence(file, { codeIds: request.codeIds!, mode: request.mode });
    return {
      fileName: `co-occurrence (${result.mode}).csv`,
      csv: writeCsv(['code', ...result.codes.map((c) => c.path)], result.codes.map((c, i) => [c.path, ...result.counts[i]!])),
    };
  }
  if (request.query === 'matrixCoding') {
    need(request.codeIds, 'codes');
    need(request.attributeId, 'an attribute');
    const result = matrixCoding(file, { codeIds: request.codeIds!, attributeId: request.attributeId!, measure: request.measure });
    return {
      fileName: `codes by ${result.attribute.name} (${result.measure}).csv`,
      csv: writeCsv(['code', ...result.values], result.codes.map((c, i) => [c.path, ...result.counts[i]!])),
    };
  }
  const words = wordFrequency(file, { codeId: request.codeId, language: request.language, limit: 1000 });
  return { fileName: 'word frequency.csv', csv: writeCsv(['word', 'count'], words.map((w) => [w.word, w.count])) };
}
