import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { closeSync, existsSync, openSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../core/model/errors';
import * as schema from './schema';
import { registerSqlFunctions } from './sqlFunctions';

/**
 * A Coherence project is one SQLite file. This module is the only door to it: it recognises
 * the file (application_id), refuses what it must not touch (not a project, truncated, made by
 * a newer Coherence, read-only), backs the file up before any migration, and opens it with
 * WAL, foreign keys and a busy timeout.
 */

/** 'Cohe' in ASCII: stamped in the SQLite header so a project is recognisable. */
export const COHERENCE_APPLICATION_ID = 0x436f6865;

export type ProjectDatabase = BetterSQLite3Database<typeof schema>;

export interface ProjectFile {
  readonly path: string;
  readonly sqlite: Database.Database;
  readonly db: ProjectDatabase;
  /** The backup written before migrating this file, if one was needed. */
  readonly backupPath: string | null;
  /** Initials of the coder working on this machine, for the activity history (set by the UI). */
  actor: string | null;
  close(): void;
}

export interface OpenOptions {
  migrationsFolder: string;
  /** better-sqlite3 binary for a runtime other than Node (the Electron ABI build). */
  nativeBinding?: string;
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';

interface MigrationJournal {
  entries: { when: number; tag: string }[];
}

function readJournal(migrationsFolder: string): MigrationJournal {
  const file = path.join(migrationsFolder, 'meta', '_journal.json');
  return JSON.parse(readFileSync(file, 'utf8')) as MigrationJournal;
}

function label(file: string): string {
  return path.basename(file);
}

/** What the 100-byte SQLite header says, read without opening the database. */
function inspectHeader(file: string): { applicationId: number; expectedBytes: number | null } {
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read === 0) {
    throw new AppError('not-a-project', `${label(file)} is empty; it is not a Coherence project.`);
  }
  if (read < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw new AppError('not-a-project', `${label(file)} is not a Coherence project (it is not a database file).`);
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const changeCounter = header.readUInt32BE(24);
  const pageCount = header.readUInt32BE(28);
  const validFor = header.readUInt32BE(92);
  // The in-header page count is only trustworthy when written by SQLite 3.7+ (validFor matches).
  const expectedBytes = validFor === changeCounter && pageCount > 0 ? pageCount * pageSize : null;
  return { applicationId: header.readUInt32BE(68), expectedBytes };
}

function checkFileIsUsable(file: string): void {
  if (!existsSync(file)) throw new AppError('file-not-found', `${label(file)} does not exist (${file}).`);
  const stat = statSync(file);
  if (!stat.isFile()) throw new AppError('not-a-project', `${label(file)} is a folder, not a Coherence project.`);
  const { applicationId, expectedBytes } = inspectHeader(file);
  if (expectedBytes !== null && stat.size < expectedBytes) {
    throw new AppError(
      'project-corrupt',
      `${label(file)} is damaged: it is shorter than the database it describes (${stat.size} of ${expectedBytes} bytes), as if a copy was cut off. Open a backup instead; the file was not changed.`,
    );
  }
  if (applicationId !== COHERENCE_APPLICATION_ID) {
    throw new AppError('not-a-project', `${label(file)} is a database, but not a Coherence project.`);
  }
  // Respect the read-only mark even for users (or root) the operating system would let write.
  if ((stat.mode & 0o222) === 0) {
    throw new AppError(
      'read-only',
      `${label(file)} is read-only. Coherence saves every change as you work, so it needs to write to the project; copy it or allow writing, then open it again.`,
    );
  }
}

function describeSqliteError(e: unknown, file: string): AppError {
  if (e instanceof AppError) return e;
  const code = (e as { code?: string }).code ?? '';
  const message = e instanceof Error ? e.message : String(e);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new AppError('project-corrupt', `${label(file)} is damaged (${message}). Open a backup instead; the file was not changed.`);
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM')) {
    return new AppError('read-only', `${label(file)} cannot be written (${message}). Check that the file and its folder allow writing.`);
  }
  return new AppError('internal', `${label(file)} could not be opened: ${message}`);
}

/** The newest migration recorded in the file, or 0 for a file that has none. */
function lastAppliedMigration(sqlite: Database.Database): number {
  const table = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  if (!table) return 0;
  const row = sqlite.prepare('SELECT MAX(created_at) AS last FROM __drizzle_migrations').get() as { last: number | null };
  return Number(row.last ?? 0);
}

function applyPragmas(sqlite: Database.Database): void {
  registerSqlFunctions(sqlite);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  // Imports write megabytes per transaction: a 16 MB page cache keeps them from spilling early.
  sqlite.pragma('cache_size = -16384');
  sqlite.pragma('foreign_keys = ON');
}

function runMigrations(sqlite: Database.Database, options: OpenOptions, count: number): void {
  // Table rebuilds in migrations need foreign keys off; PRAGMA is a no-op inside a transaction,
  // so switch it around the whole run and verify integrity before switching back on.
  sqlite.pragma('foreign_keys = OFF');
  migrate(drizzle(sqlite, { schema }), { migrationsFolder: options.migrationsFolder });
  const problems = sqlite.pragma('foreign_key_check') as unknown[];
  if (problems.length > 0) throw new Error(`migration left ${problems.length} broken references`);
  sqlite.pragma(`user_version = ${count}`);
  sqlite.pragma('foreign_keys = ON');
}

function backupName(file: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return `${file}.bak-${stamp}`;
}

function wrap(file: string, sqlite: Database.Database, backupPath: string | null): ProjectFile {
  return {
    path: file,
    sqlite,
    db: drizzle(sqlite, { schema }),
    backupPath,
    actor: null,
    close: () => {
      if (sqlite.open) {
        // Fold the WAL back into the file so a closed project is one self-contained file.
        try {
          sqlite.pragma('wal_checkpoint(TRUNCATE)');
        } catch {
          // a read-only or busy file keeps its WAL; SQLite recovers it on the next open
        }
        sqlite.close();
      }
    },
  };
}

/**
 * Look inside without writing: refuse a file from a newer Coherence, and when migrations are
 * pending, copy the file first (VACUUM INTO makes a consistent copy even of a WAL database).
 */
function checkVersionAndBackUp(
  file: string,
  dbOptions: { nativeBinding?: string },
  newestKnown: number,
): { pending: boolean; backupPath: string | null } {
  let probe: Database.Database | null = null;
  const sidecars = [`${file}-wal`, `${file}-shm`].filter((f) => !existsSync(f));
  try {
    probe = new Database(file, { ...dbOptions, readonly: true, fileMustExist: true });
    const last = lastAppliedMigration(probe);
    if (last > newestKnown) {
      throw new AppError(
        'project-too-new',
        `${label(file)} was saved by a newer version of Coherence. Update Coherence to open it; the file was not changed.`,
      );
    }
    if (last === newestKnown) return { pending: false, backupPath: null };
    const backupPath = backupName(file);
    probe.prepare('VACUUM INTO ?').run(backupPath);
    return { pending: true, backupPath };
  } catch (e) {
    throw describeSqliteError(e, file);
  } finally {
    probe?.close();
    // A read-only connection to a WAL database leaves its (empty) side files behind; a file we
    // only looked at must look untouched.
    for (const f of sidecars) if (existsSync(f) && (f.endsWith('-shm') || statSync(f).size === 0)) rmSync(f, { force: true });
  }
}

/** Open an existing project, migrating it (after a backup) if it was made by an older Coherence. */
export function openProjectFile(file: string, options: OpenOptions): ProjectFile {
  const absolute = path.resolve(file);
  checkFileIsUsable(absolute);
  const journal = readJournal(options.migrationsFolder);
  const newestKnown = journal.entries.at(-1)?.when ?? 0;
  const dbOptions = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};

  const { pending, backupPath } = checkVersionAndBackUp(absolute, dbOptions, newestKnown);

  let sqlite: Database.Database | null = null;
  try {
    sqlite = new Database(absolute, { ...dbOptions, fileMustExist: true });
    applyPragmas(sqlite);
    if (pending) runMigrations(sqlite, options, journal.entries.length);
    return wrap(absolute, sqlite, backupPath);
  } catch (e) {
    sqlite?.close();
    const err = describeSqliteError(e, absolute);
    if (pending && backupPath) {
      throw new AppError(err.code, `${err.message} A copy made before the upgrade is at ${backupPath}.`);
    }
    throw err;
  }
}

/** Create a new, empty project file. Refuses to overwrite anything. */
export function createProjectFile(file: string, options: OpenOptions): ProjectFile {
  const absolute = path.resolve(file);
  if (existsSync(absolute)) {
    throw new AppError('conflict', `${label(absolute)} already exists; choose another name or open it.`);
  }
  if (!existsSync(path.dirname(absolute))) {
    throw new AppError('file-not-found', `The folder for ${label(absolute)} does not exist (${path.dirname(absolute)}).`);
  }
  const journal = readJournal(options.migrationsFolder);
  const dbOptions = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  let sqlite: Database.Database | null = null;
  try {
    sqlite = new Database(absolute, dbOptions);
    sqlite.pragma(`application_id = ${COHERENCE_APPLICATION_ID}`);
    applyPragmas(sqlite);
    runMigrations(sqlite, options, journal.entries.length);
    return wrap(absolute, sqlite, null);
  } catch (e) {
    sqlite?.close();
    // Nothing half-made stays behind.
    for (const suffix of ['', '-wal', '-shm']) rmSync(absolute + suffix, { force: true });
    throw describeSqliteError(e, absolute);
  }
}
