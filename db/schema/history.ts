import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Undo, redo and the activity history, kept in the project so they survive a restart.
 * Every change a researcher makes is one action; triggers on the project's tables (made by
 * core/history) write, for each row the action touches, the SQL that reverses it.
 */
export const historyActions = sqliteTable('history_actions', {
  id: integer('id').primaryKey(),
  /** What the researcher did, in their words: "Import 12 files", "Apply code Trust". */
  label: text('label').notNull(),
  /** Who did it (initials), when known. */
  coder: text('coder'),
  createdAt: text('created_at').notNull(),
  /** 'done' (can be undone) or 'undone' (can be redone). */
  state: text('state', { enum: ['done', 'undone'] }).notNull().default('done'),
});

export const historyLog = sqliteTable('history_log', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  actionId: integer('action_id')
    .notNull()
    .references(() => historyActions.id, { onDelete: 'cascade' }),
  /** 'undo': statements that reverse the action; 'redo': statements that repeat it. */
  phase: text('phase', { enum: ['undo', 'redo'] }).notNull(),
  statement: text('statement').notNull(),
});

/** One row: whether triggers record, and into which action and phase. */
export const historyRecorder = sqliteTable('history_recorder', {
  id: integer('id').primaryKey(),
  recording: integer('recording', { mode: 'boolean' }).notNull().default(false),
  actionId: integer('action_id'),
  phase: text('phase', { enum: ['undo', 'redo'] }).notNull().default('undo'),
});
