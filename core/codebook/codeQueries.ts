import { randomUUID } from 'node:crypto';
import type { ProjectFile } from '../../db/projectFile';
import { statement } from '../../db/statements';
import { joinCodePath } from '../model/codePaths';
import { AppError } from '../model/errors';
import type { CodeDeletionImpact, CodeStats } from '../model/codingTypes';
import type { Code, RealistRole } from '../model/types';
import { nextCodeColour } from './palette';

interface CodeRow {
  id: number;
  parent_id: number | null;
  name: string;
  colour: string;
  description: string;
  inclusion: string;
  exclusion: string;
  example: string;
  realist_role: RealistRole | null;
  sort_order: number;
}

/** All codes in tree order (parents first, siblings by their order), each with its full path. */
export function listCodes(file: ProjectFile): Code[] {
  const rows = statement(file.sqlite, 'SELECT * FROM codes').all() as CodeRow[];
  const children = new Map<number | null, CodeRow[]>();
  for (const r of rows) {
    const list = children.get(r.parent_id) ?? [];
    list.push(r);
    children.set(r.parent_id, list);
  }
  const out: Code[] = [];
  const visit = (parentId: number | null, names: string[], depth: number) => {
    // Bounded: a cycle (which the API never makes) cannot hang the app.
    if (depth > 64) return;
    const siblings = (children.get(parentId) ?? []).sort((a, b) => a.sort_order - b.sort_order || a.name.localeCompare(b.name));
    for (const r of siblings) {
      const path = [...names, r.name];
      out.push({
        id: r.id,
        parentId: r.parent_id,
        name: r.name,
        colour: r.colour,
        description: r.description,
        inclusion: r.inclusion,
        exclusion: r.exclusion,
        example: r.example,
        realistRole: r.realist_role,
        sortOrder: r.sort_order,
        path: joinCodePath(path),
      });
      visit(r.id, path, depth + 1);
    }
  };
  visit(null, [], 0);
  return out;
}

export function getCode(file: ProjectFile, codeId: number): Code {
  const code = listCodes(file).find((c) => c.id === codeId);
  if (!code) throw new AppError('not-found', `There is no code with id ${codeId}.`);
  return code;
}

function requireUniqueName(file: ProjectFile, parentId: number | null, name: string, except: number | null): void {
  const clash = statement(file.sqlite, 'SELECT id FROM codes WHERE parent_id IS ? AND name = ? COLLATE NOCASE').get(parentId, name) as { id: number } | undefined;
  if (clash && clash.id !== except) throw new AppError('conflict', `A code named "${name}" already exists at that level of the codebook.`);
}

export interface CodeFields {
  realistRole?: RealistRole | null;
  colour?: string;
  description?: string;
  inclusion?: string;
  exclusion?: string;
  example?: string;
}

export function createCode(file: ProjectFile, input: { name: string; parentId?: number | null } & CodeFields): Code {
  const parentId = input.parentId ?? null;
  if (parentId !== null && !statement(file.sqlite, 'SELECT 1 FROM codes WHERE id = ?').get(parentId)) {
    throw new AppError('not-found', `There is no parent code with id ${parentId}.`);
  }
  const name = input.name.trim();
  requireUniqueName(file, parentId, name, null);
  const total = (statement(file.sqlite, 'SELECT COUNT(*) AS n FROM codes').get() as { n: number }).n;
  const siblings = (statement(file.sqlite, 'SELECT COUNT(*) AS n FROM codes WHERE parent_id IS ?').get(parentId) as { n: number }).n;
  const row = statement(
    file.sqlite,
    `INSERT INTO codes (guid, parent_id, name, colour, description, inclusion, exclusion, example, sort_order, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  ).get(
    randomUUID(),
    parentId,
    name,
    (input.colour ?? nextCodeColour(total)).toLowerCase(),
    input.description ?? '',
    input.inclusion ?? '',
    input.exclusion ?? '',
    input.example ?? '',
    siblings,
    new Date().toISOString(),
  ) as { id: number };
  return getCode(file, row.id);
}

export function updateCode(file: ProjectFile, codeId: number, change: { name?: string } & CodeFields): Code {
  const current = getCode(file, codeId);
  const name = change.name?.trim() ?? current.name;
  if (name !== current.name) requireUniqueName(file, current.parentId, name, codeId);
  statement(file.sqlite, 'UPDATE codes SET name = ?, colour = ?, description = ?, inclusion = ?, exclusion = ?, example = ?, realist_role = ? WHERE id = ?').run(
    name,
    (change.colour ?? current.colour).toLowerCase(),
    change.description ?? current.description,
    change.inclusion ?? current.inclusion,
    change.exclusion ?? current.exclusion,
    change.example ?? current.example,
    change.realistRole === undefined ? current.realistRole : change.realistRole,
    codeId,
  );
  return getCode(file, codeId);
}

/** The code and every code below it. */
export function descendantsAndSelf(file: ProjectFile, codeId: number): number[] {
  return (
    statement(
      file.sqlite,
      'WITH RECURSIVE tree(id) AS (SELECT ? UNION ALL SELECT c.id FROM codes c JOIN tree t ON c.parent_id = t.id) SELECT id FROM tree',
    ).all(codeId) as { id: number }[]
  ).map((r) => r.id);
}

function renumber(file: ProjectFile, parentId: number | null, order: number[]): void {
  const set = statement(file.sqlite, 'UPDATE codes SET sort_order = ? WHERE id = ?');
  order.forEach((id, i) => set.run(i, id));
}

function siblingIds(file: ProjectFile, parentId: number | null): number[] {
  return (statement(file.sqlite, 'SELECT id FROM codes WHERE parent_id IS ? ORDER BY sort_order, name').all(parentId) as { id: number }[]).map((r) => r.id);
}

export function moveCode(file: ProjectFile, codeId: number, parentId: number | null, index?: number): void {
  const code = getCode(file, codeId);
  if (parentId !== null) {
    getCode(file, parentId);
    if (descendantsAndSelf(file, codeId).includes(parentId)) {
      throw new AppError('invalid-args', `"${code.name}" cannot go inside itself or one of its own sub-codes.`);
    }
  }
  requireUniqueName(file, parentId, code.name, codeId);
  statement(file.sqlite, 'UPDATE codes SET parent_id = ? WHERE id = ?').run(parentId, codeId);
  if (code.parentId !== parentId) renumber(file, code.parentId, siblingIds(file, code.parentId));
  const order = siblingIds(file, parentId).filter((id) => id !== codeId);
  order.splice(Math.min(index ?? order.length, order.length), 0, codeId);
  renumber(file, parentId, order);
}

/**
 * Merge one code into another: the source's codings become the target's (a coding the target
 * already has, same coder, same passage, is not doubled), its sub-codes and memos move over,
 * and the source is deleted.
 */
export function mergeCodes(file: ProjectFile, sourceId: number, targetId: number): Code {
  if (sourceId === targetId) throw new AppError('invalid-args', 'A code cannot be merged into itself.');
  const source = getCode(file, sourceId);
  const target = getCode(file, targetId);
  if (descendantsAndSelf(file, sourceId).includes(targetId)) {
    throw new AppError('invalid-args', `"${source.name}" cannot be merged into its own sub-code "${target.name}".`);
  }
  statement(
    file.sqlite,
    `DELETE FROM codings WHERE code_id = ? AND EXISTS (
       SELECT 1 FROM codings t WHERE t.code_id = ? AND t.document_id = codings.document_id AND t.coder_id = codings.coder_id AND t.start = codings.start AND t.end = codings.end)`,
  ).run(sourceId, targetId);
  statement(file.sqlite, 'UPDATE codings SET code_id = ? WHERE code_id = ?').run(targetId, sourceId);
  statement(file.sqlite, "UPDATE memos SET target_id = ? WHERE target_kind = 'code' AND target_id = ?").run(targetId, sourceId);
  for (const child of siblingIds(file, sourceId)) moveCode(file, child, targetId);
  statement(file.sqlite, 'DELETE FROM codes WHERE id = ?').run(sourceId);
  renumber(file, source.parentId, siblingIds(file, source.parentId));
  return getCode(file, targetId);
}

export function deletionImpact(file: ProjectFile, codeId: number): CodeDeletionImpact {
  getCode(file, codeId);
  const ids = JSON.stringify(descendantsAndSelf(file, codeId));
  const inTree = 'IN (SELECT value FROM json_each(?))';
  const one = (sql: string) => (statement(file.sqlite, sql).get(ids) as { n: number }).n;
  return {
    codes: JSON.parse(ids).length as number,
    codings: one(`SELECT COUNT(*) AS n FROM codings WHERE code_id ${inTree}`),
    documents: one(`SELECT COUNT(DISTINCT document_id) AS n FROM codings WHERE code_id ${inTree}`),
    memos: one(`SELECT COUNT(*) AS n FROM memos WHERE target_kind = 'code' AND target_id ${inTree}`),
    evidence: one(`SELECT COUNT(*) AS n FROM element_evidence WHERE coding_id IN (SELECT id FROM codings WHERE code_id ${inTree})`),
  };
}

/** Delete a code with its sub-codes and their codings; what went is returned. */
export function deleteCode(file: ProjectFile, codeId: number): CodeDeletionImpact {
  const impact = deletionImpact(file, codeId);
  const { parentId } = getCode(file, codeId);
  // Children first, so no code is left pointing at a deleted parent.
  for (const id of descendantsAndSelf(file, codeId).reverse()) statement(file.sqlite, 'DELETE FROM codes WHERE id = ?').run(id);
  renumber(file, parentId, siblingIds(file, parentId));
  return impact;
}

export function codeStats(file: ProjectFile, documentIds?: number[]): CodeStats[] {
  const where = documentIds ? 'WHERE document_id IN (SELECT value FROM json_each(?))' : '';
  const args = documentIds ? [JSON.stringify(documentIds)] : [];
  const rows = file.sqlite
    .prepare(`SELECT code_id AS codeId, coder_id AS coderId, document_id AS documentId, COUNT(*) AS n FROM codings ${where} GROUP BY code_id, coder_id, document_id`)
    .all(...args) as { codeId: number; coderId: number; documentId: number; n: number }[];
  const codes = listCodes(file);
  const own = new Map<number, { codings: number; documents: Set<number>; byCoder: Record<number, number>; coderDocuments: Map<number, Set<number>> }>();
  for (const c of codes) own.set(c.id, { codings: 0, documents: new Set(), byCoder: {}, coderDocuments: new Map() });
  for (const r of rows) {
    const s = own.get(r.codeId);
    if (!s) continue;
    s.codings += r.n;
    s.documents.add(r.documentId);
    s.byCoder[r.coderId] = (s.byCoder[r.coderId] ?? 0) + r.n;
    if (!s.coderDocuments.has(r.coderId)) s.coderDocuments.set(r.coderId, new Set());
    s.coderDocuments.get(r.coderId)!.add(r.documentId);
  }
  const childrenOf = new Map<number, number[]>();
  for (const c of codes) if (c.parentId !== null) childrenOf.set(c.parentId, [...(childrenOf.get(c.parentId) ?? []), c.id]);
  const total = (id: number): { codings: number; documents: Set<number> } => {
    const s = own.get(id)!;
    const documents = new Set(s.documents);
    let codings = s.codings;
    for (const child of childrenOf.get(id) ?? []) {
      const t = total(child);
      codings += t.codings;
      for (const d of t.documents) documents.add(d);
    }
    return { codings, documents };
  };
  return codes.map((c) => {
    const s = own.get(c.id)!;
    const t = total(c.id);
    return {
      codeId: c.id,
      codings: s.codings,
      documents: s.documents.size,
      byCoder: s.byCoder,
      documentsByCoder: Object.fromEntries([...s.coderDocuments].map(([coder, docs]) => [coder, docs.size])),
      withChildren: { codings: t.codings, documents: t.documents.size },
    };
  });
}
