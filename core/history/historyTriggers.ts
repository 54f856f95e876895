import type Database from 'better-sqlite3';

/**
 * The triggers behind undo and redo (the approach of sqlite.org/undoredo.html). For every
 * table holding the researcher's work, each inserted, changed or deleted row makes the
 * trigger write the one SQL statement that reverses it, while the recorder is on. They are
 * (re)made from the live schema whenever a project opens, so a new table or column is covered
 * without anyone writing trigger SQL by hand.
 */

/** Tables that are bookkeeping, not work: never recorded. */
function isRecorded(table: string): boolean {
  return !(
    table.startsWith('history_') ||
    table.startsWith('sqlite_') ||
    table.startsWith('__drizzle') ||
    table.startsWith('documents_fts') || // the search index and its switch follow documents by their own triggers
    table === 'project'
  );
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
/** A SQL string literal holding `text` (for building the statement the trigger will write). */
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

const record = (statementSql: string) =>
  `INSERT INTO history_log(action_id, phase, statement) SELECT action_id, phase, ${statementSql} FROM history_recorder WHERE id = 1;`;
const whenRecording = 'WHEN (SELECT recording FROM history_recorder WHERE id = 1)';

function triggersFor(table: string, columns: string[]): Map<string, string> {
  const t = quoteIdent(table);
  const tLit = (s: string) => literal(s);
  const triggers = new Map<string, string>();

  triggers.set(
    `history_${table}_insert`,
    `CREATE TRIGGER ${quoteIdent(`history_${table}_insert`)} AFTER INSERT ON ${t} ${whenRecording} BEGIN ${record(
      `${tLit(`DELETE FROM ${t} WHERE rowid = `)} || new.rowid`,
    )} END`,
  );

  const changed = columns.map((c) => `old.${quoteIdent(c)} IS NOT new.${quoteIdent(c)}`).join(' OR ');
  const setList = columns
    .map((c) => `CASE WHEN old.${quoteIdent(c)} IS NOT new.${quoteIdent(c)} THEN ${tLit(`${quoteIdent(c)} = `)} || quote(old.${quoteIdent(c)}) || ',' ELSE '' END`)
    .join(' || ');
  triggers.set(
    `history_${table}_update`,
    `CREATE TRIGGER ${quoteIdent(`history_${table}_update`)} AFTER UPDATE ON ${t} ${whenRecording} AND (${changed}) BEGIN ${record(
      `${tLit(`UPDATE ${t} SET `)} || rtrim(${setList}, ',') || ${tLit(' WHERE rowid = ')} || old.rowid`,
    )} END`,
  );

  const columnList = ['rowid', ...columns.map(quoteIdent)].join(', ');
  const values = columns.map((c) => `quote(old.${quoteIdent(c)})`).join(` || ',' || `);
  triggers.set(
    `history_${table}_delete`,
    `CREATE TRIGGER ${quoteIdent(`history_${table}_delete`)} AFTER DELETE ON ${t} ${whenRecording} BEGIN ${record(
      `${tLit(`INSERT INTO ${t} (${columnList}) VALUES (`)} || old.rowid || ',' || ${values} || ')'`,
    )} END`,
  );
  return triggers;
}

/** Make the recorder row and every table's triggers match the schema as it is now. */
export function ensureHistoryTriggers(sqlite: Database.Database): void {
  const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'").all() as { name: string }[])
    .map((r) => r.name)
    .filter(isRecorded);
  const existing = new Map(
    (sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'history\\_%' ESCAPE '\\'").all() as { name: string; sql: string }[]).map(
      (r) => [r.name, r.sql],
    ),
  );
  const wanted = new Map<string, string>();
  for (const table of tables) {
    const columns = (sqlite.prepare(`PRAGMA table_info(${quoteIdent(table)})`).all() as { name: string }[]).map((c) => c.name);
    for (const [name, sql] of triggersFor(table, columns)) wanted.set(name, sql);
  }
  const stale = [...existing].filter(([name, sql]) => wanted.get(name) !== sql).map(([name]) => name);
  const missing = [...wanted].filter(([name, sql]) => existing.get(name) !== sql);
  if (stale.length === 0 && missing.length === 0) return;
  sqlite.transaction(() => {
    sqlite.prepare("INSERT OR IGNORE INTO history_recorder (id, recording, phase) VALUES (1, 0, 'undo')").run();
    for (const name of stale) sqlite.exec(`DROP TRIGGER IF EXISTS ${quoteIdent(name)}`);
    for (const [, sql] of missing) sqlite.exec(sql);
  })();
}
