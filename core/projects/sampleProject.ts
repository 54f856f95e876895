import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ProjectFile } from '../../db/projectFile';
import { codes } from '../../db/schema';
import { resolveCodePath } from '../codebook/codePathLookup';
import { createCoder, findCoderByInitials } from '../coders/coderQueries';
import { createCoding } from '../coding/codingQueries';
import { addDocument } from '../documents/addDocument';
import { AppError } from '../model/errors';
import { CodePointMap, normaliseText } from '../model/offsets';

/**
 * The sample study (resources/sample, written for Coherence): a realist evaluation of a social
 * prescribing service. Loaded in one transaction so a new sample project is complete or absent.
 */
function readCsv(folder: string, name: string): Record<string, string>[] {
  return parse(readFileSync(path.join(folder, name)), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
}

export function loadSampleInto(file: ProjectFile, sampleFolder: string): void {
  file.sqlite.transaction(() => {
    for (const coder of readCsv(sampleFolder, 'coders.csv')) {
      createCoder(file, { name: coder.name!, initials: coder.initials! });
    }
    for (const row of readCsv(sampleFolder, 'codebook.csv')) {
      const id = resolveCodePath(file, row.path!, { create: true, colour: row.colour! });
      file.db.update(codes).set({ colour: row.colour!.toLowerCase(), description: row.description ?? '' }).where(eq(codes.id, id)).run();
    }
    const documents = new Map<string, { id: number; text: string; map: CodePointMap }>();
    for (const doc of readCsv(sampleFolder, 'documents.csv')) {
      const bytes = readFileSync(path.join(sampleFolder, doc.file!));
      const text = normaliseText(bytes.toString('utf8'));
      const added = addDocument(file, { title: doc.title!, text, format: 'txt', originalName: doc.file!, originalBytes: bytes });
      documents.set(doc.title!, { id: added.id, text, map: new CodePointMap(text) });
    }
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
