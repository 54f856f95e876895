import { setAttributeValue } from '../attributes/attributeQueries';
import type { HandlerMap } from '../handlers';
import { recordAction } from '../history/history';
import { deleteDocuments, renameDocument, setDocumentParticipants } from './documentEdits';
import { getDocument, listDocuments } from './documentQueries';
import { importDocuments } from './importDocuments';
import { previewImport } from './importPreview';

export const documentHandlers: HandlerMap<
  | 'documents.list'
  | 'documents.get'
  | 'import.preview'
  | 'documents.import'
  | 'operations.cancel'
  | 'documents.rename'
  | 'documents.delete'
  | 'documents.setAttribute'
  | 'documents.setParticipants'
> = {
  'documents.list': (_a, session) => listDocuments(session.project),
  'documents.get': (a, session) => getDocument(session.project, a.documentId),
  'import.preview': (a, session) => previewImport(session, a.files, a),
  'documents.import': (a, session) => importDocuments(session, a.files, a),
  'operations.cancel': (a, session) => {
    session.operations.cancel(a.operationId);
    return null;
  },
  'documents.rename': (a, session) => {
    const file = session.project;
    recordAction(file, `Rename document to "${a.title}"`, null, () => renameDocument(file, a.documentId, a.title));
    session.emit('documents.changed', {});
    return null;
  },
  'documents.delete': (a, session) => {
    const file = session.project;
    recordAction(file, a.documentIds.length === 1 ? 'Delete a document' : `Delete ${a.documentIds.length} documents`, null, () =>
      deleteDocuments(file, a.documentIds),
    );
    session.emit('documents.changed', {});
    session.emit('codings.changed', { documentId: null });
    session.emit('participants.changed', {});
    return null;
  },
  'documents.setAttribute': (a, session) => {
    const file = session.project;
    recordAction(file, 'Set a document attribute', null, () => setAttributeValue(file, a.attributeId, a.documentId, a.value));
    session.emit('documents.changed', {});
    return null;
  },
  'documents.setParticipants': (a, session) => {
    const file = session.project;
    recordAction(file, 'Link participants to a document', null, () => setDocumentParticipants(file, a.documentId, a.participantIds));
    session.emit('documents.changed', {});
    session.emit('participants.changed', {});
    return null;
  },
};
