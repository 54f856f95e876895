/**
 * Issue 7's budgets for framework analysis, measured through the core's `handle` (no transport):
 * on a project of 35 participants (with a stakeholder type) across 40 documents with speaker
 * turns, a framework of 20 themes among 50 codes, and 15,000 codings by three coders,
 * - building the framework matrix (matrices.get, 35 × 20, grouped) takes under 200 ms;
 * - exporting it as CSV (matrices.exportCsv) under 500 ms;
 * - a co-occurrence query over the 50 codes (queries.cooccurrence) under 300 ms.
 * The project is built through the API as a researcher's would be: documents imported with
 * their speaker labels, speakers mapped to participants, codings imported from CSV.
 */
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { CodePointMap } from '../../core/model/offsets';
import type { Code } from '../../core/model/types';
import { testCore, type TestCore } from '../support/testCore';
import { median, percentile, round, timeRuns, type Benchmark, type BenchResult } from './benchmark';
import { longInterview } from './transcriptProject';

const participantNames = [
  'Ada', 'Bilal', 'Carmen', 'Dafydd', 'Efua', 'Farid', 'Grace', 'Hamish', 'Ines', 'Jonas', 'Kemi', 'Lars', 'Maya', 'Niamh', 'Omar', 'Petra', 'Quentin', 'Rosa',
  'Sanjay', 'Tess', 'Umar', 'Vera', 'Wen', 'Xavier', 'Yara', 'Zack', 'Aoife', 'Bea', 'Cyril', 'Dora', 'Emeka', 'Fenna', 'Gus', 'Hana', 'Ivo',
];
const stakeholder = (i: number) => (i < 15 ? 'client' : i < 25 ? 'staff' : 'referrer');
const themes = 20;
const otherCodes = 30;
const codingCount = 15_000;
const themeShare = 0.8;
const runs = 15;

/** A small deterministic random source, so every run builds the same project. */
function random(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 16807) % 2147483647;
    return s % n;
  };
}

/** Speaker turns made of whole corpus paragraphs: the interviewer asks, the participants answer. */
function transcript(paragraphs: string[], from: number, asker: string, speakers: string[], turns: number): string {
  const lines: string[] = [];
  for (let t = 0; t < turns; t++) {
    const paragraph = paragraphs[(from + t) % paragraphs.length]!;
    lines.push(`${asker}: ${paragraph.split(/(?<=[.?!])\s/)[0]}`);
    lines.push(`${speakers[t % speakers.length]}: ${paragraph}`);
  }
  return lines.join('\n\n');
}

interface FrameworkProject {
  matrixId: number;
  codeIds: number[];
  participants: number;
  documents: number;
  codings: number;
}

async function buildProject(t: TestCore): Promise<FrameworkProject> {
  await t.call('project.create', { path: path.join(t.dir, 'framework.coherence') });
  for (const [name, initials] of [['Sam Okoro', 'SO'], ['Emma Wright', 'EW'], ['Jamal Chaudhry', 'JC']] as const) await t.call('coders.create', { name, initials });

  // 35 one-to-one interviews and 5 focus groups of 7: every participant speaks in two documents.
  const paragraphs = longInterview(60_000).split('\n\n').filter((p) => p.split(/\s+/).length > 20);
  const files = participantNames.map((name, i) => ({ name: `Interview ${String(i + 1).padStart(2, '0')} (${name}).txt`, text: transcript(paragraphs, i * 7, 'Interviewer', [name], 24) }));
  for (let g = 0; g < 5; g++) files.push({ name: `Focus group ${g + 1}.txt`, text: transcript(paragraphs, g * 11, 'Facilitator', participantNames.slice(g * 7, g * 7 + 7), 35) });
  await t.call('documents.import', { files: files.map((f) => ({ name: f.name, base64: Buffer.from(f.text).toString('base64') })), speakers: 'auto' });
  await t.call('speakers.map', {
    mappings: [
      { label: 'Interviewer', as: 'not-participant' },
      { label: 'Facilitator', as: 'not-participant' },
      ...participantNames.map((name) => ({ label: name, as: { newParticipant: name } })),
    ],
  });
  const type = await t.call('attributes.create', { scope: 'participant', name: 'stakeholder type', type: 'category', allowedValues: ['client', 'staff', 'referrer'] });
  const participants = await t.call('participants.list', {});
  for (const p of participants) await t.call('participants.setAttribute', { participantId: p.id, attributeId: type.id, value: stakeholder(participantNames.indexOf(p.name)) });

  const framework = await t.call('codes.create', { name: 'Collaborative care' });
  const themeCodes: Code[] = [];
  for (let i = 1; i <= themes; i++) themeCodes.push(await t.call('codes.create', { name: `Theme ${i}`, parentId: framework.id }));
  const others: Code[] = [];
  for (const group of ['Realist', 'Salutogenesis']) {
    const parent = await t.call('codes.create', { name: group });
    for (let i = 1; i <= otherCodes / 2; i++) others.push(await t.call('codes.create', { name: `${group} code ${i}`, parentId: parent.id }));
  }

  // Codings on the participants' own words: a run of words inside one of their turns.
  const pick = random(7_000);
  const documents = await Promise.all((await t.call('documents.list', {})).map((d) => t.call('documents.get', { documentId: d.id })));
  const answers = documents.map((d) => ({
    title: d.title,
    map: new CodePointMap(d.text),
    words: d.turns
      .filter((turn) => turn.speaker !== 'Interviewer' && turn.speaker !== 'Facilitator')
      .map((turn) => [...d.text.slice(turn.textStart, turn.end).matchAll(/\S+/g)].map((m) => ({ start: turn.textStart + m.index, end: turn.textStart + m.index + m[0].length }))),
  }));
  const rows: (string | number)[][] = [];
  for (let i = 0; i < codingCount; i++) {
    const doc = answers[pick(answers.length)]!;
    const words = doc.words[pick(doc.words.length)]!;
    const first = pick(Math.max(1, words.length - 10));
    const last = Math.min(words.length - 1, first + 4 + pick(40));
    const code = pick(1000) < themeShare * 1000 ? themeCodes[pick(themes)]! : others[pick(others.length)]!;
    rows.push([doc.title, ['SO', 'EW', 'JC'][pick(3)]!, code.path, doc.map.toCodePoint(words[first]!.start), doc.map.toCodePoint(words[last]!.end)]);
  }
  const csv = stringify([['document', 'coder', 'code', 'start', 'end'], ...rows]);
  const imported = await t.call('codings.importCsv', { file: { name: 'codings.csv', base64: Buffer.from(csv).toString('base64') } });

  const matrix = await t.call('matrices.create', { name: 'Collaborative care by stakeholder type', rowKind: 'participant', codeIds: themeCodes.map((c) => c.id), groupBy: [type.id] });
  // Every cell summarised, so the summary export has something to write.
  for (const p of participants) {
    for (const theme of themeCodes) {
      await t.call('matrices.setCell', { matrixId: matrix.id, rowId: p.id, codeId: theme.id, summary: `${p.name} on ${theme.name}: "supported", with reservations,\nand a second line — naïve café.` });
    }
  }
  return { matrixId: matrix.id, codeIds: [...themeCodes, ...others].map((c) => c.id), participants: participants.length, documents: documents.length, codings: imported.imported };
}

export const frameworkBench: Benchmark = {
  issue: 7,
  name: 'framework',
  async run() {
    const t = testCore();
    try {
      const project = await buildProject(t);
      const view = await t.call('matrices.get', { matrixId: project.matrixId });
      const scale = { participants: project.participants, documents: project.documents, codings: project.codings, cells: view.rows.length * view.columns.length };
      const figure = (name: string, times: number[], budget: number, detail: Record<string, number | string> = {}): BenchResult => ({
        name,
        value: round(median(times)),
        unit: 'ms',
        budget,
        detail: { p95: round(percentile(times, 95)), runs: times.length, ...detail },
      });

      const get = await timeRuns(runs, () => t.call('matrices.get', { matrixId: project.matrixId }));
      const csv = await timeRuns(runs, () => t.call('matrices.exportCsv', { matrixId: project.matrixId, cells: 'summary' }));
      const counts = await timeRuns(runs, () => t.call('matrices.exportCsv', { matrixId: project.matrixId, cells: 'counts' }));
      const passages = await timeRuns(runs, () => t.call('matrices.exportCsv', { matrixId: project.matrixId, cells: 'passages' }));
      const overlap = await timeRuns(runs, () => t.call('queries.cooccurrence', { codeIds: project.codeIds, mode: 'overlap' }));
      const turn = await timeRuns(runs, () => t.call('queries.cooccurrence', { codeIds: project.codeIds, mode: 'turn' }));
      const inCells = view.cells.reduce((sum, c) => sum + c.passages, 0);
      return [
        figure(`framework matrix ${view.rows.length} × ${view.columns.length} (matrices.get)`, get, 200, { ...scale, passagesInCells: inCells }),
        figure('matrix CSV export, summaries (matrices.exportCsv)', csv, 500),
        figure('matrix CSV export, counts', counts, 500),
        figure('matrix CSV export, passages', passages, 500, { passages: inCells }),
        figure(`co-occurrence of ${project.codeIds.length} codes, overlap (queries.cooccurrence)`, overlap, 300, { codings: project.codings }),
        figure(`co-occurrence of ${project.codeIds.length} codes, same turn`, turn, 300),
      ];
    } finally {
      t.close();
    }
  },
};
