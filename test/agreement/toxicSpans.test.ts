/**
 * An independent check on real crowd annotations (SemEval-2021 toxic spans, CC0): for a fixed
 * sample of comments each annotated by exactly three workers, alpha per span type from the
 * engine must equal a brute-force computation written here with plain loops over a
 * per-character matrix (no engine code involved).
 *
 * Offsets are UTF-16 code units (JavaScript string indices), as the corpus README says.
 * Alpha does not depend on which worker is called coder 1, 2 or 3, so each comment's three
 * workers fill three coder slots (ordered by annotation id); the engine compares at most 30
 * named coders, and the sample involves hundreds of workers.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { AgreementInput } from '../../core/agreement';
import { compareCoding } from '../../core/agreement';
import { corpusPath } from '../support/paths';

type Row = Record<string, string>;
const read = (file: string) => parse(readFileSync(corpusPath('double-coded', 'toxic-spans', file)), { columns: true }) as Row[];

const TYPES = ['Insult', 'Profane/Obscene', 'Identity based Attack', 'Threat', 'Other Toxicity'];
const SLOTS = ['worker 1', 'worker 2', 'worker 3'];
const SAMPLE = 300;

interface Comment {
  id: string;
  text: string;
  /** Per slot: spans [type, start, end]. */
  spans: [string, number, number][][];
}

function sample(): { comments: Comment[]; withEmoji: number } {
  const annotations = read('annotations.csv');
  const spans = read('spans.csv');
  const texts = new Map(read('comments.csv').map((c) => [c.comment_id!, c.comment_text!]));
  const byComment = new Map<string, Row[]>();
  for (const a of annotations) byComment.set(a.comment_id!, [...(byComment.get(a.comment_id!) ?? []), a]);
  const byAnnotation = new Map<string, Row[]>();
  for (const s of spans) byAnnotation.set(s.annotation!, [...(byAnnotation.get(s.annotation!) ?? []), s]);

  const eligible: Comment[] = [];
  for (const [id, rows] of byComment) {
    const text = texts.get(id);
    if (text === undefined || rows.length !== 3 || new Set(rows.map((r) => r.worker)).size !== 3) continue;
    const ordered = [...rows].sort((a, b) => Number(a.annotation) - Number(b.annotation));
    const slotSpans = ordered.map((r) => (byAnnotation.get(r.annotation!) ?? []).map((s): [string, number, number] => [s.type!, Number(s.start), Number(s.end)]));
    // 92 raw spans run past their comment; such comments are left out rather than repaired.
    if (slotSpans.flat().some(([, s, e]) => s < 0 || e > text.length || s > e)) continue;
    eligible.push({ id, text, spans: slotSpans });
  }
  eligible.sort((a, b) => Number(a.id) - Number(b.id));
  const astral = (t: string) => /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(t);
  const chosen = eligible.slice(0, SAMPLE);
  const emoji = eligible.slice(SAMPLE).filter((c) => astral(c.text));
  return { comments: [...chosen, ...emoji], withEmoji: [...chosen, ...emoji].filter((c) => astral(c.text)).length };
}

/** Brute force: per character, count the workers who marked it, accumulate binary coincidences. */
function bruteForceAlpha(comments: readonly Comment[], type: string): number | null {
  let o00 = 0;
  let o01 = 0;
  let o11 = 0;
  for (const c of comments) {
    const marked = SLOTS.map(() => new Array<boolean>(c.text.length).fill(false));
    c.spans.forEach((list, slot) => {
      for (const [t, s, e] of list) if (t === type) for (let i = s; i < e; i++) marked[slot]![i] = true;
    });
    for (let i = 0; i < c.text.length; i++) {
      let ones = 0;
      for (let slot = 0; slot < 3; slot++) if (marked[slot]![i]) ones++;
      const zeros = 3 - ones;
      // Each ordered pair of values from different coders adds 1/(m − 1) = 1/2.
      o11 += (ones * (ones - 1)) / 2;
      o00 += (zeros * (zeros - 1)) / 2;
      o01 += (ones * zeros) / 2;
    }
  }
  const n0 = o00 + o01;
  const n1 = o11 + o01;
  const n = n0 + n1;
  return n0 === 0 || n1 === 0 ? null : 1 - ((n - 1) * o01) / (n0 * n1);
}

function comparison(comments: readonly Comment[]): AgreementInput {
  return {
    documents: comments.map((c) => ({ id: c.id, title: `comment ${c.id}`, length: c.text.length, text: c.text, completedBy: SLOTS })),
    coders: SLOTS.map((s) => ({ id: s, label: s })),
    codes: TYPES.map((t) => ({ id: t, path: t })),
    codings: comments.flatMap((c) =>
      c.spans.flatMap((list, slot) => list.filter(([t]) => TYPES.includes(t)).map(([t, start, end]) => ({ documentId: c.id, codeId: t, coderId: SLOTS[slot]!, start, end }))),
    ),
    options: { bootstrap: { resamples: 500, seed: 3 } },
  };
}

describe('toxic spans: engine alpha equals a brute-force per-character alpha', () => {
  const { comments, withEmoji } = sample();
  const report = compareCoding(comparison(comments));

  it('uses a fixed sample of three-worker comments, including comments with emoji', () => {
    expect(comments.length).toBeGreaterThan(SAMPLE);
    expect(withEmoji).toBeGreaterThan(0);
    expect(comments[0]!.id).toBe('239607');
    expect(comments[0]!.text.startsWith('Yet call out all Muslims for the acts of a few')).toBe(true);
    expect(report.codes.map((c) => c.code)).toEqual(TYPES);
  });

  for (const type of TYPES) {
    it(`${type}`, () => {
      const code = report.codes.find((c) => c.code === type)!;
      const oracle = bruteForceAlpha(comments, type);
      if (oracle === null) {
        expect(code.alpha).toBeNull();
      } else {
        expect(code.alpha).not.toBeNull();
        expect(Math.abs(code.alpha! - oracle)).toBeLessThan(1e-12);
      }
      expect(code.units).toBe(comments.reduce((s, c) => s + c.text.length, 0));
    });
  }

  it('Insult, the common type, has a usable interval around its alpha', () => {
    const insult = report.codes.find((c) => c.code === 'Insult')!;
    expect(insult.coverage['worker 1']).toBeGreaterThan(0);
    expect(insult.ci95![0]).toBeLessThan(insult.alpha!);
    expect(insult.ci95![1]).toBeGreaterThan(insult.alpha!);
  });
});
