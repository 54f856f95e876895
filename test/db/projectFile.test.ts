import { getTableConfig } from 'drizzle-orm/sqlite-core';
import Database from 'better-sqlite3';
import { chmodSync, cpSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COHERENCE_APPLICATION_ID, createProjectFile, openProjectFile } from '../../db/projectFile';
import * as schema from '../../db/schema';
import { AppError } from '../../core/model/errors';
import { repoMigrations, tempDir } from '../support/testCore';

const options = { migrationsFolder: repoMigrations };

function fingerprint(file: string) {
  const dir = path.dirname(file);
  return {
    hash: createHash('sha256').update(readFileSync(file)).digest('hex'),
    mtime: statSync(file).mtimeMs,
    siblings: readdirSync(dir).sort(),
  };
}

function expectAppError(fn: () => unknown, code: string, messagePart: RegExp): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe(code);
    expect((e as AppError).message).toMatch(messagePart);
    return e as AppError;
  }
  throw new Error('expected an error');
}

describe('project file', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('migrations build every table and column of the schema from an empty file', () => {
    const project = createProjectFile(path.join(dir, 'p.coherence'), options);
    const tables = Object.values(schema).filter((t) => typeof t === 'object' && t !== null && Symbol.for('drizzle:IsDrizzleTable') in t);
    expect(tables.length).toBeGreaterThanOrEqual(6);
    for (const table of tables) {
      const config = getTableConfig(table as Parameters<typeof getTableConfig>[0]);
      const columns = project.sqlite.prepare(`PRAGMA table_info(${config.name})`).all() as { name: string; notnull: number; pk: number }[];
      expect(columns.map((c) => c.name).sort(), config.name).toEqual(config.columns.map((c) => c.name).sort());
      for (const column of config.columns) {
        const actual = columns.find((c) => c.name === column.name)!;
        expect(Boolean(actual.notnull) || Boolean(actual.pk), `${config.name}.${column.name}`).toBe(column.notNull);
      }
    }
    expect(project.sqlite.pragma('application_id', { simple: true })).toBe(COHERENCE_APPLICATION_ID);
    expect(project.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(project.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(project.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    project.close();
  });

  it('reopens a project it created, without a backup', () => {
    const file = path.join(dir, 'p.coherence');
    createProjectFile(file, options).close();
    const again = openProjectFile(file, options);
    expect(again.backupPath).toBeNull();
    again.close();
    expect(readdirSync(dir)).toEqual(['p.coherence']);
  });

  it('refuses to create over an existing file', () => {
    const file = path.join(dir, 'exists.coherence');
    writeFileSync(file, 'precious');
    expectAppError(() => createProjectFile(file, options), 'conflict', /already exists/);
    expect(readFileSync(file, 'utf8')).toBe('precious');
  });

  it('refuses a file that is not a database, and changes nothing', () => {
    const file = path.join(dir, 'notes.coherence');
    writeFileSync(file, 'Interviewer: how did the social cafe help?\n');
    const before = fingerprint(file);
    expectAppError(() => openProjectFile(file, options), 'not-a-project', /notes\.coherence is not a Coherence project/);
    expect(fingerprint(file)).toEqual(before);
  });

  it('refuses another application\'s SQLite database, and changes nothing', () => {
    const file = path.join(dir, 'other.sqlite');
    const other = new Database(file);
    other.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    other.close();
    const before = fingerprint(file);
    expectAppError(() => openProjectFile(file, options), 'not-a-project', /a database, but not a Coherence project/);
    expect(fingerprint(file)).toEqual(before);
  });

  it('refuses a truncated project, and changes nothing', () => {
    const file = path.join(dir, 'cut.coherence');
    const project = createProjectFile(file, options);
    const insert = project.sqlite.prepare('INSERT INTO codes (guid, name, colour, created_at) VALUES (?, ?, ?, ?)');
    for (let i = 0; i < 500; i++) insert.run(`g${i}`, `Code ${i} ${'x'.repeat(200)}`, '#aabbcc', 'now');
    project.close();
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const before = fingerprint(file);
    expectAppError(() => openProjectFile(file, options), 'project-corrupt', /cut\.coherence is damaged/);
    expect(fingerprint(file)).toEqual(before);
  });

  it('refuses a read-only project with a clear message, and changes nothing', () => {
    const file = path.join(dir, 'locked.coherence');
    createProjectFile(file, options).close();
    chmodSync(file, 0o444);
    const before = fingerprint(file);
    expectAppError(() => openProjectFile(file, options), 'read-only', /locked\.coherence is read-only/);
    expect(fingerprint(file)).toEqual(before);
    chmodSync(file, 0o644);
  });

  it('refuses a project saved by a newer Coherence, and changes nothing', () => {
    const file = path.join(dir, 'future.coherence');
    const project = createProjectFile(file, options);
    project.sqlite.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', Date.now() + 10 * 365 * 864e5);
    project.close();
    const before = fingerprint(file);
    expectAppError(() => openProjectFile(file, options), 'project-too-new', /newer version of Coherence/);
    expect(fingerprint(file)).toEqual(before);
  });

  it('refuses a missing file', () => {
    expectAppError(() => openProjectFile(path.join(dir, 'nope.coherence'), options), 'file-not-found', /nope\.coherence does not exist/);
  });

  it('backs the file up before running a pending migration, and keeps the data', () => {
    const file = path.join(dir, 'old.coherence');
    const project = createProjectFile(file, options);
    project.sqlite.prepare("INSERT INTO coders (guid, name, initials, created_at) VALUES ('g', 'Sam Okoro', 'SO', 'now')").run();
    project.close();

    // A newer Coherence: the same migrations plus one more.
    const newer = path.join(dir, 'migrations');
    cpSync(repoMigrations, newer, { recursive: true });
    const journalFile = path.join(newer, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { idx: number; when: number; tag: string; version: string; breakpoints: boolean }[] };
    const last = journal.entries.at(-1)!;
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_test_extra' });
    writeFileSync(journalFile, JSON.stringify(journal));
    writeFileSync(path.join(newer, '9999_test_extra.sql'), 'CREATE TABLE test_extra (id integer PRIMARY KEY);');

    const upgraded = openProjectFile(file, { migrationsFolder: newer });
    expect(upgraded.backupPath).toMatch(/old\.coherence\.bak-/);
    expect(upgraded.sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'test_extra'").get()).toBeTruthy();
    upgraded.close();

    const backup = new Database(upgraded.backupPath!, { readonly: true });
    expect(backup.prepare('SELECT name FROM coders').get()).toEqual({ name: 'Sam Okoro' });
    expect(backup.prepare("SELECT name FROM sqlite_master WHERE name = 'test_extra'").get()).toBeUndefined();
    backup.close();
  });
});
