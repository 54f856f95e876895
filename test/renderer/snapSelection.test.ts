import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectTurns } from '../../core/import/index';
import { normaliseText } from '../../core/model/offsets';
import { snapSelection } from '../../renderer/features/transcript/snapSelection';
import { speakerLabels } from '../../renderer/features/transcript/transcriptContent';
import { readSampleText } from '../sample/sampleFiles';
import { corpusPath } from '../support/paths';

/** The words a range covers. */
const words = (text: string, r: { start: number; end: number } | null) => (r ? text.slice(r.start, r.end) : null);
const at = (text: string, phrase: string, from = 0, length = phrase.length) => {
  const start = text.indexOf(phrase) + from;
  return { start, end: start + length };
};

describe('snapping a selection before it is coded', () => {
  const text = readSampleText('client-01-interview.txt');
  const labels = speakerLabels({ turns: detectTurns(text).turns, speakers: [], participants: [] });

  it('grows ends that fall inside words to the whole words, and drops blanks at the ends', () => {
    // "ened. That's the thi" inside "She listened. That's the thing I'd say."
    const inside = at(text, "She listened. That's the thing", 8, 20);
    expect(words(text, inside)).toBe("ened. That's the thi");
    expect(words(text, snapSelection(text, inside, { words: true }))).toBe("listened. That's the thing");
    const blanks = at(text, ' She listened. ', 0);
    expect(words(text, snapSelection(text, blanks, { words: true }))).toBe('She listened.');
    // Already whole words: unchanged; off: only the pair and label rules apply.
    const whole = at(text, 'She listened.');
    expect(snapSelection(text, whole, { words: true })).toEqual(whole);
    expect(snapSelection(text, inside, { words: false })).toEqual(inside);
  });

  it('accepts a backwards selection and refuses one of blanks only', () => {
    const r = at(text, 'She listened.');
    expect(snapSelection(text, { start: r.end, end: r.start }, { words: true })).toEqual(r);
    const newline = text.indexOf('\n\n');
    expect(snapSelection(text, { start: newline, end: newline + 2 }, { words: true })).toBeNull();
  });

  it('never splits an emoji (a surrogate pair), snapping on or off', () => {
    const daniel = readSampleText('client-02-interview.txt');
    const emoji = daniel.indexOf('😊');
    const half = { start: emoji - 9, end: emoji + 1 };
    expect(words(daniel, snapSelection(daniel, half, { words: false }))).toBe('Thursday 😊');
    expect(words(daniel, snapSelection(daniel, { start: emoji + 1, end: emoji + 3 }, { words: false }))).toBe('😊"');
    expect(words(daniel, snapSelection(daniel, { start: emoji - 4, end: emoji + 1 }, { words: true }))).toBe('Thursday 😊');
  });

  it('keeps speaker labels whole: an end inside a label moves to the turn words', () => {
    const margaret = labels[1]!;
    expect(text.slice(margaret.start, margaret.end)).toBe('Margaret:');
    const fromLabel = { start: margaret.start + 3, end: margaret.textStart + 4 };
    expect(words(text, snapSelection(text, fromLabel, { words: true, labels }))).toBe('Well');
    const intoNextLabel = { start: margaret.textStart, end: labels[2]!.start + 5 };
    const snapped = words(text, snapSelection(text, intoNextLabel, { words: true, labels }))!;
    expect(snapped.startsWith('Well, it was the doctor really.')).toBe(true);
    expect(snapped.endsWith('the girl on the till at the corner shop.')).toBe(true);
    // A selection from a label's first character codes the label with its turn.
    expect(words(text, snapSelection(text, { start: margaret.start, end: margaret.textStart + 4 }, { words: true, labels }))).toBe('Margaret: Well');
  });

  it('snaps Hebrew words (right-to-left) and Chinese words by Unicode word rules', () => {
    const hebrew = normaliseText(readFileSync(corpusPath('transcripts-txt', 'knesset-hebrew', '20_ptv_317899.txt'), 'utf8'));
    const phrase = at(hebrew, 'אני מתכבד לפתוח', 1, 12);
    expect(words(hebrew, snapSelection(hebrew, phrase, { words: true }))).toBe('אני מתכבד לפתוח');
    const chinese = '我們今天開會討論預算。';
    expect(words(chinese, snapSelection(chinese, { start: 3, end: 5 }, { words: true }))).toBe('今天開會');
  });
});
