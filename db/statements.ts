import type Database from 'better-sqlite3';

/**
 * Prepared statements, kept per connection. Preparing SQL costs far more than running it, and
 * hot paths (an import writes hundreds of documents) run the same few statements again and again.
 */
const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function statement(sqlite: Database.Database, sql: string): Database.Statement {
  let statements = cache.get(sqlite);
  if (!statements) cache.set(sqlite, (statements = new Map()));
  let prepared = statements.get(sql);
  if (!prepared) statements.set(sql, (prepared = sqlite.prepare(sql)));
  return prepared;
}
