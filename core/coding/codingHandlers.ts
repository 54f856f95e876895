import type { HandlerMap } from '../handlers';
import { createCoding, deleteCoding } from './codingQueries';

export const codingHandlers: HandlerMap<'codings.create' | 'codings.delete'> = {
  'codings.create': (a, session) => {
    const file = session.project;
    const coding = file.sqlite.transaction(() => createCoding(file, a))();
    session.emit('codings.changed', { documentId: coding.documentId });
    return coding;
  },
  'codings.delete': (a, session) => {
    const file = session.project;
    const removed = file.sqlite.transaction(() => deleteCoding(file, a.codingId))();
    session.emit('codings.changed', { documentId: removed.documentId });
    return null;
  },
};
