import type { HandlerMap } from '../handlers';
import { createCoder, listCoders } from './coderQueries';

export const coderHandlers: HandlerMap<'coders.list' | 'coders.create'> = {
  'coders.list': (_a, session) => listCoders(session.project),
  'coders.create': (a, session) => {
    const file = session.project;
    const coder = file.sqlite.transaction(() => createCoder(file, a))();
    session.emit('coders.changed', {});
    return coder;
  },
};
