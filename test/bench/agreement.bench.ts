/**
 * Issue 6: the full agreement report over a project, through the core's handle (scope query,
 * codings from SQLite, the engine, the Wire envelope). 35 documents (about 2 million
 * characters) × 3 coders × 50 codes with 15,000 codings: under 100 ms without the bootstrap;
 * the same codings on text 10× as long: under 2× the time. Also a comparison the size of
 * QualCoder's reference (35 documents, 1.75 million characters, 2 coders, 20 codes, 10,000
 * codings), for which QualCoder needs about 1.4 s here.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Result } from '../../core/api';
import { compareCoding } from '../../core/agreement';
import { comparisonInput, comparisonScope } from '../../core/comparison/comparisonInput';
import { interviewText, seededRandom } from '../comparison/interviewText';
import { testCore, type TestCore } from '../support/testCore';
import { median, percentile, round, type Benchmark, type BenchResult } from './benchmark';

interface Study {
  documents: number;
  characters: number;
  coders: string[];
  codes: number;
  codings: number;
  /** Text length multiplier; the codings stay the same. */
  stretch: number;
}

interface Built {
  t: TestCore;
  coderIds: number[];
  characters: number;
  codings: number;
}

/**
 * Passages coded by every coder with jittered boundaries (and now and then left out by one
 * coder), spread over the documents and codes, until there are exactly `codings` codings.
 */
function codingRows(study: Study, length: number): (string | number)[][] {
  const random = seededRandom(6);
  const rows: (string | number)[][] = [];
  while (rows.length < study.codings) {
    const document = 1 + Math.floor(random() * study.documents);
    const code = Math.floor(random() * study.codes);
    const start = Math.floor(random() * (length - 2000));
    const end = start + 50 + Math.floor(random() * 1500);
    for (const coder of study.coders) {
      if (rows.length >= study.codings || random() < 0.08) continue;
      const s = Math.max(0, start + Math.floor(random() * 60) - 30);
      const e = Math.max(s + 1, end + Math.floor(random() * 60) - 30);
      rows.push([`Interview ${document}`, coder, `Theme ${Math.floor(code / 10) + 1}/Code ${code + 1}`, s, e]);
    }
  }
  return rows;
}

async function build(study: Study): Promise<Built> {
  const t = testCore();
  await t.call('project.create', { path: path.join(t.dir, 'bench.coherence') });
  const length = Math.round(study.characters / study.documents);
  const files = Array.from({ length: study.documents }, (_x, i) => {
    // The same opening as the 1× text, so the same codings fall on the same words.
    const text = interviewText(length, 100 + i) + (study.stretch > 1 ? `\n${interviewText(length * (study.stretch - 1) - 1, 500 + i)}` : '');
    return { name: `Interview ${i + 1}.txt`, base64: Buffer.from(text).toString('base64') };
  });
  const imported = await t.call('documents.import', { files, speakers: 'none' });
  if (imported.some((r) => r.status !== 'imported')) throw new Error('benchmark documents did not import');
  const coderIds: number[] = [];
  for (const initials of study.coders) coderIds.push((await t.call('coders.create', { name: `Coder ${initials}`, initials })).id);
  for (const r of imported) for (const coderId of coderIds) await t.call('assignments.complete', { documentId: r.documentId!, coderId, completed: true });
  const csv = path.join(t.dir, 'codings.csv');
  writeFileSync(csv, stringify([['document', 'coder', 'code', 'start', 'end'], ...codingRows(study, length)]));
  const { imported: codings } = await t.call('codings.importCsv', { file: { path: csv } });
  const characters = (await t.call('documents.list', {})).reduce((s, d) => s + d.length, 0);
  return { t, coderIds, characters, codings };
}

async function compare(b: Built, bootstrap: false | { resamples: number; seed: number }): Promise<number | null> {
  const wire = await b.t.core.handle('agreement.compare', { coderIds: b.coderIds, unit: 'character', bootstrap });
  if (!wire.ok) throw new Error(wire.error.message);
  return (wire.value as Result<'agreement.compare'>).report.pooled.alpha;
}

/** Median time per entry, runs interleaved so JIT warm-up and garbage collection hit all alike. */
async function timeInterleaved(entries: (() => Promise<unknown>)[], runs: number, warmup = 3): Promise<number[][]> {
  for (let i = 0; i < warmup; i++) for (const run of entries) await run();
  const times = entries.map((): number[] => []);
  for (let r = 0; r < runs; r++) {
    for (const [i, run] of entries.entries()) {
      const start = performance.now();
      await run();
      times[i]!.push(performance.now() - start);
    }
  }
  return times;
}

/** Where the time goes: reading the comparison from SQLite, then the engine. */
function breakdown(b: Built): { readMs: number; engineMs: number } {
  const file = b.t.core.session.project;
  const read: number[] = [];
  const engine: number[] = [];
  for (let i = 0; i < 9; i++) {
    let start = performance.now();
    const input = comparisonInput(file, { coderIds: b.coderIds, bootstrap: false }, comparisonScope(file, b.coderIds));
    read.push(performance.now() - start);
    start = performance.now();
    compareCoding(input);
    engine.push(performance.now() - start);
  }
  return { readMs: round(median(read)), engineMs: round(median(engine)) };
}

const REPORT: Omit<Study, 'stretch'> = { documents: 35, characters: 2_000_000, coders: ['SO', 'EW', 'JC'], codes: 50, codings: 15_000 };
const QUALCODER: Omit<Study, 'stretch'> = { documents: 35, characters: 1_750_000, coders: ['SO', 'EW'], codes: 20, codings: 10_000 };

export const agreementBench: Benchmark = {
  issue: 6,
  name: 'agreement',
  async run() {
    const base = await build({ ...REPORT, stretch: 1 });
    const long = await build({ ...REPORT, stretch: 10 });
    const small = await build({ ...QUALCODER, stretch: 1 });
    try {
      const alpha = await compare(base, false);
      // More uncoded text changes the figures (more agreement on "absent"), not the codings.
      if (alpha === null || long.codings !== base.codings || (await compare(long, false)) === null) throw new Error('benchmark projects are not comparable');
      const [baseMs, longMs, smallMs] = await timeInterleaved([() => compare(base, false), () => compare(long, false), () => compare(small, false)], 21);
      const [bootMs] = await timeInterleaved([() => compare(base, { resamples: 2000, seed: 1 })], 7, 1);
      const ratios = baseMs!.map((ms, i) => longMs![i]! / ms);
      const size = (b: Built) => ({ documents: 35, characters: b.characters, codings: b.codings });
      const results: BenchResult[] = [
        {
          name: 'agreement report: 35 docs (2M chars) × 3 coders × 50 codes, 15,000 codings, no bootstrap',
          value: round(median(baseMs!)),
          unit: 'ms',
          budget: 100,
          detail: { ...size(base), p95: round(percentile(baseMs!, 95)), runs: baseMs!.length, ...breakdown(base), pooledAlpha: round(alpha, 4) },
        },
        {
          name: 'same codings on 10× the text (20M chars)',
          value: round(median(longMs!)),
          unit: 'ms',
          budget: 2 * round(median(baseMs!)),
          detail: { characters: long.characters, p95: round(percentile(longMs!, 95)), ...breakdown(long) },
        },
        { name: 'growth from 10× the text (same codings)', value: round(median(ratios)), unit: 'x', budget: 2, detail: { worst: round(Math.max(...ratios)) } },
        {
          name: 'same report with the 2,000-resample bootstrap (seed 1)',
          value: round(median(bootMs!)),
          unit: 'ms',
          budget: Number.POSITIVE_INFINITY,
          detail: { p95: round(percentile(bootMs!, 95)), runs: bootMs!.length },
        },
        {
          name: 'QualCoder-sized: 35 docs (1.75M chars) × 2 coders × 20 codes, 10,000 codings',
          value: round(median(smallMs!)),
          unit: 'ms',
          budget: 1400,
          detail: { ...size(small), qualcoderMs: 1400, runs: smallMs!.length },
        },
      ];
      return results;
    } finally {
      for (const b of [base, long, small]) b.t.close();
    }
  },
};
