/**
 * Words, sentences, paragraphs and whole documents as units: a unit counts as coded when any
 * of its characters is coded; white space and punctuation alone code nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AgreementInput, AgreementUnit } from '../../core/agreement';
import { compareCoding, segmentText } from '../../core/agreement';
import { normaliseText } from '../../core/model/offsets';
import { corpusPath } from '../support/paths';

const text = 'The nurse was kind. I trusted her!\nThen the doctor came.\n\nHe was rushed, sadly.';
const at = (s: string) => text.indexOf(s);

function input(unit: AgreementUnit, paragraphBreak?: 'line' | 'blank-line'): AgreementInput {
  return {
    documents: [
      { id: 'd1', title: 'Interview 1', length: text.length, text, completedBy: ['A', 'B'] },
      { id: 'd2', title: 'Interview 2', length: 12, text: 'Short reply.', completedBy: ['A', 'B'] },
    ],
    coders: [
      { id: 'A', label: 'A' },
      { id: 'B', label: 'B' },
    ],
    codes: [{ id: 'T', path: 'Trust' }],
    codings: [
      // A: "kind. I trusted" → words kind, I, trusted; sentences 1 and 2; paragraph (line) 1.
      { documentId: 'd1', codeId: 'T', coderId: 'A', start: at('kind'), end: at('trusted') + 'trusted'.length },
      // B: "nurse was k" → words nurse, was, kind (a partly coded word counts); sentence 1.
      { documentId: 'd1', codeId: 'T', coderId: 'B', start: at('nurse'), end: at('kind') + 1 },
      // B: only the blank line between paragraphs: no word, sentence or paragraph.
      { documentId: 'd1', codeId: 'T', coderId: 'B', start: at('\n\n'), end: at('\n\n') + 2 },
      // A alone in document 2.
      { documentId: 'd2', codeId: 'T', coderId: 'A', start: 0, end: 5 },
    ],
    unit,
    options: { bootstrap: false, ...(paragraphBreak ? { paragraphBreak } : {}) },
  };
}

describe('segmenting the text', () => {
  it('finds words (word-like segments only), sentences and paragraphs', () => {
    const words = segmentText(text, 'word');
    expect(words.starts.map((s, i) => text.slice(s, words.ends[i]))).toEqual(
      'The nurse was kind I trusted her Then the doctor came He was rushed sadly'.split(' '),
    );
    const sentences = segmentText(text, 'sentence');
    expect(sentences.starts.map((s, i) => text.slice(s, sentences.ends[i]))).toEqual([
      'The nurse was kind.',
      'I trusted her!',
      'Then the doctor came.',
      'He was rushed, sadly.',
    ]);
    const lines = segmentText(text, 'paragraph');
    expect(lines.starts.map((s, i) => text.slice(s, lines.ends[i]))).toEqual([
      'The nurse was kind. I trusted her!',
      'Then the doctor came.',
      'He was rushed, sadly.',
    ]);
    const blocks = segmentText(text, 'paragraph', { paragraphBreak: 'blank-line' });
    expect(blocks.starts.map((s, i) => text.slice(s, blocks.ends[i]))).toEqual([
      'The nurse was kind. I trusted her!\nThen the doctor came.',
      'He was rushed, sadly.',
    ]);
  });
});

describe('segmenting a real transcript in chunks', () => {
  // The engine segments long texts in chunks (Intl.Segmenter is slow on long strings); the
  // result must equal one pass over the whole text.
  // The first 20,000 characters or so (to a line end): dozens of chunks, and a whole-text pass that stays quick.
  const full = normaliseText(readFileSync(corpusPath('transcripts-txt', 'mlss-interviews', 'Interview 4.txt'), 'utf8'));
  const transcript = full.slice(0, full.indexOf('\n', 20_000));
  const whole = (granularity: 'word' | 'sentence') =>
    [...new Intl.Segmenter('en', { granularity }).segment(transcript)]
      .filter((s) => granularity === 'sentence' || s.isWordLike)
      .map((s) => {
        const t = s.segment.trimEnd();
        const lead = t.length - t.trimStart().length;
        return [s.index + lead, s.index + t.length] as const;
      })
      .filter(([a, b]) => b > a);

  it('gives the same words as one pass over the whole text', () => {
    const words = segmentText(transcript, 'word');
    expect(transcript.length).toBeGreaterThan(20_000);
    expect(words.starts.map((s, i) => [s, words.ends[i]])).toEqual(whole('word'));
    expect(transcript.slice(words.starts[0]!, words.ends[0]!)).toBe('Interviewer');
  });

  it('gives the same sentences as one pass over the whole text', () => {
    const sentences = segmentText(transcript, 'sentence');
    expect(sentences.starts.map((s, i) => [s, sentences.ends[i]])).toEqual(whole('sentence'));
    expect(transcript.slice(sentences.starts[0]!, sentences.ends[0]!)).toBe('Interviewer 1: okay.');
  });
});

describe('agreement on other units', () => {
  it('words: both kind; A only I, trusted; B only nurse, was', () => {
    const code = compareCoding(input('word')).codes[0]!;
    const d1 = code.documents[0]!;
    expect(d1.units).toBe(15);
    expect(d1.coverage).toEqual({ A: 3, B: 3 });
    expect(d1.percentAgreement).toBeCloseTo(11 / 15, 12);
    // Pooled with "Short reply." (2 words, A codes "Short"): both 1, A only 3, B only 2, neither 11.
    expect(code.pairs[0]!.counts).toEqual({ both: 1, onlyFirst: 3, onlySecond: 2, neither: 11 });
    expect(code.explanations.percentAgreement).toContain('(17 words)');
  });

  it('sentences: A codes two, B one; the blank line codes none', () => {
    const code = compareCoding(input('sentence')).codes[0]!;
    expect(code.documents[0]!.units).toBe(4);
    expect(code.documents[0]!.coverage).toEqual({ A: 2, B: 1 });
    expect(code.documents[0]!.percentAgreement).toBe(0.75);
  });

  it('paragraphs: every line, or blocks separated by blank lines', () => {
    const lines = compareCoding(input('paragraph')).codes[0]!.documents[0]!;
    expect([lines.units, lines.percentAgreement, lines.cohenKappa]).toEqual([3, 1, 1]);
    const blocks = compareCoding(input('paragraph', 'blank-line')).codes[0]!.documents[0]!;
    expect([blocks.units, blocks.coverage]).toEqual([2, { A: 1, B: 1 }]);
  });

  it('documents: code present or not per document', () => {
    const report = compareCoding(input('document'));
    const code = report.codes[0]!;
    expect(code.units).toBe(2);
    expect(code.pairs[0]!.counts).toEqual({ both: 1, onlyFirst: 1, onlySecond: 0, neither: 0 });
    expect(code.percentAgreement).toBe(0.5);
    expect(report.methodsSentence).toContain('at the document level (code present or absent in each document)');
  });

  it('refuses word units without the text, naming the document', () => {
    const i = input('word');
    expect(() => compareCoding({ ...i, documents: i.documents.map(({ text: _t, ...d }) => d) })).toThrow(
      '"Interview 1" has no text, which word units need to find the words.',
    );
  });
});
