import type { HandlerMap } from '../handlers';
import { createCode, listCodes } from './codeQueries';

export const codebookHandlers: HandlerMap<'codes.list' | 'codes.create'> = {
  'codes.list': (_a, session) => listCodes(session.project),
  'codes.create': (a, session) => {
    const file = session.project;
    const code = file.sqlite.transaction(() => createCode(file, a))();
    session.emit('codes.changed', {});
    return code;
  },
};
