/**
 * Writes resources/sample/codings.csv from the passage list in codingPassages.json.
 *
 * Offsets are never counted by hand: each passage is found in its document's stored text
 * (it must occur exactly once) and its UTF-16 position converted to Unicode code points,
 * the unit the CSV speaks. The generator stays here, under test/, because scripts do not ship;
 * the test checks that the committed CSV is exactly what this produces.
 *
 *   npx tsx test/sample/makeCodings.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import { CodePointMap } from '../../core/model/offsets';
import { readSampleCsv, readSampleDocuments, readSampleText, samplePath } from './sampleFiles';

export interface PassageEntry {
  code: string;
  coders: string[];
  passage: string;
  /** Memo per coder initials, for the coders who wrote one. */
  memo?: Record<string, string>;
}

export interface PassageList {
  documents: { title: string; passages: PassageEntry[] }[];
}

export interface CodingRow {
  document: string;
  coder: string;
  code: string;
  /** Unicode code points, half-open. */
  start: number;
  end: number;
  memo: string;
}

export const codingColumns = ['document', 'coder', 'code', 'start', 'end', 'memo'] as const;

export const passageListPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'codingPassages.json');

export function readPassageList(): PassageList {
  return JSON.parse(readFileSync(passageListPath, 'utf8')) as PassageList;
}

function findOnce(text: string, passage: string, where: string): number {
  const at = text.indexOf(passage);
  if (at < 0) throw new Error(`${where}: passage not found: "${passage}"`);
  if (text.indexOf(passage, at + 1) >= 0) throw new Error(`${where}: passage occurs more than once: "${passage}"`);
  return at;
}

/** Rows in a stable order: documents as listed in documents.csv, coders as in coders.csv, then position. */
export function buildCodingRows(list: PassageList): CodingRow[] {
  const documents = readSampleDocuments();
  const coderOrder = readSampleCsv('coders.csv').rows.map((r) => r.initials ?? '');
  const rows: CodingRow[] = [];
  for (const entry of list.documents) {
    const doc = documents.find((d) => d.title === entry.title);
    if (!doc) throw new Error(`No document titled "${entry.title}" in documents.csv`);
    const text = readSampleText(doc.file);
    const map = new CodePointMap(text);
    for (const p of entry.passages) {
      const at = findOnce(text, p.passage, doc.file);
      const start = map.toCodePoint(at);
      const end = map.toCodePoint(at + p.passage.length);
      for (const coder of p.coders) {
        rows.push({ document: doc.title, coder, code: p.code, start, end, memo: p.memo?.[coder] ?? '' });
      }
    }
  }
  const docIndex = (title: string) => documents.findIndex((d) => d.title === title);
  return rows.sort(
    (a, b) =>
      docIndex(a.document) - docIndex(b.document) ||
      coderOrder.indexOf(a.coder) - coderOrder.indexOf(b.coder) ||
      a.start - b.start ||
      a.end - b.end ||
      a.code.localeCompare(b.code),
  );
}

export function codingsCsv(rows: readonly CodingRow[]): string {
  return stringify(
    rows.map((r) => [r.document, r.coder, r.code, r.start, r.end, r.memo]),
    { header: true, columns: [...codingColumns], record_delimiter: 'unix' },
  );
}

const runDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) {
  const rows = buildCodingRows(readPassageList());
  writeFileSync(samplePath('codings.csv'), codingsCsv(rows), 'utf8');
  console.log(`Wrote ${rows.length} codings to ${samplePath('codings.csv')}`);
}
