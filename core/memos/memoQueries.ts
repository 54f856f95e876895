import { randomUUID } from 'node:crypto';
import type { ProjectFile } from '../../db/projectFile';
import { statement } from '../../db/statements';
import { AppError } from '../model/errors';
import type { Memo, MemoTarget } from '../model/codingTypes';

interface MemoRow {
  id: number;
  target_kind: MemoTarget['kind'];
  target_id: number | null;
  title: string;
  body: string;
  author_id: number | null;
  created_at: string;
  updated_at: string;
}

/** What a memo is about, in words, for a list that mixes memos of every kind. */
function targetLabel(file: ProjectFile, kind: MemoTarget['kind'], id: number | null): string {
  const one = (sql: string) => (statement(file.sqlite, sql).get(id) as { label: string } | undefined)?.label ?? '(deleted)';
  switch (kind) {
    case 'project':
      return 'Project';
    case 'document':
      return `Document: ${one('SELECT title AS label FROM documents WHERE id = ?')}`;
    case 'participant':
      return `Participant: ${one('SELECT name AS label FROM participants WHERE id = ?')}`;
    case 'code':
      return `Code: ${one('SELECT name AS label FROM codes WHERE id = ?')}`;
    case 'coding':
      return `Coding: ${one(
        "SELECT k.name || ' in ' || d.title || ': \"' || substr(d.text, c.start + 1, min(c.end - c.start, 60)) || '\"' AS label FROM codings c JOIN codes k ON k.id = c.code_id JOIN documents d ON d.id = c.document_id WHERE c.id = ?",
      )}`;
  }
}

function toMemo(file: ProjectFile, r: MemoRow): Memo {
  const target: MemoTarget = r.target_kind === 'project' ? { kind: 'project' } : { kind: r.target_kind, id: r.target_id! };
  return {
    id: r.id,
    target,
    targetLabel: targetLabel(file, r.target_kind, r.target_id),
    title: r.title,
    body: r.body,
    authorId: r.author_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const TARGET_TABLES = { document: 'documents', participant: 'participants', code: 'codes', coding: 'codings' } as const;

function requireTarget(file: ProjectFile, target: MemoTarget): void {
  if (target.kind === 'project') return;
  if (!statement(file.sqlite, `SELECT 1 FROM ${TARGET_TABLES[target.kind]} WHERE id = ?`).get(target.id)) {
    throw new AppError('not-found', `There is no ${target.kind} with id ${target.id} to write a memo on.`);
  }
}

export function listMemos(file: ProjectFile, target?: MemoTarget, query?: string): Memo[] {
  const conditions: string[] = [];
  const args: (string | number)[] = [];
  if (target) {
    conditions.push('target_kind = ?');
    args.push(target.kind);
    if (target.kind !== 'project') {
      conditions.push('target_id = ?');
      args.push(target.id);
    }
  }
  if (query?.trim()) {
    conditions.push("(title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')");
    const like = `%${query.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    args.push(like, like);
  }
  const rows = file.sqlite
    .prepare(`SELECT * FROM memos ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY updated_at DESC, id DESC`)
    .all(...args) as MemoRow[];
  return rows.map((r) => toMemo(file, r));
}

function getMemo(file: ProjectFile, memoId: number): Memo {
  const row = statement(file.sqlite, 'SELECT * FROM memos WHERE id = ?').get(memoId) as MemoRow | undefined;
  if (!row) throw new AppError('not-found', `There is no memo with id ${memoId}.`);
  return toMemo(file, row);
}

export function createMemo(file: ProjectFile, input: { target: MemoTarget; title?: string; body: string; authorId?: number }): Memo {
  requireTarget(file, input.target);
  const now = new Date().toISOString();
  const row = statement(
    file.sqlite,
    'INSERT INTO memos (guid, target_kind, target_id, title, body, author_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id',
  ).get(randomUUID(), input.target.kind, input.target.kind === 'project' ? null : input.target.id, input.title ?? '', input.body, input.authorId ?? null, now, now) as {
    id: number;
  };
  return getMemo(file, row.id);
}

export function updateMemo(file: ProjectFile, memoId: number, change: { title?: string; body?: string }): Memo {
  const memo = getMemo(file, memoId);
  statement(file.sqlite, 'UPDATE memos SET title = ?, body = ?, updated_at = ? WHERE id = ?').run(
    change.title ?? memo.title,
    change.body ?? memo.body,
    new Date().toISOString(),
    memoId,
  );
  return getMemo(file, memoId);
}

export function deleteMemo(file: ProjectFile, memoId: number): void {
  getMemo(file, memoId);
  statement(file.sqlite, 'DELETE FROM memos WHERE id = ?').run(memoId);
}
