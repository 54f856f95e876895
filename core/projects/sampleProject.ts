import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ProjectFile } from '../../db/projectFile';
import { createAttribute, setAttributeValue } from '../attributes/attributeQueries';
import { inferType } from '../attributes/attributeTableImport';
import { resolveCodePath } from '../codebook/codePathLookup';
import { updateCode } from '../codebook/codeQueries';
import { createCoder, findCoderByInitials } from '../coders/coderQueries';
import { createCoding } from '../coding/codingQueries';
import { addDocument, documentFromText } from '../documents/addDocument';
import { detectTurns } from '../import';
import { AppError } from '../model/errors';
import { CodePointMap, normaliseText } from '../model/offsets';
import type { AttributeScope } from '../model/participantTypes';
import { createParticipant } from '../participants/participantQueries';
import { mapSpeakers } from '../participants/speakerMapping';
import { countSpeakers, recordDocumentSpeakers } from '../participants/speakerQueries';

/**
 * The sample study (resources/sample, written for Coherence): a realist evaluation of a social
 * prescribing service. Loaded in one transaction so a new sample project is complete or absent.
 */
function readCsv(folder: string, name: string): Record<string, string>[] {
  return parse(readFileSync(path.join(folder, name)), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
}

/** One attribute per column (typed from its values), and each row's values. */
function loadAttributes(file: ProjectFile, scope: AttributeScope, rows: Record<string, string>[], columns: string[], ownerOf: (row: Record<string, string>) => number): void {
  for (const column of columns) {
    const values = rows.map((r) => r[column] ?? '');
    const attribute = createAttribute(file, { scope, name: column, ...inferType(values) });
    for (const row of rows) if (row[column]) setAttributeValue(file, attribute.id, ownerOf(row), row[column]);
  }
}

export function loadSampleInto(file: ProjectFile, sampleFolder: string): void {
  file.sqlite.transaction(() => {
    for (const coder of readCsv(sampleFolder, 'coders.csv')) createCoder(file, { name: coder.name!, initials: coder.initials! });
    for (const row of readCsv(sampleFolder, 'codebook.csv')) {
      const id = resolveCodePath(file, row.path!, { create: true, colour: row.colour! });
      updateCode(file, id, { colour: row.colour!, description: row.description ?? '', inclusion: row.inclusion ?? '', exclusion: row.exclusion ?? '', example: row.example ?? '' });
    }

    const people = readCsv(sampleFolder, 'participants.csv');
    const participantIds = new Map(people.map((p) => [p.participant!, createParticipant(file, { name: p.participant! })]));
    loadAttributes(file, 'participant', people, Object.keys(people[0] ?? {}).filter((c) => c !== 'participant'), (r) => participantIds.get(r.participant!)!);

    const docs = readCsv(sampleFolder, 'documents.csv');
    const documents = new Map<string, { id: number; map: CodePointMap }>();
    for (const doc of docs) {
      const bytes = readFileSync(path.join(sampleFolder, doc.file!));
      const text = normaliseText(bytes.toString('utf8'));
      const turns = detectTurns(text, 'auto').turns;
      const added = addDocument(file, documentFromText({ title: doc.title!, text, format: 'txt', originalName: doc.file!, originalBytes: bytes, turns }));
      const speakers = countSpeakers(turns);
      recordDocumentSpeakers(file, added.id, speakers);
      // documents.csv says which labels are which participants; every other speaker is staff of the study.
      const named = new Map((doc.participants ?? '').split(';').filter(Boolean).map((pair) => pair.split('=') as [string, string]));
      mapSpeakers(
        file,
        speakers.map(([label]) => ({
          label,
          documentId: added.id,
          as: named.has(label) ? { participantId: participantIds.get(named.get(label)!)! } : ('not-participant' as const),
        })),
      );
      documents.set(doc.title!, { id: added.id, map: new CodePointMap(text) });
    }
    const titles = new Map(docs.map((d) => [d.title!, documents.get(d.title!)!.id]));
    loadAttributes(file, 'document', docs, ['phase', 'date', 'interviewer'], (r) => titles.get(r.title!)!);

    for (const [i, row] of readCsv(sampleFolder, 'codings.csv').entries()) {
      const doc = documents.get(row.document!);
      const coder = findCoderByInitials(file, row.coder!);
      if (!doc || !coder) throw new AppError('internal', `The sample's codings.csv line ${i + 2} names an unknown document or coder.`);
      createCoding(file, {
        documentId: doc.id,
        codeId: resolveCodePath(file, row.code!, { create: false }),
        coderId: coder.id,
        start: doc.map.toUtf16(Number(row.start)),
        end: doc.map.toUtf16(Number(row.end)),
      });
    }
  })();
}
