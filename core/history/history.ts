import type { ProjectFile } from '../../db/projectFile';
import { statement } from '../../db/statements';
import { AppError } from '../model/errors';
import type { HistoryEntry } from '../model/types';

/**
 * Actions, undo and redo. A change a researcher makes runs inside `recordAction` (or, for
 * work spread over several transactions such as an import, between `beginAction` and the
 * `withinAction` calls). While it runs, the triggers of historyTriggers.ts record the SQL
 * that reverses each row it touches. Undo replays that SQL backwards and, as it does, the
 * same triggers record the SQL that repeats the action: that is redo.
 */

function setRecorder(file: ProjectFile, actionId: number | null, phase: 'undo' | 'redo'): void {
  statement(file.sqlite, 'UPDATE history_recorder SET recording = ?, action_id = ?, phase = ? WHERE id = 1')
    .run(actionId === null ? 0 : 1, actionId, phase);
}

/** Start a new action; anything undone before it can no longer be redone. */
export function beginAction(file: ProjectFile, label: string, coder: string | null = null): number {
  const who = coder ?? file.actor;
  return file.sqlite.transaction(() => {
    statement(file.sqlite, "DELETE FROM history_actions WHERE state = 'undone'").run();
    const row = statement(file.sqlite, "INSERT INTO history_actions (label, coder, created_at, state) VALUES (?, ?, ?, 'done') RETURNING id")
      .get(label, who, new Date().toISOString()) as { id: number };
    return row.id;
  })();
}

/** Run `work` in one transaction, recording into an action begun earlier. */
export function withinAction<T>(file: ProjectFile, actionId: number, work: () => T): T {
  return file.sqlite.transaction(() => {
    setRecorder(file, actionId, 'undo');
    try {
      return work();
    } finally {
      setRecorder(file, null, 'undo');
    }
  })();
}

/** Drop an action that turned out to change nothing (so undo never lands on a no-op). */
export function discardIfEmpty(file: ProjectFile, actionId: number): void {
  const logged = statement(file.sqlite, 'SELECT 1 FROM history_log WHERE action_id = ? LIMIT 1').get(actionId);
  if (!logged) statement(file.sqlite, 'DELETE FROM history_actions WHERE id = ?').run(actionId);
}

/** One action in one transaction: the usual shape of an API call that changes the project. */
export function recordAction<T>(file: ProjectFile, label: string, coder: string | null, work: () => T): T {
  return file.sqlite.transaction(() => {
    const actionId = beginAction(file, label, coder);
    const result = withinAction(file, actionId, work);
    discardIfEmpty(file, actionId);
    return result;
  })();
}

function replay(file: ProjectFile, actionId: number, from: 'undo' | 'redo'): void {
  const to = from === 'undo' ? 'redo' : 'undo';
  const statements = statement(file.sqlite, 'SELECT seq, statement FROM history_log WHERE action_id = ? AND phase = ? ORDER BY seq DESC')
    .all(actionId, from) as { seq: number; statement: string }[];
  statement(file.sqlite, 'DELETE FROM history_log WHERE action_id = ? AND phase = ?').run(actionId, to);
  // Rows come back in reverse order of their changes; references are checked at commit.
  file.sqlite.pragma('defer_foreign_keys = ON');
  setRecorder(file, actionId, to);
  try {
    for (const { statement } of statements) file.sqlite.exec(statement);
  } finally {
    setRecorder(file, null, 'undo');
  }
}

/**
 * Undo the latest action. With `expectedId`, only if the latest is that action: an "Undo"
 * button next to a message must not undo something else that happened since.
 */
export function undo(file: ProjectFile, expectedId?: number): HistoryEntry | null {
  return file.sqlite.transaction(() => {
    const action = statement(file.sqlite, "SELECT id, label, coder, created_at AS createdAt, state FROM history_actions WHERE state = 'done' ORDER BY id DESC LIMIT 1")
      .get() as HistoryEntry | undefined;
    if (!action) return null;
    if (expectedId !== undefined && action.id !== expectedId) {
      throw new AppError('conflict', `"${action.label}" happened since; undo that first (or use the activity history).`);
    }
    replay(file, action.id, 'undo');
    statement(file.sqlite, "UPDATE history_actions SET state = 'undone' WHERE id = ?").run(action.id);
    return { ...action, state: 'undone' as const };
  })();
}

export function redo(file: ProjectFile): HistoryEntry | null {
  return file.sqlite.transaction(() => {
    const action = statement(file.sqlite, "SELECT id, label, coder, created_at AS createdAt, state FROM history_actions WHERE state = 'undone' ORDER BY id ASC LIMIT 1")
      .get() as HistoryEntry | undefined;
    if (!action) return null;
    replay(file, action.id, 'redo');
    statement(file.sqlite, "UPDATE history_actions SET state = 'done' WHERE id = ?").run(action.id);
    return { ...action, state: 'done' as const };
  })();
}

export function listHistory(file: ProjectFile, limit = 200): HistoryEntry[] {
  return statement(file.sqlite, 'SELECT id, label, coder, created_at AS createdAt, state FROM history_actions ORDER BY id DESC LIMIT ?')
    .all(limit) as HistoryEntry[];
}

export function assertNotRecording(file: ProjectFile): void {
  const row = statement(file.sqlite, 'SELECT recording FROM history_recorder WHERE id = 1').get() as { recording: number } | undefined;
  if (row?.recording) throw new AppError('internal', 'The history recorder was left on.');
}
