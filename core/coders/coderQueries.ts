import { randomUUID } from 'node:crypto';
import type { ProjectFile } from '../../db/projectFile';
import { coders } from '../../db/schema';
import { AppError } from '../model/errors';
import type { Coder } from '../model/types';

export function listCoders(file: ProjectFile): Coder[] {
  return file.db
    .select({ id: coders.id, name: coders.name, initials: coders.initials })
    .from(coders)
    .all()
    .sort((a, b) => a.initials.localeCompare(b.initials));
}

export function findCoderByInitials(file: ProjectFile, initials: string): Coder | undefined {
  return listCoders(file).find((c) => c.initials === initials.trim().toUpperCase());
}

export function createCoder(file: ProjectFile, input: { name: string; initials: string }): Coder {
  const initials = input.initials.trim().toUpperCase();
  const existing = findCoderByInitials(file, initials);
  if (existing) throw new AppError('conflict', `The initials ${initials} already belong to ${existing.name}.`);
  const row = file.db
    .insert(coders)
    .values({ guid: randomUUID(), name: input.name.trim(), initials, createdAt: new Date().toISOString() })
    .returning()
    .get();
  return { id: row.id, name: row.name, initials: row.initials };
}
