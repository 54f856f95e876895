import { randomUUID } from 'node:crypto';
import type { ProjectFile } from '../../db/projectFile';
import { statement } from '../../db/statements';
import { AppError } from '../model/errors';
import type { ConfigurationStatus, TheoryVersion, VersionComparison } from '../model/realistTypes';

export function listVersions(file: ProjectFile): TheoryVersion[] {
  return statement(file.sqlite, 'SELECT id, name, description, sort_order AS sortOrder FROM theory_versions ORDER BY sort_order, id').all() as TheoryVersion[];
}

export function getVersion(file: ProjectFile, versionId: number): TheoryVersion {
  const v = listVersions(file).find((x) => x.id === versionId);
  if (!v) throw new AppError('not-found', `There is no theory version with id ${versionId}.`);
  return v;
}

/** A new version, optionally starting as a copy of another (its configurations and statuses). */
export function createVersion(file: ProjectFile, input: { name: string; description?: string | undefined; copyFrom?: number | undefined }): TheoryVersion {
  if (listVersions(file).some((v) => v.name.toLowerCase() === input.name.trim().toLowerCase())) throw new AppError('conflict', `There is already a version called "${input.name.trim()}".`);
  if (input.copyFrom !== undefined) getVersion(file, input.copyFrom);
  const row = statement(file.sqlite, 'INSERT INTO theory_versions (guid, name, description, sort_order, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id').get(
    randomUUID(),
    input.name.trim(),
    input.description ?? '',
    listVersions(file).length,
    new Date().toISOString(),
  ) as { id: number };
  if (input.copyFrom !== undefined) {
    statement(
      file.sqlite,
      'INSERT INTO configuration_versions (configuration_id, version_id, status, rationale) SELECT configuration_id, ?, status, rationale FROM configuration_versions WHERE version_id = ?',
    ).run(row.id, input.copyFrom);
  }
  return getVersion(file, row.id);
}

export function updateVersion(file: ProjectFile, versionId: number, change: { name?: string | undefined; description?: string | undefined }): TheoryVersion {
  const current = getVersion(file, versionId);
  statement(file.sqlite, 'UPDATE theory_versions SET name = ?, description = ? WHERE id = ?').run(change.name?.trim() ?? current.name, change.description ?? current.description, versionId);
  return getVersion(file, versionId);
}

export function deleteVersion(file: ProjectFile, versionId: number): void {
  getVersion(file, versionId);
  statement(file.sqlite, 'DELETE FROM theory_versions WHERE id = ?').run(versionId);
}

export function compareVersions(file: ProjectFile, fromId: number, toId: number): VersionComparison {
  const statuses = (versionId: number) =>
    new Map(
      (statement(file.sqlite, 'SELECT configuration_id AS id, status FROM configuration_versions WHERE version_id = ?').all(versionId) as { id: number; status: ConfigurationStatus }[]).map((r) => [
        r.id,
        r.status,
      ]),
    );
  const from = statuses(fromId);
  const to = statuses(toId);
  const comparison: VersionComparison = { from: getVersion(file, fromId), to: getVersion(file, toId), added: [], dropped: [], changed: [], unchanged: [] };
  for (const [id, status] of to) {
    const before = from.get(id);
    if (before === undefined) comparison.added.push(id);
    else if (before !== status) comparison.changed.push({ configurationId: id, from: before, to: status });
    else comparison.unchanged.push(id);
  }
  for (const id of from.keys()) if (!to.has(id)) comparison.dropped.push(id);
  return comparison;
}
