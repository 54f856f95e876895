import type { HandlerMap } from '../handlers';
import { getDocument, listDocuments } from './documentQueries';
import { importDocuments } from './importDocuments';

export const documentHandlers: HandlerMap<'documents.list' | 'documents.get' | 'documents.import'> = {
  'documents.list': (_a, session) => listDocuments(session.project),
  'documents.get': (a, session) => getDocument(session.project, a.documentId),
  'documents.import': (a, session) => importDocuments(session, a.files, a.operationId ? { operationId: a.operationId } : {}),
};
