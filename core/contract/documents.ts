import { z } from 'zod';
import type { ImportPreviewFile } from '../model/importTypes';
import type { DocumentSummary, DocumentView, ImportFileResult } from '../model/types';
import { method } from './method';
import { id, ids, importSource, speakerMode } from './shared';

const importOptions = {
  speakers: speakerMode.optional(),
  speakersByFile: z.record(z.string(), speakerMode).optional(),
  duplicates: z.enum(['skip', 'import']).optional(),
};

export const documentsContract = {
  'documents.list': method<DocumentSummary[]>()(z.object({})),
  'documents.get': method<DocumentView>()(z.object({ documentId: id })),
  /** Read files (a path may be a folder) without importing: what would be stored, and the speakers found. */
  'import.preview': method<ImportPreviewFile[]>()(z.object({ files: z.array(importSource).min(1), ...importOptions })),
  /** Import files, each in its own transaction; progress as operation.progress; cancellable. */
  'documents.import': method<ImportFileResult[]>()(
    z.object({ files: z.array(importSource).min(1), operationId: z.string().optional(), ...importOptions }),
  ),
  'operations.cancel': method<null>()(z.object({ operationId: z.string() })),
  'documents.rename': method<null>()(z.object({ documentId: id, title: z.string().trim().min(1, 'a document needs a title') })),
  /** Delete documents with their codings (undoable). */
  'documents.delete': method<null>()(z.object({ documentIds: ids })),
  'documents.setAttribute': method<null>()(z.object({ documentId: id, attributeId: id, value: z.string().nullable() })),
  /**
   * Set the participants linked to a document directly (for people without a speaker label
   * in it). Replaces only these explicit links; participants mapped from speakers stay.
   */
  'documents.setParticipants': method<null>()(z.object({ documentId: id, participantIds: z.array(id) })),
};
