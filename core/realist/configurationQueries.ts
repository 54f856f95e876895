import { randomUUID } from 'node:crypto';
import type { ProjectFile } from '../../db/projectFile';
import { statement } from '../../db/statements';
import { AppError } from '../model/errors';
import { SLOTS, type Configuration, type ConfigurationStatus, type Slot } from '../model/realistTypes';
import { evidenceCounts, mergeSupporters, supportersByElement } from './supporters';

export function listConfigurations(file: ProjectFile, versionId?: number): Configuration[] {
  const rows = (
    versionId === undefined
      ? statement(file.sqlite, 'SELECT id, statement, created_at AS createdAt FROM configurations ORDER BY id').all()
      : statement(
          file.sqlite,
          'SELECT c.id, c.statement, c.created_at AS createdAt FROM configurations c JOIN configuration_versions v ON v.configuration_id = c.id WHERE v.version_id = ? ORDER BY c.id',
        ).all(versionId)
  ) as { id: number; statement: string; createdAt: string }[];
  const links = statement(
    file.sqlite,
    'SELECT l.configuration_id AS configurationId, l.element_id AS elementId, l.slot, e.label FROM configuration_elements l JOIN cmo_elements e ON e.id = l.element_id ORDER BY l.sort_order',
  ).all() as { configurationId: number; elementId: number; slot: Slot; label: string }[];
  const statuses = statement(file.sqlite, 'SELECT configuration_id AS configurationId, version_id AS versionId, status, rationale FROM configuration_versions').all() as {
    configurationId: number;
    versionId: number;
    status: ConfigurationStatus;
    rationale: string;
  }[];
  const counts = evidenceCounts(file);
  const supporters = supportersByElement(file);
  return rows.map((r) => {
    const elements = links
      .filter((l) => l.configurationId === r.id)
      .map((l) => ({ elementId: l.elementId, label: l.label, slot: l.slot, evidenceCount: counts.get(l.elementId) ?? 0 }))
      .sort((a, b) => SLOTS.indexOf(a.slot) - SLOTS.indexOf(b.slot));
    const ids = [...new Set(elements.map((e) => e.elementId))];
    return {
      ...r,
      elements,
      versions: Object.fromEntries(statuses.filter((s) => s.configurationId === r.id).map((s) => [s.versionId, { status: s.status, rationale: s.rationale }])),
      supporters: mergeSupporters(ids.map((id) => supporters.get(id) ?? [])),
      evidenceCount: ids.reduce((sum, id) => sum + (counts.get(id) ?? 0), 0),
    };
  });
}

export function getConfiguration(file: ProjectFile, configurationId: number): Configuration {
  const found = listConfigurations(file).find((c) => c.id === configurationId);
  if (!found) throw new AppError('not-found', `There is no configuration with id ${configurationId}.`);
  return found;
}

/** A slot's element: an existing one, or a new one to make with the configuration. */
export type SlotElement = { elementId: number; slot: Slot } | { newLabel: string; slot: Slot };

function setElements(file: ProjectFile, configurationId: number, elements: SlotElement[]): void {
  statement(file.sqlite, 'DELETE FROM configuration_elements WHERE configuration_id = ?').run(configurationId);
  const insert = statement(file.sqlite, 'INSERT OR IGNORE INTO configuration_elements (configuration_id, element_id, slot, sort_order) VALUES (?, ?, ?, ?)');
  elements.forEach((e, i) => {
    let elementId: number;
    if ('newLabel' in e) {
      elementId = (
        statement(file.sqlite, "INSERT INTO cmo_elements (guid, label, description, created_at) VALUES (?, ?, '', ?) RETURNING id").get(randomUUID(), e.newLabel.trim(), new Date().toISOString()) as {
          id: number;
        }
      ).id;
    } else {
      if (!statement(file.sqlite, 'SELECT 1 FROM cmo_elements WHERE id = ?').get(e.elementId)) throw new AppError('not-found', `There is no configuration element with id ${e.elementId}.`);
      elementId = e.elementId;
    }
    insert.run(configurationId, elementId, e.slot, i);
  });
}

export function createConfiguration(file: ProjectFile, input: { statement: string; elements?: SlotElement[] | undefined }): Configuration {
  const row = statement(file.sqlite, 'INSERT INTO configurations (guid, statement, created_at) VALUES (?, ?, ?) RETURNING id').get(
    randomUUID(),
    input.statement.trim(),
    new Date().toISOString(),
  ) as { id: number };
  setElements(file, row.id, input.elements ?? []);
  return getConfiguration(file, row.id);
}

export function updateConfiguration(
  file: ProjectFile,
  configurationId: number,
  change: { statement?: string | undefined; elements?: SlotElement[] | undefined },
): Configuration {
  getConfiguration(file, configurationId);
  if (change.statement !== undefined) statement(file.sqlite, 'UPDATE configurations SET statement = ? WHERE id = ?').run(change.statement.trim(), configurationId);
  if (change.elements) setElements(file, configurationId, change.elements);
  return getConfiguration(file, configurationId);
}

export function deleteConfiguration(file: ProjectFile, configurationId: number): void {
  getConfiguration(file, configurationId);
  statement(file.sqlite, 'DELETE FROM configurations WHERE id = ?').run(configurationId);
}

export function setConfigurationStatus(
  file: ProjectFile,
  input: { configurationId: number; versionId: number; status: ConfigurationStatus | null; rationale?: string | undefined },
): void {
  getConfiguration(file, input.configurationId);
  if (!statement(file.sqlite, 'SELECT 1 FROM theory_versions WHERE id = ?').get(input.versionId)) throw new AppError('not-found', `There is no theory version with id ${input.versionId}.`);
  if (input.status === null) {
    statement(file.sqlite, 'DELETE FROM configuration_versions WHERE configuration_id = ? AND version_id = ?').run(input.configurationId, input.versionId);
    return;
  }
  const current = statement(file.sqlite, 'SELECT rationale FROM configuration_versions WHERE configuration_id = ? AND version_id = ?').get(input.configurationId, input.versionId) as
    | { rationale: string }
    | undefined;
  statement(
    file.sqlite,
    `INSERT INTO configuration_versions (configuration_id, version_id, status, rationale) VALUES (?, ?, ?, ?)
     ON CONFLICT (configuration_id, version_id) DO UPDATE SET status = excluded.status, rationale = excluded.rationale`,
  ).run(input.configurationId, input.versionId, input.status, input.rationale ?? current?.rationale ?? '');
}
