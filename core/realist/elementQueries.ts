import { randomUUID } from 'node:crypto';
import type { ProjectFile } from '../../db/projectFile';
import { statement } from '../../db/statements';
import { codedSegments } from '../coding/codedSegments';
import { AppError } from '../model/errors';
import type { CmoElement, EvidencePassage, Slot } from '../model/realistTypes';
import { evidenceCounts, supportersByElement } from './supporters';

export function listElements(file: ProjectFile): CmoElement[] {
  const rows = statement(file.sqlite, 'SELECT id, label, description FROM cmo_elements ORDER BY label COLLATE NOCASE').all() as {
    id: number;
    label: string;
    description: string;
  }[];
  const usage = statement(file.sqlite, 'SELECT element_id AS elementId, configuration_id AS configurationId, slot FROM configuration_elements').all() as {
    elementId: number;
    configurationId: number;
    slot: Slot;
  }[];
  const counts = evidenceCounts(file);
  const supporters = supportersByElement(file);
  return rows.map((r) => ({
    ...r,
    evidenceCount: counts.get(r.id) ?? 0,
    supporters: supporters.get(r.id) ?? [],
    usedIn: usage.filter((u) => u.elementId === r.id).map((u) => ({ configurationId: u.configurationId, slot: u.slot })),
  }));
}

export function getElement(file: ProjectFile, elementId: number): CmoElement {
  const element = listElements(file).find((e) => e.id === elementId);
  if (!element) throw new AppError('not-found', `There is no configuration element with id ${elementId}.`);
  return element;
}

export function addEvidence(file: ProjectFile, elementId: number, codingIds: number[]): void {
  if (!statement(file.sqlite, 'SELECT 1 FROM cmo_elements WHERE id = ?').get(elementId)) throw new AppError('not-found', `There is no configuration element with id ${elementId}.`);
  const insert = statement(file.sqlite, 'INSERT OR IGNORE INTO element_evidence (element_id, coding_id) VALUES (?, ?)');
  for (const codingId of codingIds) {
    if (!statement(file.sqlite, 'SELECT 1 FROM codings WHERE id = ?').get(codingId)) throw new AppError('not-found', `There is no coding with id ${codingId}.`);
    insert.run(elementId, codingId);
  }
}

export function removeEvidence(file: ProjectFile, elementId: number, codingIds: number[]): void {
  const remove = statement(file.sqlite, 'DELETE FROM element_evidence WHERE element_id = ? AND coding_id = ?');
  for (const codingId of codingIds) remove.run(elementId, codingId);
}

export function createElement(file: ProjectFile, input: { label: string; description?: string | undefined; codingIds?: number[] | undefined }): CmoElement {
  const row = statement(file.sqlite, 'INSERT INTO cmo_elements (guid, label, description, created_at) VALUES (?, ?, ?, ?) RETURNING id').get(
    randomUUID(),
    input.label.trim(),
    input.description ?? '',
    new Date().toISOString(),
  ) as { id: number };
  if (input.codingIds?.length) addEvidence(file, row.id, input.codingIds);
  return getElement(file, row.id);
}

export function updateElement(file: ProjectFile, elementId: number, change: { label?: string | undefined; description?: string | undefined }): CmoElement {
  const current = getElement(file, elementId);
  statement(file.sqlite, 'UPDATE cmo_elements SET label = ?, description = ? WHERE id = ?').run(change.label?.trim() ?? current.label, change.description ?? current.description, elementId);
  return getElement(file, elementId);
}

export function deleteElement(file: ProjectFile, elementId: number): void {
  getElement(file, elementId);
  statement(file.sqlite, 'DELETE FROM cmo_elements WHERE id = ?').run(elementId);
}

export function elementEvidence(file: ProjectFile, elementId: number): EvidencePassage[] {
  getElement(file, elementId);
  const ids = (statement(file.sqlite, 'SELECT coding_id AS id FROM element_evidence WHERE element_id = ?').all(elementId) as { id: number }[]).map((r) => r.id);
  return ids.length ? codedSegments(file, { codingIds: ids }).map((s) => ({ ...s, elementId })) : [];
}
