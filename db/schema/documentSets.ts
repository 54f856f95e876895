import { integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { documents } from './documents';

/** Named groups of documents (interviews, workshop, wave 2...); a document may be in several. */
export const documentSets = sqliteTable(
  'document_sets',
  {
    id: integer('id').primaryKey(),
    guid: text('guid').notNull().unique(),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('document_sets_name_unique').on(t.name)],
);

export const documentSetMembers = sqliteTable(
  'document_set_members',
  {
    setId: integer('set_id')
      .notNull()
      .references(() => documentSets.id, { onDelete: 'cascade' }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.setId, t.documentId] })],
);
