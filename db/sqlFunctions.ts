import type Database from 'better-sqlite3';
import { searchableText } from '../core/model/searchText';

/**
 * SQL functions the project's triggers call. Registered on every connection Coherence opens;
 * another SQLite tool can read a project freely, but writing documents needs these.
 */
export function registerSqlFunctions(sqlite: Database.Database): void {
  sqlite.function('coherence_search_text', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? searchableText(text) : '',
  );
}
