import type { ProjectFile } from '../../db/projectFile';
import { AppError } from '../model/errors';
import type {
  AttributeColumnPreview,
  AttributeImportResult,
  AttributeScope,
  AttributeTablePreview,
  AttributeType,
} from '../model/participantTypes';
import { createParticipant } from '../participants/participantQueries';
import type { Table } from '../tables/readTable';
import { createAttribute, findAttribute, setAttributeValue, updateAttribute } from './attributeQueries';
import { canonicalValue, fitsType } from './attributeValues';

/**
 * Attributes from a spreadsheet: one row per participant (or document), one column per
 * attribute. The key column names who the row is about; the others become attributes, with a
 * type guessed from their values (the researcher can change it in the preview).
 */
const KEY_NAMES: Record<AttributeScope, RegExp> = {
  participant: /^(participant|participants|name|case|person|pseudonym|id)$/i,
  document: /^(document|title|file|transcript|name)$/i,
};

function keyColumnIndex(table: Table, scope: AttributeScope): number {
  const i = table.header.findIndex((h) => KEY_NAMES[scope].test(h));
  return i === -1 ? 0 : i;
}

/** Few distinct values that repeat read as a category (stakeholder type, site, gender). */
export function inferType(values: string[]): { type: AttributeType; allowedValues: string[] } {
  const present = values.filter((v) => v !== '');
  if (present.length === 0) return { type: 'text', allowedValues: [] };
  if (fitsType(present, 'number')) return { type: 'number', allowedValues: [] };
  if (fitsType(present, 'date')) return { type: 'date', allowedValues: [] };
  const distinct = [...new Set(present)];
  // A category repeats itself: at most a dozen values, shared by several rows on average.
  if (distinct.length <= 12 && distinct.length < present.length && distinct.length <= Math.max(2, present.length * 0.6)) return { type: 'category', allowedValues: distinct.sort((a, b) => a.localeCompare(b)) };
  return { type: 'text', allowedValues: [] };
}

function ownerLookup(file: ProjectFile, scope: AttributeScope) {
  const query =
    scope === 'participant'
      ? file.sqlite.prepare('SELECT id FROM participants WHERE name = ? COLLATE NOCASE')
      : file.sqlite.prepare('SELECT id FROM documents WHERE title = ? COLLATE NOCASE');
  return (key: string) => (query.get(key) as { id: number } | undefined)?.id;
}

export function previewAttributeTable(file: ProjectFile, name: string, table: Table, scope: AttributeScope): AttributeTablePreview {
  const key = keyColumnIndex(table, scope);
  const lookup = ownerLookup(file, scope);
  const columns: AttributeColumnPreview[] = table.header.flatMap((header, i) => {
    if (i === key || header === '') return [];
    const values = table.rows.map((r) => r.cells[i] ?? '');
    const existing = findAttribute(file, scope, header);
    const inferred = existing ? { type: existing.type, allowedValues: existing.allowedValues } : inferType(values);
    return [{ name: header, inferredType: inferred.type, allowedValues: inferred.allowedValues, examples: [...new Set(values.filter(Boolean))].slice(0, 5), existing: Boolean(existing) }];
  });
  const unmatched: { line: number; key: string }[] = [];
  const problems: { line: number; message: string }[] = [];
  let matched = 0;
  for (const row of table.rows) {
    const k = row.cells[key] ?? '';
    if (k === '') problems.push({ line: row.line, message: `no ${scope} named in column "${table.header[key]}"` });
    else if (lookup(k) !== undefined) matched++;
    else unmatched.push({ line: row.line, key: k });
  }
  return { file: name, keyColumn: table.header[key] ?? '', columns, rows: table.rows.length, matched, unmatched, problems };
}

export interface ColumnChoice {
  name: string;
  type: AttributeType;
  include: boolean;
}

/**
 * Write the table's values (one transaction, by the caller). Every value is checked first: a
 * value that does not fit its column's type stops the import with the line and column named,
 * and nothing is written.
 */
export function importAttributeTable(
  file: ProjectFile,
  name: string,
  table: Table,
  scope: AttributeScope,
  choices: ColumnChoice[] | undefined,
  createMissing: boolean,
): AttributeImportResult {
  const preview = previewAttributeTable(file, name, table, scope);
  const key = keyColumnIndex(table, scope);
  const chosen = preview.columns
    .map((c) => ({ preview: c, choice: choices?.find((x) => x.name === c.name) ?? { name: c.name, type: c.inferredType, include: true } }))
    .filter((c) => c.choice.include);

  const columns = chosen.map(({ preview: p, choice }) => {
    const index = table.header.indexOf(p.name);
    const values = table.rows.map((r) => r.cells[index] ?? '').filter(Boolean);
    const allowedValues = choice.type === 'category' ? [...new Set([...(findAttribute(file, scope, p.name)?.allowedValues ?? []), ...values])] : [];
    return { name: p.name, index, type: choice.type, allowedValues };
  });
  const problems: string[] = [];
  for (const row of table.rows) {
    for (const c of columns) {
      const value = row.cells[c.index] ?? '';
      if (value === '') continue;
      try {
        canonicalValue(c, value);
      } catch (e) {
        problems.push(`line ${row.line}, column "${c.name}": ${(e as Error).message}`);
      }
    }
  }
  if (problems.length > 0) {
    throw new AppError('invalid-args', `${name}: ${problems.length} value(s) do not fit their column, so nothing was imported. ${problems.slice(0, 5).join('; ')}`, { problems });
  }

  const attributesCreated: string[] = [];
  const attributeIds = columns.map((c) => {
    const existing = findAttribute(file, scope, c.name);
    if (!existing) {
      attributesCreated.push(c.name);
      return createAttribute(file, { scope, name: c.name, type: c.type, allowedValues: c.allowedValues }).id;
    }
    if (existing.type !== c.type || c.allowedValues.some((v) => !existing.allowedValues.includes(v))) {
      updateAttribute(file, existing.id, { type: c.type, allowedValues: c.type === 'category' ? c.allowedValues : existing.allowedValues });
    }
    return existing.id;
  });

  const lookup = ownerLookup(file, scope);
  let updated = 0;
  let created = 0;
  const unmatched: { line: number; key: string }[] = [];
  for (const row of table.rows) {
    const k = row.cells[key] ?? '';
    if (k === '') continue;
    let owner = lookup(k);
    if (owner === undefined && createMissing && scope === 'participant') {
      owner = createParticipant(file, { name: k });
      created++;
    }
    if (owner === undefined) {
      unmatched.push({ line: row.line, key: k });
      continue;
    }
    columns.forEach((c, i) => {
      const value = row.cells[c.index] ?? '';
      if (value !== '') setAttributeValue(file, attributeIds[i]!, owner, value);
    });
    updated++;
  }
  return { updated, created, attributesCreated, unmatched };
}
