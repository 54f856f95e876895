import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The project itself: exactly one row (id 1), written when the file is created. */
export const project = sqliteTable('project', {
  id: integer('id').primaryKey(),
  guid: text('guid').notNull(),
  name: text('name').notNull(),
  createdAt: text('created_at').notNull(),
  /** The Coherence version that created the file, for support questions. */
  createdWith: text('created_with').notNull(),
});

export type ProjectRow = typeof project.$inferSelect;
