import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { coders } from './coders';

/**
 * Memos: the researcher's notes on the project, a document, a participant, a code or a single
 * coding. `target_id` names the row of the target kind (null for the project); a memo whose
 * target is deleted goes with it (core/memos deletes them in the same transaction).
 */
export const memos = sqliteTable(
  'memos',
  {
    id: integer('id').primaryKey(),
    guid: text('guid').notNull().unique(),
    targetKind: text('target_kind', { enum: ['project', 'document', 'participant', 'code', 'coding'] }).notNull(),
    targetId: integer('target_id'),
    title: text('title').notNull().default(''),
    body: text('body').notNull().default(''),
    authorId: integer('author_id').references(() => coders.id, { onDelete: 'set null' }),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('memos_target').on(t.targetKind, t.targetId)],
);
