import { expect } from 'vitest';
import { CodePointMap } from '../../core/model/offsets';
import type { ParsedDocument, Turn } from '../../core/import';

/**
 * What must hold for any turns over any stored text: in order, inside the text, the label
 * naming the speaker, no trailing blanks, and every offset a character boundary that survives
 * a round trip through code points (what REFI-QDA and the CLI speak).
 */
export function expectWellFormedTurns(text: string, turns: readonly Turn[]): void {
  const map = new CodePointMap(text);
  let previousEnd = 0;
  for (const t of turns) {
    expect(t.start).toBeGreaterThanOrEqual(previousEnd);
    expect(t.labelStart).toBe(t.start);
    expect(t.labelEnd).toBeGreaterThan(t.labelStart);
    expect(t.textStart).toBeGreaterThanOrEqual(t.labelEnd);
    expect(t.end).toBeGreaterThanOrEqual(t.textStart);
    expect(t.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(t.labelStart, t.labelEnd)).toContain(t.speaker);
    expect(/\s$/.test(text.slice(t.start, t.end))).toBe(false);
    for (const u of [t.start, t.end, t.labelStart, t.labelEnd, t.textStart]) {
      expect(map.splitsPair(u)).toBe(false);
      expect(map.toUtf16(map.toCodePoint(u))).toBe(u);
    }
    previousEnd = t.end;
  }
}

/** The stored text is normalised: no CR, no BOM. */
export function expectNormalised(doc: ParsedDocument): void {
  expect(doc.text.includes('\r')).toBe(false);
  expect(doc.text.charCodeAt(0)).not.toBe(0xfeff);
}

export function speakerCounts(turns: readonly Turn[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of turns) counts[t.speaker] = (counts[t.speaker] ?? 0) + 1;
  return counts;
}

export function firstWords(s: string, n: number): string {
  return s.trim().split(/\s+/).slice(0, n).join(' ');
}

export function lastWords(s: string, n: number): string {
  return s.trim().split(/\s+/).slice(-n).join(' ');
}
