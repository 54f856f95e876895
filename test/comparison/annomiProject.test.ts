/**
 * Real data, independently checked: AnnoMI (motivational-interviewing sessions, utterance-level
 * codes by ten annotators; corpus README). The seven transcripts every annotator coded become
 * documents, one line per utterance ("therapist: ..."); each annotator's label for an
 * utterance becomes a coding over its whole line (Therapist behaviour/<main_therapist_behaviour>
 * or Client talk/<client_talk_type>). The project is built through the core, compared through
 * the API and the CLI, and every figure is checked against the brute-force oracle.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgreementReport, CodeAgreement } from '../../core/agreement';
import { corpusPath } from '../support/paths';
import { testCore, type TestCore } from '../support/testCore';
import type { CliAgreement } from './caseExpectations';
import type { Matrix, OracleDocument, Span } from './characterOracle';
import { characterMatrix, cohenKappa, nominalAlpha, pairColumns, percentAgreement, positiveAgreement } from './characterOracle';
import { cliRunner } from '../support/cliRunner';

const TRANSCRIPTS = ['7', '27', '55', '56', '66', '109', '130'];
const ANNOTATORS = ['0', '1', '2'];
const initials = (annotator: string) => `A${annotator}`;

interface Utterance {
  line: string;
  start: number;
  /** Code path per annotator. */
  labels: Map<string, string>;
}
interface Transcript {
  title: string;
  text: string;
  utterances: Utterance[];
}

function loadTranscripts(): Transcript[] {
  const rows = parse(readFileSync(corpusPath('double-coded', 'annomi', 'AnnoMI-full.csv')), { columns: true }) as Record<string, string>[];
  return TRANSCRIPTS.map((id) => {
    const mine = rows.filter((r) => r.transcript_id === id && ANNOTATORS.includes(r.annotator_id!));
    const byUtterance = new Map<number, Record<string, string>[]>();
    for (const r of mine) byUtterance.set(Number(r.utterance_id), [...(byUtterance.get(Number(r.utterance_id)) ?? []), r]);
    let offset = 0;
    const utterances = [...byUtterance.keys()]
      .sort((a, b) => a - b)
      .map((u) => {
        const annotations = byUtterance.get(u)!;
        const first = annotations[0]!;
        const line = `${first.interlocutor}: ${first.utterance_text!.replace(/\s+/g, ' ').trim()}`.trimEnd();
        const code = (r: Record<string, string>) =>
          r.interlocutor === 'therapist' ? `Therapist behaviour/${r.main_therapist_behaviour}` : `Client talk/${r.client_talk_type}`;
        const utterance = { line, start: offset, labels: new Map(annotations.map((r) => [initials(r.annotator_id!), code(r)])) };
        offset += line.length + 1;
        return utterance;
      });
    return { title: `AnnoMI transcript ${id}`, text: utterances.map((u) => u.line).join('\n'), utterances };
  });
}

const transcripts = loadTranscripts();
const coders = ANNOTATORS.map(initials);
const codePaths = [...new Set(transcripts.flatMap((t) => t.utterances.flatMap((u) => [...u.labels.values()])))].sort();

/** The oracle's view of one code: per transcript, each coder's lines with that code. */
function oracleDocuments(code: string, who: readonly string[]): OracleDocument[] {
  return transcripts.map((t) => ({
    length: t.text.length,
    coders: who.map((c) => t.utterances.filter((u) => u.labels.get(c) === code).map((u): Span => ({ start: u.start, end: u.start + u.line.length }))),
  }));
}

/** Utterance (or word) level: one row per unit, 1 when the annotator gave the utterance this code. */
function utteranceMatrix(code: string, who: readonly string[], unitsPerUtterance: (line: string) => number = () => 1): Matrix {
  const rows: Matrix = [];
  for (const t of transcripts) {
    for (const u of t.utterances) {
      const row = who.map((c) => (u.labels.get(c) === code ? 1 : 0));
      for (let i = unitsPerUtterance(u.line); i > 0; i--) rows.push(row);
    }
  }
  return rows;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
const wordsIn = (line: string) => [...segmenter.segment(line)].filter((s) => s.isWordLike).length;

function expectFigure(got: number | null, want: number | null, label: string): void {
  if (want === null) expect(got, label).toBeNull();
  else expect(Math.abs(got! - want), `${label}: ${String(got)} vs ${want}`).toBeLessThan(1e-9);
}

const codeIn = (report: { codes: CodeAgreement[] }, path: string) => report.codes.find((c) => c.code === path)!;

describe('AnnoMI: utterance codes by three annotators, through the project', () => {
  let t: TestCore;
  let project: string;
  let ids: number[];
  let compare: (who: string[], unit: 'character' | 'word' | 'paragraph') => Promise<AgreementReport>;

  beforeAll(async () => {
    t = testCore();
    project = path.join(t.dir, 'annomi.coherence');
    await t.call('project.create', { path: project });
    const imported = await t.call('documents.import', {
      files: transcripts.map((d) => ({ name: `${d.title}.txt`, base64: Buffer.from(d.text).toString('base64') })),
    });
    expect(imported.map((r) => r.status)).toEqual(transcripts.map(() => 'imported'));
    const coderIds = new Map<string, number>();
    for (const c of coders) coderIds.set(c, (await t.call('coders.create', { name: `AnnoMI annotator ${c.slice(1)}`, initials: c })).id);
    const rows = transcripts.flatMap((d) =>
      d.utterances.flatMap((u) => coders.map((c) => [d.title, c, u.labels.get(c)!, u.start, u.start + u.line.length])),
    );
    const csv = path.join(t.dir, 'annomi-codings.csv');
    writeFileSync(csv, stringify([['document', 'coder', 'code', 'start', 'end'], ...rows]));
    expect((await t.call('codings.importCsv', { file: { path: csv } })).imported).toBe(rows.length);
    ids = imported.map((r) => r.documentId!);
    compare = async (who, unit) =>
      (await t.call('agreement.compare', { coderIds: who.map((c) => coderIds.get(c)!), unit, bootstrap: false })).report;
  }, 120_000);
  afterAll(() => t.close());

  it('stores the transcripts as built (offsets are the oracle offsets)', async () => {
    expect(transcripts.reduce((s, d) => s + d.utterances.length, 0)).toBe(428);
    expect(transcripts.every((d) => !/[\uD800-\uDFFF]/.test(d.text))).toBe(true);
    for (const [i, d] of transcripts.entries()) expect((await t.call('documents.get', { documentId: ids[i]! })).text).toBe(d.text);
    expect(transcripts[0]!.text.split('\n')[0]).toMatch(/^(therapist|client): \S/);
    expect(codePaths).toEqual([
      'Client talk/change', 'Client talk/neutral', 'Client talk/sustain',
      'Therapist behaviour/other', 'Therapist behaviour/question', 'Therapist behaviour/reflection', 'Therapist behaviour/therapist_input',
    ]);
  });

  it('character level, three annotators: alpha, % and positive agreement, pair kappas equal the oracle', async () => {
    const report = await compare(coders, 'character');
    // No completion marks: the scope is every document each annotator coded.
    expect(report.documents.map((d) => d.title).sort()).toEqual(transcripts.map((d) => d.title).sort());
    expect(report.codes.map((c) => c.code).sort()).toEqual(codePaths);
    for (const code of codePaths) {
      const units = characterMatrix(oracleDocuments(code, coders));
      const got = codeIn(report, code);
      expect(got.units).toBe(transcripts.reduce((s, d) => s + d.text.length, 0));
      expectFigure(got.alpha, nominalAlpha(units), `${code} alpha`);
      expectFigure(got.percentAgreement, percentAgreement(units), `${code} % agreement`);
      expectFigure(got.positiveAgreement, positiveAgreement(units), `${code} positive agreement`);
      for (const pair of got.pairs) {
        const [a, b] = pair.coders.map((c) => coders.indexOf(String(c)));
        expectFigure(pair.cohenKappa, cohenKappa(pairColumns(units, a!, b!)), `${code} kappa ${pair.coders.join('/')}`);
        expectFigure(pair.alpha, nominalAlpha(pairColumns(units, a!, b!)), `${code} alpha ${pair.coders.join('/')}`);
      }
    }
  });

  it("character level, two annotators: Cohen's kappa per code and per transcript equals the oracle", async () => {
    const two = coders.slice(0, 2);
    const report = await compare(two, 'character');
    for (const code of codePaths) {
      const docs = oracleDocuments(code, two);
      const got = codeIn(report, code);
      expectFigure(got.cohenKappa, cohenKappa(characterMatrix(docs)), `${code} kappa`);
      expectFigure(got.alpha, nominalAlpha(characterMatrix(docs)), `${code} alpha`);
      for (const [i, d] of transcripts.entries()) {
        const doc = got.documents.find((x) => x.document === d.title)!;
        expectFigure(doc.cohenKappa, cohenKappa(characterMatrix([docs[i]!])), `${code} kappa in ${d.title}`);
      }
    }
  });

  it('paragraph unit (one per utterance line) equals an utterance-level alpha computed independently', async () => {
    const report = await compare(coders, 'paragraph');
    expect(report.unit).toBe('paragraph');
    for (const code of codePaths) {
      const units = utteranceMatrix(code, coders);
      const got = codeIn(report, code);
      expect(got.units).toBe(428);
      expectFigure(got.alpha, nominalAlpha(units), `${code} utterance alpha`);
      expectFigure(got.percentAgreement, percentAgreement(units), `${code} utterance % agreement`);
    }
    // Reflections: the annotators agree well above chance on which utterances reflect.
    expect(codeIn(report, 'Therapist behaviour/reflection').alpha!).toBeGreaterThan(0.4);
  });

  it('word unit equals the utterance-level data weighted by each line’s words', async () => {
    const report = await compare(coders, 'word');
    const words = transcripts.reduce((s, d) => s + d.utterances.reduce((w, u) => w + wordsIn(u.line), 0), 0);
    for (const code of codePaths) {
      const got = codeIn(report, code);
      expect(got.units).toBe(words);
      expectFigure(got.alpha, nominalAlpha(utteranceMatrix(code, coders, wordsIn)), `${code} word alpha`);
    }
  });

  it('the CLI gives the same character-level figures from the saved project', async () => {
    await t.call('project.close', {});
    const cli = cliRunner(path.join(t.dir, 'cli-user-data'));
    const json = JSON.parse(cli.ok(['agreement', project, '--coders', coders.join(','), '--unit', 'character', '--bootstrap', '0', '--json'])) as CliAgreement;
    expect(json.coders).toEqual(coders);
    expect([...json.documents].sort()).toEqual(transcripts.map((d) => d.title).sort());
    for (const code of codePaths) {
      const units = characterMatrix(oracleDocuments(code, coders));
      expectFigure(codeIn(json, code).alpha, nominalAlpha(units), `CLI ${code} alpha`);
      expectFigure(codeIn(json, code).percentAgreement, percentAgreement(units), `CLI ${code} % agreement`);
    }
    expect(json.methodsSentence).toMatch(/Krippendorff/);
  });
});
