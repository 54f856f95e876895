import type { ProjectFile } from '../../db/projectFile';
import { splitCodePath } from '../model/codePaths';
import { AppError } from '../model/errors';
import { createCode } from './codeQueries';

/**
 * Find a code by its path ("Collaborative care/Scheduled follow-up"), creating the missing
 * levels when asked: CSV files name codes by path, and a codebook can grow from them.
 */
export function resolveCodePath(file: ProjectFile, pathText: string, options: { create: boolean; colour?: string }): number {
  const names = splitCodePath(pathText);
  if (names.length === 0) throw new AppError('invalid-args', `"${pathText}" is not a code path.`);
  const find = file.sqlite.prepare('SELECT id FROM codes WHERE parent_id IS ? AND name = ? COLLATE NOCASE');
  let parentId: number | null = null;
  for (const [i, name] of names.entries()) {
    const found = find.get(parentId, name) as { id: number } | undefined;
    if (found) {
      parentId = found.id;
      continue;
    }
    if (!options.create) throw new AppError('not-found', `There is no code "${pathText}" in the codebook.`);
    const isLeaf = i === names.length - 1;
    parentId = createCode(file, { name, parentId, ...(isLeaf && options.colour ? { colour: options.colour } : {}) }).id;
  }
  return parentId!;
}
