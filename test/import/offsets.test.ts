import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../core/import';
import { CodePointMap } from '../../core/model/offsets';
import { corpusPath } from '../support/paths';
import { expectWellFormedTurns } from './turnChecks';

/**
 * Offsets are what every coding hangs on, so turn positions must slice the stored text exactly,
 * in UTF-16 units, and convert to code points (REFI-QDA, CLI) and back without drift, in files
 * with emoji (surrogate pairs), right-to-left Hebrew, CJK and CRLF line ends.
 */
const read = async (...parts: string[]) => readDocument(parts[parts.length - 1]!, readFileSync(corpusPath(...parts)));

describe('turn offsets slice the stored text exactly', () => {
  it('go-time-163 (emoji): labels after 💩 still start with **Name:**, and code points differ from UTF-16', async () => {
    const doc = await read('transcripts-txt', 'changelog', 'gotime', 'go-time-163.md');
    expectWellFormedTurns(doc.text, doc.turns);
    const firstEmoji = doc.text.indexOf('💩');
    expect(firstEmoji).toBeGreaterThan(0);
    const emojiTurn = doc.turns.find((t) => t.start < firstEmoji && firstEmoji < t.end)!;
    expect(emojiTurn.speaker).toBe('Mat Ryer');
    expect(doc.text.slice(emojiTurn.textStart, emojiTurn.end)).toBe('Is it 💩 ?');

    const map = new CodePointMap(doc.text);
    const codePoints = Array.from(doc.text);
    const after = doc.turns.filter((t) => t.start > firstEmoji);
    expect(after.length).toBeGreaterThan(10);
    for (const t of after) {
      const label = doc.text.slice(t.labelStart, t.labelEnd);
      expect(label.startsWith(`**${t.speaker}:**`)).toBe(true);
      const cpStart = map.toCodePoint(t.labelStart);
      expect(cpStart).toBeLessThan(t.labelStart);
      // The same label, cut by code points from an array of characters.
      expect(codePoints.slice(cpStart, map.toCodePoint(t.labelEnd)).join('')).toBe(label);
      expect(map.toUtf16(cpStart)).toBe(t.labelStart);
    }
  });

  it('Knesset protocol (Hebrew, right to left): every label is the name and its colon', async () => {
    const doc = await read('transcripts-txt', 'knesset-hebrew', '20_ptv_317899.txt');
    expectWellFormedTurns(doc.text, doc.turns);
    for (const t of doc.turns) {
      expect(doc.text.slice(t.labelStart, t.labelEnd)).toBe(`${t.speaker}:`);
      // The name is alone on its line; the speech starts on a later line.
      expect(doc.text.slice(t.labelEnd, t.textStart)).toMatch(/^\s*\n\s*$/);
    }
    const chair = doc.turns[0]!;
    expect(doc.text.slice(chair.textStart, chair.textStart + 9)).toBe('בוקר טוב,');
  });

  it('Chinese subtitles: paragraph time marks point at the text and survive a code point round trip', async () => {
    const doc = await read('subtitles', 'morevna', 'morevna-ep3-zho.srt');
    const map = new CodePointMap(doc.text);
    expect(doc.timeMarks).toHaveLength(1);
    const mark = doc.timeMarks[0]!;
    expect(doc.text.slice(mark.offset).startsWith('Morevna 项目')).toBe(true);
    expect(mark).toMatchObject({ startMs: 360, endMs: 9240 });
    expect(map.toUtf16(map.toCodePoint(doc.text.length))).toBe(doc.text.length);
  });

  it('Chinese speaker names with a supplementary-plane character (surrogate pair) in voice tags', async () => {
    const vtt = ['WEBVTT', '', '00:00:01.000 --> 00:00:03.000', '<v 陳委員𠀋>請問部長，這個預算？', '', '00:00:03.500 --> 00:00:05.000', '<v 部長>我們會再研議。', ''].join('\n');
    const doc = await readDocument('立法院.vtt', Buffer.from(vtt, 'utf8'));
    expect(doc.text).toBe('陳委員𠀋: 請問部長，這個預算？\n\n部長: 我們會再研議。');
    expectWellFormedTurns(doc.text, doc.turns);
    const second = doc.turns[1]!;
    const map = new CodePointMap(doc.text);
    expect(map.toCodePoint(second.labelStart)).toBe(second.labelStart - 1);
    expect(doc.text.slice(second.textStart, second.end)).toBe('我們會再研議。');
  });

  it('Rev export with CRLF line ends: stored text has LF only and labels line up with the original lines', async () => {
    const doc = await read('transcripts-txt', 'metamuse', 'rev-original', '2-having-good-ideas.txt');
    const raw = readFileSync(corpusPath('transcripts-txt', 'metamuse', 'rev-original', '2-having-good-ideas.txt'), 'utf8');
    expect(raw.includes('\r\n')).toBe(true);
    expect(doc.text).toBe(raw.replace(/\r\n/g, '\n'));
    expectWellFormedTurns(doc.text, doc.turns);
    const rawHeaders = raw.split('\r\n').filter((l) => /^Speaker \d \(\d\d:\d\d\):$/.test(l));
    expect(doc.turns.map((t) => doc.text.slice(t.labelStart, t.labelEnd))).toEqual(rawHeaders);
    // A turn's text never carries a stray CR or the next speaker's header.
    for (const t of doc.turns) expect(doc.text.slice(t.textStart, t.end)).not.toMatch(/\r|\(\d\d:\d\d\):/);
  });
});
