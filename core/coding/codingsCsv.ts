import type { ProjectFile } from '../../db/projectFile';
import { statement } from '../../db/statements';
import { listAttributes, attributeValuesByOwner } from '../attributes/attributeQueries';
import { resolveCodePath } from '../codebook/codePathLookup';
import { findCoderByInitials } from '../coders/coderQueries';
import { createMemo } from '../memos/memoQueries';
import { AppError } from '../model/errors';
import type { CodingsImportResult, CsvExport } from '../model/codingTypes';
import { CodePointMap } from '../model/offsets';
import type { Table } from '../tables/readTable';
import { writeCsv } from '../tables/writeCsv';
import { codedSegments, type SegmentFilter } from './codedSegments';
import { checkRange, createCoding } from './codingQueries';

/**
 * Codings as a table. Offsets count Unicode code points over the text `coherence text` prints
 * (what other tools and scripts count); the project stores UTF-16 units, converted here.
 */
export function exportCodingsCsv(file: ProjectFile, filter: SegmentFilter, fileName: string): CsvExport {
  const segments = codedSegments(file, filter);
  const attributes = listAttributes(file, 'participant');
  const values = attributeValuesByOwner(file, 'participant');
  const maps = new Map<number, CodePointMap>();
  const mapOf = (documentId: number) => {
    let map = maps.get(documentId);
    if (!map) {
      map = new CodePointMap((statement(file.sqlite, 'SELECT text FROM documents WHERE id = ?').get(documentId) as { text: string }).text);
      maps.set(documentId, map);
    }
    return map;
  };
  const header = ['document', 'participant', ...attributes.map((a) => a.name), 'code', 'coder', 'start', 'end', 'text', 'memo'];
  const rows = segments.map((s) => {
    const map = mapOf(s.documentId);
    const own = s.participant ? values.get(s.participant.id) ?? {} : {};
    return [
      s.documentTitle,
      s.participant?.name ?? '',
      ...attributes.map((a) => own[a.id] ?? ''),
      s.codePath,
      s.coderInitials,
      map.toCodePoint(s.start),
      map.toCodePoint(s.end),
      s.text,
      s.memo ?? '',
    ];
  });
  return { fileName, csv: writeCsv(header, rows) };
}

const REQUIRED = ['document', 'coder', 'code', 'start', 'end'] as const;

/**
 * Import codings (document,coder,code,start,end[,memo]). Every line is checked first; if any
 * line is wrong, the errors are reported by line number and nothing is imported.
 */
export function importCodingsCsv(file: ProjectFile, name: string, table: Table): CodingsImportResult {
  const col = (wanted: string) => table.header.findIndex((h) => h.trim().toLowerCase() === wanted);
  const missing = REQUIRED.filter((c) => col(c) === -1);
  if (missing.length > 0) throw new AppError('bad-file', `${name} lacks the column(s) ${missing.join(', ')} (expected: document,coder,code,start,end[,memo]).`);
  const memoColumn = col('memo');
  const documents = new Map<string, { id: number; text: string; map: CodePointMap }>();
  const findDocument = (title: string) => {
    if (!documents.has(title)) {
      const row = statement(file.sqlite, 'SELECT id, text FROM documents WHERE title = ?').get(title) as { id: number; text: string } | undefined;
      if (row) documents.set(title, { ...row, map: new CodePointMap(row.text) });
    }
    return documents.get(title);
  };

  const problems: string[] = [];
  const planned: { line: number; documentId: number; coderId: number; code: string; start: number; end: number; memo: string }[] = [];
  for (const row of table.rows) {
    const cell = (c: string) => row.cells[col(c)] ?? '';
    const problem = (message: string) => problems.push(`line ${row.line}: ${message}`);
    const doc = findDocument(cell('document'));
    const coder = findCoderByInitials(file, cell('coder'));
    const start = Number(cell('start'));
    const end = Number(cell('end'));
    if (!doc) problem(`no document titled "${cell('document')}"`);
    if (!coder) problem(`no coder with initials "${cell('coder')}"`);
    if (!cell('code').trim()) problem('no code');
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || cell('start') === '' || cell('end') === '') {
      problem(`start and end must be whole numbers with end > start (got "${cell('start')}", "${cell('end')}")`);
      continue;
    }
    if (!doc || !coder) continue;
    if (end > doc.map.codePointLength) {
      problem(`end ${end} is past the end of "${cell('document')}" (${doc.map.codePointLength} characters)`);
      continue;
    }
    const from = doc.map.toUtf16(start);
    const to = doc.map.toUtf16(end);
    try {
      checkRange(doc.text, cell('document'), from, to);
    } catch (e) {
      problem((e as Error).message);
      continue;
    }
    planned.push({ line: row.line, documentId: doc.id, coderId: coder.id, code: cell('code'), start: from, end: to, memo: memoColumn === -1 ? '' : cell('memo') });
  }
  if (problems.length > 0) {
    throw new AppError('invalid-args', `${name}: ${problems.length} problem(s), so nothing was imported. ${problems.slice(0, 8).join('; ')}${problems.length > 8 ? '; …' : ''}`, { problems });
  }

  const codesBefore = new Set((statement(file.sqlite, 'SELECT id FROM codes').all() as { id: number }[]).map((r) => r.id));
  const codesCreated = new Set<string>();
  for (const p of planned) {
    const codeId = resolveCodePath(file, p.code, { create: true });
    if (!codesBefore.has(codeId)) codesCreated.add(p.code);
    const coding = createCoding(file, { documentId: p.documentId, codeId, coderId: p.coderId, start: p.start, end: p.end });
    if (p.memo.trim()) createMemo(file, { target: { kind: 'coding', id: coding.id }, body: p.memo, authorId: p.coderId });
  }
  return { imported: planned.length, codesCreated: [...codesCreated] };
}
