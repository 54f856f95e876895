import type Database from 'better-sqlite3';

/**
 * Every row of every table that holds the researcher's work, in a stable order: two equal
 * snapshots mean nothing changed (used to prove a refused operation left the project as it
 * was, and that undo restores exactly).
 */
export function projectSnapshot(sqlite: Database.Database, options: { withHistory?: boolean } = {}): string {
  const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").all() as { name: string }[])
    .map((t) => t.name)
    .filter((t) => !t.startsWith('documents_fts') && (options.withHistory || !t.startsWith('history_')));
  return JSON.stringify(
    tables.map((t) => [t, sqlite.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]),
    (_k, v: unknown) => (Buffer.isBuffer(v) ? `bytes:${v.length}:${v.toString('base64').slice(0, 32)}` : v),
  );
}
