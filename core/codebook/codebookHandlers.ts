import type { HandlerMap } from '../handlers';
import { recordAction } from '../history/history';
import { createCode, listCodes } from './codeQueries';

export const codebookHandlers: HandlerMap<'codes.list' | 'codes.create'> = {
  'codes.list': (_a, session) => listCodes(session.project),
  'codes.create': (a, session) => {
    const file = session.project;
    const code = recordAction(file, `Add code ${a.name}`, null, () => createCode(file, a));
    session.emit('codes.changed', {});
    return code;
  },
};
