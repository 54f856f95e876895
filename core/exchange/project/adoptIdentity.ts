import type { ProjectFile } from '../../../db/projectFile';
import { statement } from '../../../db/statements';

/**
 * Give a row made by the project's own building blocks (which mint fresh GUIDs) the GUID it
 * had in the file it came from, unless another row already has it. Keeping GUIDs makes a
 * re-export name everything as the original did, and lets a later merge or re-import match.
 */
export type GuidTable = 'documents' | 'codes' | 'coders' | 'codings' | 'participants' | 'attributes' | 'memos' | 'document_sets';

export function adoptGuid(file: ProjectFile, table: GuidTable, id: number, guid: string): boolean {
  return statement(file.sqlite, `UPDATE ${table} SET guid = ? WHERE id = ? AND NOT EXISTS (SELECT 1 FROM ${table} WHERE guid = ?)`).run(guid, id, guid).changes > 0;
}

/**
 * Keep when a coding or memo was made (and a memo last changed), as the file says, instead of
 * the moment of import: it is part of the coder's record.
 */
export function adoptDates(file: ProjectFile, table: 'codings' | 'memos', id: number, created: string | undefined, modified?: string): void {
  const iso = (d: string | undefined) => (d && !Number.isNaN(Date.parse(d)) ? new Date(d).toISOString() : undefined);
  const createdAt = iso(created);
  if (!createdAt) return;
  if (table === 'codings') statement(file.sqlite, 'UPDATE codings SET created_at = ? WHERE id = ?').run(createdAt, id);
  else statement(file.sqlite, 'UPDATE memos SET created_at = ?, updated_at = ? WHERE id = ?').run(createdAt, iso(modified) ?? createdAt, id);
}
