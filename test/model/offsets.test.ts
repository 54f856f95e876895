import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CodePointMap, normaliseText } from '../../core/model/offsets';
import { corpusPath } from '../support/paths';

describe('CodePointMap', () => {
  it('converts around astral characters (emoji) in both directions', () => {
    const text = 'a😊b💩c';
    const map = new CodePointMap(text);
    expect(map.utf16Length).toBe(7);
    expect(map.codePointLength).toBe(5);
    const pairs: [number, number][] = [[0, 0], [1, 1], [3, 2], [4, 3], [6, 4], [7, 5]];
    for (const [u, cp] of pairs) {
      expect(map.toCodePoint(u)).toBe(cp);
      expect(map.toUtf16(cp)).toBe(u);
    }
    expect(() => map.toCodePoint(2)).toThrow(/splits a character/);
    expect(() => map.toUtf16(6)).toThrow(/outside the text/);
  });

  it('is the identity for Hebrew and Chinese (no astral characters)', () => {
    const hebrew = normaliseText(readFileSync(corpusPath('transcripts-txt', 'knesset-hebrew', '20_ptv_317899.txt'), 'utf8'));
    const map = new CodePointMap(hebrew);
    expect(map.codePointLength).toBe(hebrew.length);
    expect(map.toUtf16(1234)).toBe(1234);
  });

  it('agrees with Array.from on a real file with emoji', () => {
    const text = normaliseText(readFileSync(corpusPath('transcripts-txt', 'changelog', 'gotime', 'go-time-163.md'), 'utf8'));
    const map = new CodePointMap(text);
    const codePoints = Array.from(text);
    expect(map.codePointLength).toBe(codePoints.length);
    const emojiAt = codePoints.findIndex((c) => c.codePointAt(0)! > 0xffff);
    expect(emojiAt).toBeGreaterThan(0);
    const u = map.toUtf16(emojiAt + 1);
    expect(text.slice(0, u)).toBe(codePoints.slice(0, emojiAt + 1).join(''));
  });
});

describe('normaliseText', () => {
  it('drops a BOM and makes CRLF and CR into LF', () => {
    expect(normaliseText('\ufeffa\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });
  it('normalises the CRLF Rev transcripts', () => {
    const raw = readFileSync(corpusPath('transcripts-txt', 'metamuse', 'rev-original', '1-tool-switching.txt'), 'utf8');
    expect(raw).toContain('\r\n');
    expect(normaliseText(raw)).not.toContain('\r');
  });
});
