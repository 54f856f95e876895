/**
 * Reading the sample project in resources/sample exactly as it ships: the transcripts as
 * stored text and the CSV files as records keyed by their header. Shared by the sample's
 * consistency test and by makeCodings.ts, which writes codings.csv.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { repoRoot } from '../support/paths';

export const sampleDir = path.join(repoRoot, 'resources', 'sample');

export const samplePath = (name: string): string => path.join(sampleDir, name);

/** Decodes strictly, so a file that is not valid UTF-8 fails here rather than turning into U+FFFD. */
export function readSampleText(name: string): string {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(readFileSync(samplePath(name)));
}

export interface SampleCsv {
  header: string[];
  rows: Record<string, string>[];
}

export function readSampleCsv(name: string): SampleCsv {
  const records = parse(readSampleText(name), { relax_column_count: false, skip_empty_lines: true }) as string[][];
  const [header, ...body] = records;
  if (!header) throw new Error(`${name} is empty`);
  const rows = body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
  return { header, rows };
}

export interface SampleDocument {
  file: string;
  title: string;
  phase: string;
  date: string;
  interviewer: string;
  /** Speaker label in the text -> participant in participants.csv. */
  speakers: Map<string, string>;
}

export function readSampleDocuments(): SampleDocument[] {
  return readSampleCsv('documents.csv').rows.map((r) => ({
    file: r.file ?? '',
    title: r.title ?? '',
    phase: r.phase ?? '',
    date: r.date ?? '',
    interviewer: r.interviewer ?? '',
    speakers: new Map(
      (r.participants ?? '')
        .split(';')
        .filter((pair) => pair.length > 0)
        .map((pair) => {
          const [label = '', participant = ''] = pair.split('=');
          return [label.trim(), participant.trim()] as const;
        }),
    ),
  }));
}

/** A transcript's turns: each paragraph is "Name: text". */
export interface Turn {
  speaker: string;
  text: string;
}

export function splitTurns(text: string): Turn[] {
  return text
    .replace(/\n$/, '')
    .split('\n\n')
    .map((paragraph) => {
      const colon = paragraph.indexOf(': ');
      return { speaker: colon > 0 ? paragraph.slice(0, colon) : '', text: paragraph.slice(colon + 2) };
    });
}
