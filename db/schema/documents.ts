import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

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
    /**
     * Speaker turns as JSON: [{ speaker, start, end, labelStart, labelEnd, textStart,
     * timestamp?, startMs?, endMs? }] in UTF-16 offsets (see core/import/types.ts). Kept with
     * the text they index, so they come and go with it (undo included).
     */
    turns: text('turns').notNull().default('[]'),
    /** Places tied to recording times, as JSON: [{ offset, startMs, endMs?, label? }]. */
    timeMarks: text('time_marks').notNull().default('[]'),
    /** How the turns were found: a convention id, 'custom' or 'none'. */
    turnConvention: text('turn_convention').notNull().default('none'),
  },
  (t) => [
    uniqueIndex('documents_title_unique').on(t.title),
    index('documents_original_hash').on(t.originalHash),
    // Lists read only these columns; the index answers them without touching the (long) text.
    index('documents_summary').on(t.id, t.title, t.format, t.originalName, t.importedAt, t.textLength, t.wordCount, t.turnConvention),
  ],
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
