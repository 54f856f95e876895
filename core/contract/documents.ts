import { z } from 'zod';
import type { DocumentSummary, DocumentView, ImportFileResult } from '../model/types';
import { method } from './method';

export const id = z.number().int().positive();

const importSource = z.union([
  z.object({ path: z.string().min(1) }),
  z.object({ name: z.string().min(1), base64: z.string() }),
]);

export const documentsContract = {
  'documents.list': method<DocumentSummary[]>()(z.object({})),
  'documents.get': method<DocumentView>()(z.object({ documentId: id })),
  'documents.import': method<ImportFileResult[]>()(
    z.object({ files: z.array(importSource).min(1), operationId: z.string().optional() }),
  ),
};
