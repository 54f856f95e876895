/**
 * Issue 9's figures: a project with the 557 transcripts of the large corpus and 20,000 codings
 * by three coders, exported to .qdpx and imported again into a new project, each timed end to
 * end through the API (reading the project, writing the archive; reading the archive, writing
 * the new project in one transaction).
 */
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createCoding } from '../../core/coding/codingQueries';
import { testCore, type TestCore } from '../support/testCore';
import { median, round, type Benchmark } from './benchmark';
import { largeCorpusFiles } from './corpusFiles';

const CODINGS = 20_000;
const RUNS = 2;

/** A small deterministic random source, so every run codes the same passages. */
function random(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 16807) % 2147483647;
    return s % n;
  };
}

/**
 * 20,000 codings on word boundaries, spread over every document, by three coders (set up in
 * one transaction through createCoding; not timed). Kept in its own function so that the word
 * lists it needs are garbage by the time anything is timed.
 */
async function addCodings(t: TestCore, codeIds: number[], coderIds: number[]): Promise<void> {
  const docs = await t.call('documents.list', {});
  const project = t.core.session.project;
  const pick = random(9);
  const words = new Map<number, { start: number; end: number }[]>();
  for (const d of docs) {
    const text = (await t.call('documents.get', { documentId: d.id })).text;
    words.set(d.id, [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length })));
  }
  project.sqlite.transaction(() => {
    for (let i = 0; i < CODINGS; i++) {
      const doc = docs[i % docs.length]!;
      const w = words.get(doc.id)!;
      const first = pick(Math.max(1, w.length - 60));
      const last = Math.min(w.length - 1, first + 3 + pick(50));
      createCoding(project, { documentId: doc.id, codeId: codeIds[pick(codeIds.length)]!, coderId: coderIds[i % 3]!, start: w[first]!.start, end: w[last]!.end });
    }
  })();
}

export const exchangeBench: Benchmark = {
  issue: 9,
  name: 'exchange',
  async run() {
    const t = testCore();
    try {
      await t.call('project.create', { path: path.join(t.dir, 'large.coherence') });
      const files = largeCorpusFiles();
      const results = await t.call('documents.import', { files: [{ path: path.dirname(path.dirname(files[0]!)) }] });
      const coderIds: number[] = [];
      for (const [name, initials] of [['Sam Okoro', 'SO'], ['Emma Wright', 'EW'], ['Jamal Chaudhry', 'JC']] as const) coderIds.push((await t.call('coders.create', { name, initials })).id);
      const codeIds: number[] = [];
      for (const framework of ['Collaborative care', 'Salutogenesis', 'Realist']) {
        const parent = await t.call('codes.create', { name: framework });
        for (let i = 1; i <= 10; i++) codeIds.push((await t.call('codes.create', { name: `${framework} theme ${i}`, parentId: parent.id })).id);
      }
      await addCodings(t, codeIds, coderIds);
      const info = await t.call('project.current', {});

      const exportMs: number[] = [];
      let archive = '';
      for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        const out = await t.call('project.exportQdpx', {});
        exportMs.push(performance.now() - start);
        archive = path.join(t.dir, out.fileName);
        writeFileSync(archive, Buffer.from(out.base64, 'base64'));
      }
      const importMs: number[] = [];
      let counts = info!.counts;
      // Imported from the start screen: no project is open (closing one is not the import's cost).
      await t.call('project.close', {});
      for (let i = 0; i < RUNS; i++) {
        if (i > 0) await t.call('project.close', {});
        const start = performance.now();
        const imported = await t.call('project.importQdpx', { path: path.join(t.dir, `reimported-${i}.coherence`), file: { path: archive } });
        importMs.push(performance.now() - start);
        counts = imported.project.counts;
      }
      if (counts.codings !== info!.counts.codings || counts.documents !== info!.counts.documents) {
        throw new Error(`The re-imported project differs: ${JSON.stringify(counts)} vs ${JSON.stringify(info!.counts)}`);
      }
      const detail = {
        documents: info!.counts.documents,
        codings: info!.counts.codings,
        imported: results.filter((r) => r.status === 'imported').length,
        archiveMB: round(statSync(archive).size / 1024 / 1024, 1),
        runs: RUNS,
      };
      return [
        { name: `export ${detail.documents} documents + ${detail.codings} codings to .qdpx`, value: round(median(exportMs), 0), unit: 'ms', budget: 20_000, detail },
        { name: 're-import that .qdpx into a new project', value: round(median(importMs), 0), unit: 'ms', budget: 20_000, detail: { worst: round(Math.max(...importMs), 0) } },
      ];
    } finally {
      t.close();
    }
  },
};
