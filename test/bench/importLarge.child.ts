/**
 * One measured run, in a fresh process so its peak memory is its own:
 *   `floor`  the same raw text into a fresh SQLite table with an FTS5 index, one transaction;
 *   `import` the large corpus into a new project through the API, then searches over it.
 * Prints one JSON line.
 */
import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../core/createCore';
import { repoRoot } from '../support/paths';
import { largeCorpusFiles } from './corpusFiles';

const dir = path.join(os.tmpdir(), `coherence-bench-${process.pid}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const files = largeCorpusFiles();

// The floor: the same raw text into a fresh SQLite table with an FTS5 index, one transaction.
function floor(): number {
  const db = new Database(path.join(dir, 'floor.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec("CREATE TABLE d (id INTEGER PRIMARY KEY, text TEXT); CREATE VIRTUAL TABLE f USING fts5(text, content='d', content_rowid='id');");
  const start = performance.now();
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const insert = db.prepare('INSERT INTO d (text) VALUES (?)');
  const index = db.prepare('INSERT INTO f (rowid, text) VALUES (?, ?)');
  db.transaction(() => {
    for (const t of texts) index.run(insert.run(t).lastInsertRowid, t);
  })();
  const ms = performance.now() - start;
  db.close();
  return ms;
}

if (process.argv[2] === 'floor') {
  const floorMs = floor();
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(`${JSON.stringify({ floorMs })}\n`);
  process.exit(0);
}
const core = createCore({
  migrationsFolder: path.join(repoRoot, 'db', 'migrations'),
  sampleFolder: path.join(repoRoot, 'resources', 'sample'),
  userDataDir: path.join(dir, 'user-data'),
  parseWorker: { path: path.join(repoRoot, 'core', 'documents', 'parseWorker.ts'), viaTsx: true },
});
const call = async (method: string, args: unknown) => {
  const wire = await core.handle(method, args);
  if (!wire.ok) throw new Error(wire.error.message);
  return wire.value as never;
};
await call('project.create', { path: path.join(dir, 'large.coherence') });
// The app starts its import thread once; start it before timing, as a running app has.
await core.session.parsePool.parse({ name: 'warm.txt', source: { name: 'warm.txt', base64: Buffer.from('A: hi\n').toString('base64') }, speakers: 'auto' });

const start = performance.now();
const results = (await call('documents.import', { files: [{ path: path.dirname(path.dirname(files[0]!)) }] })) as { status: string }[];
const importMs = performance.now() - start;
const imported = results.filter((r) => r.status === 'imported').length;

const queries = ['kubernetes', 'machine learning', '"open source"', 'deploy*', 'privacy', 'latency', 'community', 'database', 'burnout', 'hiring'];
const searchMs: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const query of queries) {
    const t0 = performance.now();
    await call('search.query', { query });
    searchMs.push(performance.now() - t0);
  }
}
core.close();
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify({ importMs, imported, files: files.length, maxRssMB: process.resourceUsage().maxRSS / 1024, searchMs })}\n`);
