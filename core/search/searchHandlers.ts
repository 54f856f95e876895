import type { HandlerMap } from '../handlers';
import { listHistory, redo, undo } from '../history/history';
import type { HistoryEntry } from '../model/types';
import type { Session } from '../session';
import { searchDocuments } from './searchDocuments';

/** After undo or redo anything may have changed: tell every view to reload. */
function afterHistory(session: Session, entry: HistoryEntry | null): HistoryEntry | null {
  if (!entry) return null;
  for (const name of ['documents.changed', 'codes.changed', 'coders.changed', 'participants.changed', 'attributes.changed', 'sets.changed', 'memos.changed'] as const) {
    session.emit(name, {});
  }
  session.emit('codings.changed', { documentId: null });
  session.emit('history.changed', { entry });
  return entry;
}

export const searchHandlers: HandlerMap<'search.query' | 'history.undo' | 'history.redo' | 'history.list'> = {
  'search.query': (a, s) => searchDocuments(s.project, a.query, a.limit, a.documentIds),
  'history.undo': (a, s) => afterHistory(s, undo(s.project, a.expectedId)),
  'history.redo': (_a, s) => afterHistory(s, redo(s.project)),
  'history.list': (a, s) => listHistory(s.project, a.limit),
};
