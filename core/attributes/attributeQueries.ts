import { randomUUID } from 'node:crypto';
import type { ProjectFile } from '../../db/projectFile';
import { AppError } from '../model/errors';
import type { Attribute, AttributeScope, AttributeType } from '../model/participantTypes';
import { canonicalValue } from './attributeValues';

interface AttributeRow {
  id: number;
  scope: AttributeScope;
  name: string;
  type: AttributeType;
  allowed_values: string;
  sort_order: number;
}

const toAttribute = (r: AttributeRow): Attribute => ({
  id: r.id,
  scope: r.scope,
  name: r.name,
  type: r.type,
  allowedValues: JSON.parse(r.allowed_values) as string[],
  sortOrder: r.sort_order,
});

export function listAttributes(file: ProjectFile, scope?: AttributeScope): Attribute[] {
  const rows = (scope
    ? file.sqlite.prepare('SELECT * FROM attributes WHERE scope = ? ORDER BY sort_order, name').all(scope)
    : file.sqlite.prepare('SELECT * FROM attributes ORDER BY scope, sort_order, name').all()) as AttributeRow[];
  return rows.map(toAttribute);
}

export function getAttribute(file: ProjectFile, attributeId: number): Attribute {
  const row = file.sqlite.prepare('SELECT * FROM attributes WHERE id = ?').get(attributeId) as AttributeRow | undefined;
  if (!row) throw new AppError('not-found', `There is no attribute with id ${attributeId}.`);
  return toAttribute(row);
}

export function findAttribute(file: ProjectFile, scope: AttributeScope, name: string): Attribute | undefined {
  const row = file.sqlite.prepare('SELECT * FROM attributes WHERE scope = ? AND name = ? COLLATE NOCASE').get(scope, name.trim()) as AttributeRow | undefined;
  return row ? toAttribute(row) : undefined;
}

export function createAttribute(
  file: ProjectFile,
  input: { scope: AttributeScope; name: string; type: AttributeType; allowedValues?: string[] },
): Attribute {
  const name = input.name.trim();
  if (findAttribute(file, input.scope, name)) throw new AppError('conflict', `There is already a ${input.scope} attribute called "${name}".`);
  const allowed = [...new Set((input.allowedValues ?? []).map((v) => v.trim()).filter(Boolean))];
  if (input.type === 'category' && allowed.length === 0) {
    throw new AppError('invalid-args', `A category attribute needs its values (for ${name}).`);
  }
  const order = (file.sqlite.prepare('SELECT COUNT(*) AS n FROM attributes WHERE scope = ?').get(input.scope) as { n: number }).n;
  const row = file.sqlite
    .prepare('INSERT INTO attributes (guid, scope, name, type, allowed_values, sort_order) VALUES (?, ?, ?, ?, ?, ?) RETURNING *')
    .get(randomUUID(), input.scope, name, input.type, JSON.stringify(allowed), order) as AttributeRow;
  return toAttribute(row);
}

function valueTable(scope: AttributeScope) {
  return scope === 'participant'
    ? { table: 'participant_attribute_values', owner: 'participant_id' }
    : { table: 'document_attribute_values', owner: 'document_id' };
}

/** Change an attribute; a new type or value list must fit every value already stored. */
export function updateAttribute(
  file: ProjectFile,
  attributeId: number,
  change: { name?: string; type?: AttributeType; allowedValues?: string[] },
): void {
  const current = getAttribute(file, attributeId);
  const next = {
    ...current,
    name: change.name?.trim() ?? current.name,
    type: change.type ?? current.type,
    allowedValues: change.allowedValues ? [...new Set(change.allowedValues.map((v) => v.trim()).filter(Boolean))] : current.allowedValues,
  };
  if (next.name.toLowerCase() !== current.name.toLowerCase() && findAttribute(file, current.scope, next.name)) {
    throw new AppError('conflict', `There is already a ${current.scope} attribute called "${next.name}".`);
  }
  const { table, owner } = valueTable(current.scope);
  const values = file.sqlite.prepare(`SELECT ${owner} AS owner, value FROM ${table} WHERE attribute_id = ?`).all(attributeId) as { owner: number; value: string }[];
  const rewrite = file.sqlite.prepare(`UPDATE ${table} SET value = ? WHERE ${owner} = ? AND attribute_id = ?`);
  for (const v of values) {
    const canonical = canonicalValue(next, v.value);
    if (canonical !== v.value) rewrite.run(canonical, v.owner, attributeId);
  }
  file.sqlite
    .prepare('UPDATE attributes SET name = ?, type = ?, allowed_values = ? WHERE id = ?')
    .run(next.name, next.type, JSON.stringify(next.allowedValues), attributeId);
}

export function deleteAttribute(file: ProjectFile, attributeId: number): void {
  getAttribute(file, attributeId);
  file.sqlite.prepare('DELETE FROM attributes WHERE id = ?').run(attributeId);
}

/** Set (or, with null or '', clear) one participant's or document's value. */
export function setAttributeValue(file: ProjectFile, attributeId: number, ownerId: number, raw: string | null): void {
  const attribute = getAttribute(file, attributeId);
  const { table, owner } = valueTable(attribute.scope);
  const ownerTable = attribute.scope === 'participant' ? 'participants' : 'documents';
  if (!file.sqlite.prepare(`SELECT 1 FROM ${ownerTable} WHERE id = ?`).get(ownerId)) {
    throw new AppError('not-found', `There is no ${attribute.scope} with id ${ownerId}.`);
  }
  if (raw === null || raw.trim() === '') {
    file.sqlite.prepare(`DELETE FROM ${table} WHERE ${owner} = ? AND attribute_id = ?`).run(ownerId, attributeId);
    return;
  }
  const value = canonicalValue(attribute, raw);
  file.sqlite
    .prepare(`INSERT INTO ${table} (${owner}, attribute_id, value) VALUES (?, ?, ?) ON CONFLICT (${owner}, attribute_id) DO UPDATE SET value = excluded.value`)
    .run(ownerId, attributeId, value);
}

/** ownerId -> (attributeId -> value) for one scope. */
export function attributeValuesByOwner(file: ProjectFile, scope: AttributeScope): Map<number, Record<number, string>> {
  const { table, owner } = valueTable(scope);
  const rows = file.sqlite.prepare(`SELECT ${owner} AS owner, attribute_id AS attributeId, value FROM ${table}`).all() as {
    owner: number;
    attributeId: number;
    value: string;
  }[];
  const map = new Map<number, Record<number, string>>();
  for (const r of rows) {
    let values = map.get(r.owner);
    if (!values) map.set(r.owner, (values = {}));
    values[r.attributeId] = r.value;
  }
  return map;
}
