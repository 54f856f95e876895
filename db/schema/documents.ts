import { blob, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * A transcript as the researcher reads it. `text` is the normalised text (LF, no BOM); every
 * offset in the project indexes into it in UTF-16 code units, so it never changes after import.
 */
export const documents = sqliteTable(
  'documents',
  {
    id: integer('id').primaryKey(),
    guid: text('guid').notNull().unique(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    /** Length of `text` in UTF-16 code units, kept so lists need not load the text. */
    textLength: integer('text_length').notNull(),
    wordCount: integer('word_count').notNull(),
    format: text('format').notNull(),
    originalName: text('original_name').notNull(),
    /** sha256 (hex) of the original file's bytes: duplicate detection and re-checking. */
    originalHash: text('original_hash').notNull(),
    importedAt: text('imported_at').notNull(),
  },
  (t) => [uniqueIndex('documents_title_unique').on(t.title)],
);

/**
 * The original file's bytes, kept apart from `documents` so lists stay light. Absent when the
 * original is byte-for-byte the UTF-8 of the stored text (nothing to keep).
 */
export const documentOriginals = sqliteTable('document_originals', {
  documentId: integer('document_id')
    .primaryKey()
    .references(() => documents.id, { onDelete: 'cascade' }),
  bytes: blob('bytes', { mode: 'buffer' }).notNull(),
});

export type DocumentRow = typeof documents.$inferSelect;
