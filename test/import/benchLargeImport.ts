/**
 * How long readDocument takes over the large corpus (557 Markdown podcast transcripts, ~28 MB),
 * with automatic turn detection. A measurement, not a test: run
 *   npx tsx test/import/benchLargeImport.ts
 * The importer's budget for these files is 1.5 s including SQLite writes, so reading and
 * detection should stay within a few hundred milliseconds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { detectTurns, readDocument } from '../../core/import';
import { corpusPath } from '../support/paths';

const root = corpusPath('large', 'changelog');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => ({ name: path.basename(f), bytes: readFileSync(path.join(root, f)) }));
const totalBytes = files.reduce((n, f) => n + f.bytes.length, 0);

async function readAll(): Promise<{ turns: number; ms: number }> {
  const t0 = performance.now();
  let turns = 0;
  for (const f of files) turns += (await readDocument(f.name, f.bytes)).turns.length;
  return { turns, ms: performance.now() - t0 };
}

// The first pass pays for JIT warm-up and regex compilation; report it and the best of three.
const first = await readAll();
const runs = [await readAll(), await readAll(), await readAll()];
const best = Math.min(...runs.map((r) => r.ms));

const texts = await Promise.all(files.map(async (f) => (await readDocument(f.name, f.bytes)).text));
const t1 = performance.now();
for (const t of texts) detectTurns(t);
const detectMs = performance.now() - t1;

console.log(`${files.length} files, ${(totalBytes / 1024 / 1024).toFixed(1)} MB, ${first.turns} turns`);
console.log(`readDocument (decode + normalise + detect turns): first pass ${first.ms.toFixed(0)} ms, best of 3 ${best.toFixed(0)} ms`);
console.log(`detectTurns alone: ${detectMs.toFixed(0)} ms`);
