import type { HandlerMap } from '../handlers';
import { recordAction } from '../history/history';
import { createCoder, listCoders } from './coderQueries';

export const coderHandlers: HandlerMap<'coders.list' | 'coders.create' | 'coders.setCurrent'> = {
  'coders.setCurrent': (a, session) => {
    const file = session.project;
    file.actor = a.coderId === null ? null : (listCoders(file).find((c) => c.id === a.coderId)?.initials ?? null);
    return null;
  },
  'coders.list': (_a, session) => listCoders(session.project),
  'coders.create': (a, session) => {
    const file = session.project;
    const coder = recordAction(file, `Add coder ${a.initials.toUpperCase()}`, null, () => createCoder(file, a));
    session.emit('coders.changed', {});
    return coder;
  },
};
