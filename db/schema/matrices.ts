import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Framework matrices (the framework method's charts): rows are participants or documents,
 * columns are themes (codes), each cell a researcher's summary beside the coded evidence.
 * The layout is saved; the evidence is always read live from the codings.
 */
export const matrices = sqliteTable('matrices', {
  id: integer('id').primaryKey(),
  guid: text('guid').notNull().unique(),
  name: text('name').notNull(),
  rowKind: text('row_kind', { enum: ['participant', 'document'] }).notNull(),
  /** JSON array of code ids, in column order. */
  codeIds: text('code_ids').notNull(),
  /** JSON array of participant or document ids (in no particular order); null: all of them. */
  rowIds: text('row_ids'),
  /** JSON array of attribute ids to group and sort the rows by (outermost first). */
  groupBy: text('group_by').notNull().default('[]'),
  createdAt: text('created_at').notNull(),
});

export const matrixCells = sqliteTable(
  'matrix_cells',
  {
    matrixId: integer('matrix_id')
      .notNull()
      .references(() => matrices.id, { onDelete: 'cascade' }),
    /** A participant or document id, as the matrix's row kind says. */
    rowId: integer('row_id').notNull(),
    codeId: integer('code_id').notNull(),
    summary: text('summary').notNull().default(''),
    status: text('status', { enum: ['empty', 'drafted', 'reviewed'] }).notNull().default('empty'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.matrixId, t.rowId, t.codeId] })],
);
