import { type AnySQLiteColumn, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The codebook: a tree of codes. A top-level code with children is a framework or group. */
export const codes = sqliteTable(
  'codes',
  {
    id: integer('id').primaryKey(),
    guid: text('guid').notNull().unique(),
    parentId: integer('parent_id').references((): AnySQLiteColumn => codes.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    /** '#rrggbb' */
    colour: text('colour').notNull(),
    description: text('description').notNull().default(''),
    /** When to apply the code (codebook governance for deductive coding). */
    inclusion: text('inclusion').notNull().default(''),
    /** When not to apply it, and what to use instead. */
    exclusion: text('exclusion').notNull().default(''),
    /** A typical passage. */
    example: text('example').notNull().default(''),
    /** Realist role of what this code captures: context, mechanism or outcome (or none). */
    realistRole: text('realist_role', { enum: ['context', 'mechanism', 'outcome'] }),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('codes_parent').on(t.parentId)],
);

export type CodeRow = typeof codes.$inferSelect;
