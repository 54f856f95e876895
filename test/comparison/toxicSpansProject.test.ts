/**
 * Real data, independently checked: SemEval-2021 toxic spans (crowd workers marking character
 * spans in online comments, CC0; corpus README). A fixed sample of comments annotated by
 * exactly three workers is imported as documents; workers differ per comment, so each
 * comment's three workers (by annotation id) fill three coder slots W1..W3; span types are
 * codes. Offsets are UTF-16 units, the project's own, so they go in unchanged, including after
 * emoji. Every figure is checked against the brute-force oracle.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgreementReport } from '../../core/agreement';
import { corpusPath } from '../support/paths';
import { testCore, type TestCore } from '../support/testCore';
import type { OracleDocument } from './characterOracle';
import { characterMatrix, cohenKappa, nominalAlpha, pairColumns, percentAgreement, positiveAgreement, unionLength } from './characterOracle';

type Row = Record<string, string>;
const read = (file: string) => parse(readFileSync(corpusPath('double-coded', 'toxic-spans', file)), { columns: true }) as Row[];

/** The five span types; the raw data's few truncated labels ("Insu", "") are left out. */
const TYPES = ['Identity based Attack', 'Insult', 'Other Toxicity', 'Profane/Obscene', 'Threat'];
const SLOTS = ['W1', 'W2', 'W3'];
const FIRST = 200;

interface Comment {
  id: string;
  text: string;
  /** Per slot: [type, start, end] in UTF-16 units. */
  spans: [string, number, number][][];
}

const astral = (text: string) => /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text);
const splitsCharacter = (text: string, at: number) => at > 0 && at < text.length && /[\uDC00-\uDFFF]/.test(text[at]!);

/** The first FIRST eligible comments by id, plus every eligible comment with emoji. */
function sample(): { comments: Comment[]; splitting: number } {
  const texts = new Map(read('comments.csv').map((c) => [c.comment_id!, c.comment_text!]));
  const spansOf = new Map<string, Row[]>();
  for (const s of read('spans.csv')) spansOf.set(s.annotation!, [...(spansOf.get(s.annotation!) ?? []), s]);
  const byComment = new Map<string, Row[]>();
  for (const a of read('annotations.csv')) byComment.set(a.comment_id!, [...(byComment.get(a.comment_id!) ?? []), a]);
  const eligible: Comment[] = [];
  let splitting = 0;
  for (const [id, rows] of byComment) {
    const text = texts.get(id);
    if (text === undefined || rows.length !== 3 || new Set(rows.map((r) => r.worker)).size !== 3) continue;
    const spans = [...rows]
      .sort((a, b) => Number(a.annotation) - Number(b.annotation))
      .map((r) => (spansOf.get(r.annotation!) ?? []).filter((s) => TYPES.includes(s.type!)).map((s): [string, number, number] => [s.type!, Number(s.start), Number(s.end)]));
    // Raw spans running past their comment are left out, not repaired; so are the few that cut an emoji in half.
    if (spans.flat().some(([, s, e]) => s < 0 || e > text.length || s >= e)) continue;
    if (spans.flat().some(([, s, e]) => splitsCharacter(text, s) || splitsCharacter(text, e))) {
      splitting++;
      continue;
    }
    eligible.push({ id, text, spans });
  }
  eligible.sort((a, b) => Number(a.id) - Number(b.id));
  return { comments: [...eligible.slice(0, FIRST), ...eligible.slice(FIRST).filter((c) => astral(c.text))], splitting };
}

const { comments, splitting } = sample();

function oracleDocuments(type: string, slots: readonly number[]): OracleDocument[] {
  return comments.map((c) => ({
    length: c.text.length,
    coders: slots.map((slot) => c.spans[slot]!.filter(([t]) => t === type).map(([, start, end]) => ({ start, end }))),
  }));
}

function expectFigure(got: number | null, want: number | null, label: string): void {
  if (want === null) expect(got, label).toBeNull();
  else expect(Math.abs(got! - want), `${label}: ${String(got)} vs ${want}`).toBeLessThan(1e-9);
}

describe('toxic spans: crowd workers as coders, through the project', () => {
  let t: TestCore;
  let coderIds: number[];
  let documentIds: Map<string, number>;
  let three: AgreementReport;

  beforeAll(async () => {
    t = testCore();
    await t.call('project.create', { path: `${t.dir}/toxic-spans.coherence` });
    const imported = await t.call('documents.import', {
      files: comments.map((c) => ({ name: `comment ${c.id}.txt`, base64: Buffer.from(c.text).toString('base64') })),
      speakers: 'none',
      duplicates: 'import',
    });
    documentIds = new Map(imported.map((r, i) => [comments[i]!.id, r.documentId!]));
    coderIds = [];
    for (const s of SLOTS) coderIds.push((await t.call('coders.create', { name: `Crowd worker slot ${s.slice(1)}`, initials: s })).id);
    const codeIds = new Map<string, number>();
    for (const type of TYPES) codeIds.set(type, (await t.call('codes.create', { name: type.replace('/', ' or ') })).id);
    for (const c of comments) {
      for (const [slot, spans] of c.spans.entries()) {
        // A worker who marked nothing still judged the comment: completion makes that "absent", not missing.
        await t.call('assignments.complete', { documentId: documentIds.get(c.id)!, coderId: coderIds[slot]!, completed: true });
        for (const [type, start, end] of spans) {
          await t.call('codings.create', { documentId: documentIds.get(c.id)!, codeId: codeIds.get(type)!, coderId: coderIds[slot]!, start, end });
        }
      }
    }
    three = (await t.call('agreement.compare', { coderIds, bootstrap: false })).report;
  }, 120_000);
  afterAll(() => t.close());

  it('imports a fixed sample of three-worker comments unchanged, emoji included', async () => {
    expect(comments.length).toBeGreaterThan(FIRST);
    expect(splitting).toBeLessThan(5);
    expect(comments[0]!.id).toBe('239607');
    const withEmoji = comments.filter((c) => astral(c.text));
    expect(withEmoji.length).toBeGreaterThan(10);
    for (const c of [comments[0]!, ...withEmoji]) expect((await t.call('documents.get', { documentId: documentIds.get(c.id)! })).text).toBe(c.text);
    // A span after an emoji lands on the same characters in the project (UTF-16 offsets).
    const after = withEmoji.find((c) => c.spans.flat().some(([, s]) => astral(c.text.slice(0, s))))!;
    const [, start, end] = after.spans.flat().find(([, s]) => astral(after.text.slice(0, s)))!;
    const segments = await t.call('codings.segments', { documentIds: [documentIds.get(after.id)!] });
    expect(segments.map((s) => s.text)).toContain(after.text.slice(start, end));
  });

  it('the default scope is every comment (all marked complete) and the codes the workers used', () => {
    expect(three.documents).toHaveLength(comments.length);
    const used = TYPES.filter((type) => comments.some((c) => c.spans.flat().some(([t]) => t === type)));
    expect(three.codes.map((c) => c.code).sort()).toEqual(used.map((type) => type.replace('/', ' or ')).sort());
  });

  for (const type of TYPES) {
    it(`${type}: alpha, % and positive agreement, coverage and pair kappas equal the oracle`, () => {
      const code = three.codes.find((c) => c.code === type.replace('/', ' or '));
      const docs = oracleDocuments(type, [0, 1, 2]);
      const units = characterMatrix(docs);
      if (!code) {
        expect(nominalAlpha(units)).toBeNull();
        return;
      }
      expect(code.units).toBe(comments.reduce((s, c) => s + c.text.length, 0));
      expectFigure(code.alpha, nominalAlpha(units), 'alpha');
      expectFigure(code.percentAgreement, percentAgreement(units), '% agreement');
      expectFigure(code.positiveAgreement, positiveAgreement(units), 'positive agreement');
      SLOTS.forEach((s, slot) => expect(code.coverage[s], `coverage ${s}`).toBe(docs.reduce((n, d) => n + unionLength(d.coders[slot]!), 0)));
      for (const pair of code.pairs) {
        const [a, b] = pair.coders.map((c) => SLOTS.indexOf(String(c)));
        expectFigure(pair.cohenKappa, cohenKappa(pairColumns(units, a!, b!)), `kappa ${pair.coders.join('/')}`);
      }
    });
  }

  it("two workers: Cohen's kappa per code equals the oracle", async () => {
    const report = (await t.call('agreement.compare', { coderIds: coderIds.slice(0, 2), bootstrap: false })).report;
    for (const code of report.codes) {
      const type = TYPES.find((x) => x.replace('/', ' or ') === code.code)!;
      const units = characterMatrix(oracleDocuments(type, [0, 1]));
      expectFigure(code.cohenKappa, cohenKappa(units), `${type} kappa`);
      expectFigure(code.alpha, nominalAlpha(units), `${type} alpha`);
    }
    expect(report.codes.length).toBeGreaterThanOrEqual(4);
  });
});
