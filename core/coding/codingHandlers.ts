import type { HandlerMap } from '../handlers';
import { recordAction } from '../history/history';
import type { ProjectFile } from '../../db/projectFile';
import { createCoding, deleteCoding } from './codingQueries';

function initialsOf(file: ProjectFile, coderId: number): string | null {
  return (file.sqlite.prepare('SELECT initials FROM coders WHERE id = ?').get(coderId) as { initials: string } | undefined)?.initials ?? null;
}

function codeName(file: ProjectFile, codeId: number): string {
  return (file.sqlite.prepare('SELECT name FROM codes WHERE id = ?').get(codeId) as { name: string } | undefined)?.name ?? 'a code';
}

export const codingHandlers: HandlerMap<'codings.create' | 'codings.delete'> = {
  'codings.create': (a, session) => {
    const file = session.project;
    const coding = recordAction(file, `Apply ${codeName(file, a.codeId)}`, initialsOf(file, a.coderId), () => createCoding(file, a));
    session.emit('codings.changed', { documentId: coding.documentId });
    return coding;
  },
  'codings.delete': (a, session) => {
    const file = session.project;
    const removed = recordAction(file, 'Remove a coding', null, () => deleteCoding(file, a.codingId));
    session.emit('codings.changed', { documentId: removed.documentId });
    return null;
  },
};
