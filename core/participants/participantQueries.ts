import { randomUUID } from 'node:crypto';
import type { ProjectFile } from '../../db/projectFile';
import { attributeValuesByOwner } from '../attributes/attributeQueries';
import { AppError } from '../model/errors';
import type { Participant } from '../model/participantTypes';

export function listParticipants(file: ProjectFile): Participant[] {
  const rows = file.sqlite.prepare('SELECT id, name, description FROM participants ORDER BY name COLLATE NOCASE').all() as {
    id: number;
    name: string;
    description: string;
  }[];
  const docs = file.sqlite
    .prepare(
      `SELECT DISTINCT x.participant_id AS participantId, d.id, d.title FROM (
         SELECT document_id, participant_id FROM document_speakers WHERE participant_id IS NOT NULL
         UNION SELECT document_id, participant_id FROM document_participants) x
       JOIN documents d ON d.id = x.document_id ORDER BY d.title COLLATE NOCASE`,
    )
    .all() as { participantId: number; id: number; title: string }[];
  const values = attributeValuesByOwner(file, 'participant');
  return rows.map((r) => ({
    ...r,
    attributes: values.get(r.id) ?? {},
    documents: docs.filter((d) => d.participantId === r.id).map((d) => ({ id: d.id, title: d.title })),
  }));
}

export function findParticipantByName(file: ProjectFile, name: string): { id: number; name: string } | undefined {
  return file.sqlite.prepare('SELECT id, name FROM participants WHERE name = ? COLLATE NOCASE').get(name.trim()) as
    | { id: number; name: string }
    | undefined;
}

export function createParticipant(file: ProjectFile, input: { name: string; description?: string }): number {
  const name = input.name.trim();
  if (findParticipantByName(file, name)) throw new AppError('conflict', `There is already a participant called "${name}".`);
  const row = file.sqlite
    .prepare('INSERT INTO participants (guid, name, description, created_at) VALUES (?, ?, ?, ?) RETURNING id')
    .get(randomUUID(), name, input.description ?? '', new Date().toISOString()) as { id: number };
  return row.id;
}

export function updateParticipant(file: ProjectFile, participantId: number, change: { name?: string; description?: string }): void {
  const current = file.sqlite.prepare('SELECT name FROM participants WHERE id = ?').get(participantId) as { name: string } | undefined;
  if (!current) throw new AppError('not-found', `There is no participant with id ${participantId}.`);
  if (change.name !== undefined) {
    const other = findParticipantByName(file, change.name);
    if (other && other.id !== participantId) throw new AppError('conflict', `There is already a participant called "${change.name.trim()}".`);
    file.sqlite.prepare('UPDATE participants SET name = ? WHERE id = ?').run(change.name.trim(), participantId);
  }
  if (change.description !== undefined) file.sqlite.prepare('UPDATE participants SET description = ? WHERE id = ?').run(change.description, participantId);
}

export function deleteParticipants(file: ProjectFile, participantIds: number[]): void {
  const del = file.sqlite.prepare('DELETE FROM participants WHERE id = ?');
  for (const id of participantIds) {
    if (del.run(id).changes === 0) throw new AppError('not-found', `There is no participant with id ${id}.`);
  }
}
