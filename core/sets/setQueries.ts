import { randomUUID } from 'node:crypto';
import type { ProjectFile } from '../../db/projectFile';
import { AppError } from '../model/errors';
import type { DocumentSet } from '../model/participantTypes';

export function listSets(file: ProjectFile): DocumentSet[] {
  const sets = file.sqlite.prepare('SELECT id, name FROM document_sets ORDER BY name COLLATE NOCASE').all() as { id: number; name: string }[];
  const members = file.sqlite.prepare('SELECT set_id AS setId, document_id AS documentId FROM document_set_members').all() as { setId: number; documentId: number }[];
  return sets.map((s) => ({ ...s, documentIds: members.filter((m) => m.setId === s.id).map((m) => m.documentId) }));
}

function requireSet(file: ProjectFile, setId: number): void {
  if (!file.sqlite.prepare('SELECT 1 FROM document_sets WHERE id = ?').get(setId)) throw new AppError('not-found', `There is no document set with id ${setId}.`);
}

function checkName(file: ProjectFile, name: string, except: number | null): string {
  const clean = name.trim();
  const clash = file.sqlite.prepare('SELECT id FROM document_sets WHERE name = ? COLLATE NOCASE').get(clean) as { id: number } | undefined;
  if (clash && clash.id !== except) throw new AppError('conflict', `There is already a set called "${clean}".`);
  return clean;
}

export function createSet(file: ProjectFile, name: string, documentIds: number[] = []): DocumentSet {
  const row = file.sqlite.prepare('INSERT INTO document_sets (guid, name) VALUES (?, ?) RETURNING id, name').get(randomUUID(), checkName(file, name, null)) as {
    id: number;
    name: string;
  };
  addToSet(file, row.id, documentIds);
  return { ...row, documentIds: [...new Set(documentIds)] };
}

export function renameSet(file: ProjectFile, setId: number, name: string): void {
  requireSet(file, setId);
  file.sqlite.prepare('UPDATE document_sets SET name = ? WHERE id = ?').run(checkName(file, name, setId), setId);
}

export function deleteSet(file: ProjectFile, setId: number): void {
  requireSet(file, setId);
  file.sqlite.prepare('DELETE FROM document_sets WHERE id = ?').run(setId);
}

export function addToSet(file: ProjectFile, setId: number, documentIds: number[]): void {
  requireSet(file, setId);
  const insert = file.sqlite.prepare('INSERT OR IGNORE INTO document_set_members (set_id, document_id) VALUES (?, ?)');
  for (const id of documentIds) {
    if (!file.sqlite.prepare('SELECT 1 FROM documents WHERE id = ?').get(id)) throw new AppError('not-found', `There is no document with id ${id}.`);
    insert.run(setId, id);
  }
}

export function removeFromSet(file: ProjectFile, setId: number, documentIds: number[]): void {
  requireSet(file, setId);
  const del = file.sqlite.prepare('DELETE FROM document_set_members WHERE set_id = ? AND document_id = ?');
  for (const id of documentIds) del.run(setId, id);
}
