import type { HandlerMap } from '../handlers';
import { recordAction } from '../history/history';
import { createMemo, deleteMemo, listMemos, updateMemo } from './memoQueries';

export const memoHandlers: HandlerMap<'memos.list' | 'memos.create' | 'memos.update' | 'memos.delete'> = {
  'memos.list': (a, s) => listMemos(s.project, a.target, a.query),
  'memos.create': (a, s) => {
    const f = s.project;
    const memo = recordAction(f, 'Write a memo', null, () => createMemo(f, a));
    s.emit('memos.changed', {});
    return memo;
  },
  'memos.update': (a, s) => {
    const f = s.project;
    const memo = recordAction(f, 'Edit a memo', null, () => updateMemo(f, a.memoId, a));
    s.emit('memos.changed', {});
    return memo;
  },
  'memos.delete': (a, s) => {
    const f = s.project;
    recordAction(f, 'Delete a memo', null, () => deleteMemo(f, a.memoId));
    s.emit('memos.changed', {});
    return null;
  },
};
