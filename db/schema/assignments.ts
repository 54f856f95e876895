import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { coders } from './coders';
import { documents } from './documents';

/**
 * Who is to code which documents, and whether they have finished. It decides what agreement
 * counts: uncoded text in a document a coder completed means "code absent"; a document a coder
 * was not given is missing data for that coder.
 */
export const assignments = sqliteTable(
  'assignments',
  {
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    coderId: integer('coder_id')
      .notNull()
      .references(() => coders.id, { onDelete: 'cascade' }),
    assignedAt: text('assigned_at').notNull(),
    /** When the coder marked the document complete; null while they are still coding it. */
    completedAt: text('completed_at'),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.coderId] }), index('assignments_coder').on(t.coderId)],
);
