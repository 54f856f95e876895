import { describe, expect, it } from 'vitest';
import { lineOf, lineStarts, projectText } from '../../core/model/segments';

const seg = (start: number, end: number, ids: number[]) => ({ start, end, ids });

describe('projectText', () => {
  it('splits overlapping, nested and adjacent codings into segments per line', () => {
    const text = 'hello world\n\nsecond line here';
    const paragraphs = projectText(text, [
      { id: 1, start: 0, end: 5 },
      { id: 2, start: 3, end: 16 },
      { id: 3, start: 6, end: 6 },
      { id: 4, start: 5, end: 8 },
    ]);
    expect(paragraphs).toEqual([
      { start: 0, end: 11, segments: [seg(0, 3, [1]), seg(3, 5, [1, 2]), seg(5, 8, [2, 4]), seg(8, 11, [2])] },
      { start: 12, end: 12, segments: [] },
      { start: 13, end: 29, segments: [seg(13, 16, [2]), seg(16, 29, [])] },
    ]);
  });

  it('covers every character exactly once, whatever the codings', () => {
    const text = 'ab\ncd😊ef\n\nשלום 世界';
    const spans = [
      { id: 1, start: 1, end: 9 },
      { id: 2, start: 0, end: text.length },
      { id: 3, start: 4, end: 6 },
      { id: 4, start: 10, end: 10 },
    ];
    const covered = projectText(text, spans).flatMap((p) => p.segments.map((s) => text.slice(s.start, s.end)));
    expect(covered.join('')).toBe(text.replace(/\n/g, ''));
  });

  it('finds line starts', () => {
    expect(lineStarts('a\nbc\n')).toEqual([0, 2, 5]);
  });

  it('finds the line holding an offset, the line break belonging to the line it ends', () => {
    const starts = lineStarts('a\nbc\n');
    expect([0, 1, 2, 3, 4, 5, 9].map((offset) => lineOf(starts, offset))).toEqual([0, 0, 1, 1, 1, 2, 2]);
    expect(lineOf([], 3)).toBe(0);
  });
});
