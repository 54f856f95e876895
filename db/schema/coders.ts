import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** The people who code (SO, EW, JC): every coding records one of them. */
export const coders = sqliteTable(
  'coders',
  {
    id: integer('id').primaryKey(),
    guid: text('guid').notNull().unique(),
    name: text('name').notNull(),
    /** Stored upper-case so "so" and "SO" are the same coder. */
    initials: text('initials').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('coders_initials_unique').on(t.initials)],
);

export type CoderRow = typeof coders.$inferSelect;
