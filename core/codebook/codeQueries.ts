import { randomUUID } from 'node:crypto';
import type { ProjectFile } from '../../db/projectFile';
import { codes, type CodeRow } from '../../db/schema';
import { joinCodePath } from '../model/codePaths';
import { AppError } from '../model/errors';
import type { Code } from '../model/types';
import { nextCodeColour } from './palette';

/** All codes, parents before children, each with its full path. */
export function listCodes(file: ProjectFile): Code[] {
  const rows = file.db.select().from(codes).all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const pathOf = (row: CodeRow): string[] => {
    const names: string[] = [];
    let cursor: CodeRow | undefined = row;
    // Bounded walk: a cycle (which the API never creates) cannot hang the app.
    for (let guard = 0; cursor && guard < 64; guard++) {
      names.unshift(cursor.name);
      cursor = cursor.parentId === null ? undefined : byId.get(cursor.parentId);
    }
    return names;
  };
  const result = rows.map((r) => ({
    id: r.id,
    parentId: r.parentId,
    name: r.name,
    colour: r.colour,
    description: r.description,
    sortOrder: r.sortOrder,
    path: joinCodePath(pathOf(r)),
  }));
  return result.sort((a, b) => a.path.localeCompare(b.path) || a.sortOrder - b.sortOrder);
}

export interface NewCode {
  name: string;
  parentId?: number | null;
  colour?: string;
  description?: string;
}

export function createCode(file: ProjectFile, input: NewCode): Code {
  const parentId = input.parentId ?? null;
  const siblings = file.sqlite
    .prepare('SELECT name FROM codes WHERE parent_id IS ?')
    .all(parentId) as { name: string }[];
  if (parentId !== null && !file.sqlite.prepare('SELECT 1 FROM codes WHERE id = ?').get(parentId)) {
    throw new AppError('not-found', `There is no parent code with id ${parentId}.`);
  }
  const name = input.name.trim();
  if (siblings.some((s) => s.name.toLocaleLowerCase() === name.toLocaleLowerCase())) {
    throw new AppError('conflict', `A code named "${name}" already exists at that level of the codebook.`);
  }
  const total = (file.sqlite.prepare('SELECT COUNT(*) AS n FROM codes').get() as { n: number }).n;
  const row = file.db
    .insert(codes)
    .values({
      guid: randomUUID(),
      parentId,
      name,
      colour: (input.colour ?? nextCodeColour(total)).toLowerCase(),
      description: input.description ?? '',
      sortOrder: siblings.length,
      createdAt: new Date().toISOString(),
    })
    .returning()
    .get();
  const created = listCodes(file).find((c) => c.id === row.id);
  if (!created) throw new AppError('internal', 'The new code could not be read back.');
  return created;
}
