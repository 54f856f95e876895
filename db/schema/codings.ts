import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { codes } from './codebook';
import { coders } from './coders';
import { documents } from './documents';

/** One coder applied one code to [start, end) of one document (UTF-16 code units). */
export const codings = sqliteTable(
  'codings',
  {
    id: integer('id').primaryKey(),
    guid: text('guid').notNull().unique(),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    codeId: integer('code_id')
      .notNull()
      .references(() => codes.id, { onDelete: 'cascade' }),
    coderId: integer('coder_id')
      .notNull()
      .references(() => coders.id, { onDelete: 'restrict' }),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    createdAt: text('created_at').notNull(),
    /** Realist role of this passage, when tagged while coding: context, mechanism or outcome. */
    realistRole: text('realist_role', { enum: ['context', 'mechanism', 'outcome'] }),
  },
  (t) => [
    index('codings_document').on(t.documentId, t.start),
    index('codings_code').on(t.codeId),
    index('codings_coder').on(t.coderId),
    check('codings_range', sql`${t.start} >= 0 AND ${t.end} > ${t.start}`),
  ],
);

export type CodingRow = typeof codings.$inferSelect;
