import path from 'node:path';
import type { ProjectFile } from '../../db/projectFile';
import { statement } from '../../db/statements';
import { loadImportSource } from '../documents/importSource';
import { AppError } from '../model/errors';
import type { HandlerMap } from '../handlers';
import { recordAction } from '../history/history';
import type { Session } from '../session';
import { readTable } from '../tables/readTable';
import { codedSegments } from './codedSegments';
import { createCoding, deleteCoding, updateCoding } from './codingQueries';
import { exportCodingsCsv, importCodingsCsv } from './codingsCsv';

function initialsOf(file: ProjectFile, coderId: number): string | null {
  return (statement(file.sqlite, 'SELECT initials FROM coders WHERE id = ?').get(coderId) as { initials: string } | undefined)?.initials ?? null;
}

function codeName(file: ProjectFile, codeId: number): string {
  return (statement(file.sqlite, 'SELECT name FROM codes WHERE id = ?').get(codeId) as { name: string } | undefined)?.name ?? 'a code';
}

function changed(session: Session, documentId: number | null): void {
  session.emit('codings.changed', { documentId });
  session.emit('documents.changed', {});
}

export const codingHandlers: HandlerMap<
  'codings.create' | 'codings.update' | 'codings.delete' | 'codings.get' | 'codings.segments' | 'codings.exportCsv' | 'codings.importCsv'
> = {
  'codings.create': (a, s) => {
    const f = s.project;
    const coding = recordAction(f, `Apply ${codeName(f, a.codeId)}`, initialsOf(f, a.coderId), () => createCoding(f, a));
    changed(s, coding.documentId);
    return coding;
  },
  'codings.update': (a, s) => {
    const f = s.project;
    const coding = recordAction(f, 'Adjust a coding', null, () => updateCoding(f, a.codingId, a.start, a.end));
    changed(s, coding.documentId);
    return coding;
  },
  'codings.delete': (a, s) => {
    const f = s.project;
    const coded = statement(f.sqlite, 'SELECT code_id AS codeId FROM codings WHERE id = ?').get(a.codingId) as { codeId: number } | undefined;
    const label = coded ? `Remove a coding of ${codeName(f, coded.codeId)}` : 'Remove a coding';
    const removed = recordAction(f, label, null, () => deleteCoding(f, a.codingId));
    changed(s, removed.documentId);
    s.emit('memos.changed', {});
    return null;
  },
  'codings.segments': (a, s) => codedSegments(s.project, a),
  'codings.get': (a, s) => {
    const [segment] = codedSegments(s.project, { codingIds: [a.codingId] });
    if (!segment) throw new AppError('not-found', `There is no coding with id ${a.codingId}.`);
    return segment;
  },
  'codings.exportCsv': (a, s) => exportCodingsCsv(s.project, a, `${path.basename(s.project.path, '.coherence')} coded segments.csv`),
  'codings.importCsv': async (a, s) => {
    const f = s.project;
    const name = 'path' in a.file ? path.basename(a.file.path) : a.file.name;
    const table = await readTable(name, loadImportSource({ name, source: a.file }));
    const result = recordAction(f, `Import codings from ${name}`, null, () => importCodingsCsv(f, name, table));
    changed(s, null);
    s.emit('codes.changed', {});
    s.emit('memos.changed', {});
    return result;
  },
};
