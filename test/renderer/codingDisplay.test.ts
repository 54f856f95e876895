import { describe, expect, it } from 'vitest';
import type { Code } from '../../core/model/types';
import { coderColours } from '../../renderer/features/coders/coderColours';
import { codesWithDescendants, defaultCodingView, visibleCodings } from '../../renderer/features/transcript/codingView';
import { inVivoName } from '../../renderer/features/transcript/inVivo';
import { coderLines, markBackground, markStyle } from '../../renderer/features/transcript/markStyles';
import { layoutStripes } from '../../renderer/features/transcript/stripeLayout';

/** A code with what the view reads of it (the codebook's other fields are left out). */
const code = (id: number, path: string, parentId: number | null = null) => ({ id, parentId, name: path.split('/').pop()!, path, colour: '#ffffff', description: '', sortOrder: id }) as Code;
const codes = [code(1, 'Realist'), code(2, 'Realist/Context', 1), code(3, 'Realist/Mechanism', 1), code(4, 'Salutogenesis')];
const SO = 1;
const EW = 2;
const JC = 3;
const codings = [
  { id: 10, codeId: 2, coderId: SO },
  { id: 11, codeId: 2, coderId: EW },
  { id: 12, codeId: 3, coderId: JC },
  { id: 13, codeId: 4, coderId: SO },
];

describe('which codings the transcript shows', () => {
  it('shows everyone by default, and only mine in blind mode', () => {
    expect(visibleCodings(codings, defaultCodingView, SO, codes).map((c) => c.id)).toEqual([10, 11, 12, 13]);
    expect(visibleCodings(codings, { ...defaultCodingView, blind: true }, EW, codes).map((c) => c.id)).toEqual([11]);
    // Blind mode wins over a coder filter that would show others.
    expect(visibleCodings(codings, { ...defaultCodingView, blind: true, hiddenCoders: [EW] }, SO, codes).map((c) => c.id)).toEqual([10, 13]);
  });

  it('filters by coder and by code (a code brings its descendants)', () => {
    expect(visibleCodings(codings, { ...defaultCodingView, hiddenCoders: [SO] }, SO, codes).map((c) => c.id)).toEqual([11, 12]);
    expect([...codesWithDescendants([1], codes)].sort()).toEqual([1, 2, 3]);
    expect(visibleCodings(codings, { ...defaultCodingView, shownCodes: [1] }, SO, codes).map((c) => c.id)).toEqual([10, 11, 12]);
    expect(visibleCodings(codings, { ...defaultCodingView, shownCodes: [3, 4], hiddenCoders: [JC] }, SO, codes).map((c) => c.id)).toEqual([13]);
  });
});

describe('how overlapping codings look', () => {
  const look = (codeColour: string, coderId: number, coderColour: string, label: string) => ({ codeColour, coderId, coderColour, label });

  it('stacks one colour band per distinct code', () => {
    expect(markBackground([])).toBe('transparent');
    expect(markBackground(['#64b5f6', '#64b5f6'])).toBe('color-mix(in srgb, #64b5f6 58%, transparent)');
    expect(markBackground(['#64b5f6', '#f48fb1'])).toBe(
      'linear-gradient(to bottom, color-mix(in srgb, #64b5f6 58%, transparent) 0.00% 50.00%, color-mix(in srgb, #f48fb1 58%, transparent) 50.00% 100.00%)',
    );
  });

  it('draws a line per coder under the text when several coders are shown, so one code by two coders is visible twice', () => {
    const sameCodeTwoCoders = [look('#64b5f6', EW, '#c2410c', 'Realist/Context · EW'), look('#64b5f6', SO, '#1d4ed8', 'Realist/Context · SO')];
    expect(coderLines(sameCodeTwoCoders)).toBe('inset 0 -2px 0 #1d4ed8, inset 0 -4px 0 #c2410c');
    const style = markStyle(sameCodeTwoCoders, true);
    expect(style.title).toBe('Realist/Context · EW\nRealist/Context · SO');
    expect(markStyle(sameCodeTwoCoders, false).boxShadow).toBe('none');
  });

  it('gives coders distinct colours by their order in the project', () => {
    const colours = coderColours([
      { id: 3, name: 'Jamal Chaudhry', initials: 'JC' },
      { id: 1, name: 'Sam Okoro', initials: 'SO' },
      { id: 2, name: 'Emma Wright', initials: 'EW' },
    ]);
    expect([colours.get(1), colours.get(2), colours.get(3)]).toEqual(['#1d4ed8', '#c2410c', '#047857']);
  });
});

describe('coding stripes in the margin', () => {
  const order = new Map(codes.map((c, i) => [c.id, i]));
  const placed = [
    { id: 10, codeId: 2, coderId: SO, top: 0, bottom: 50 },
    { id: 11, codeId: 2, coderId: EW, top: 20, bottom: 60 },
    { id: 12, codeId: 3, coderId: JC, top: 40, bottom: 42 },
    { id: 13, codeId: 4, coderId: SO, top: 100, bottom: 130 },
  ];
  const options = { width: 150, columnWidth: 9, gap: 4, maxColumns: 14, minBarHeight: 6 };

  it('gives each code a column in codebook order, and each coder a lane in it', () => {
    const layout = layoutStripes(placed, order, [SO, EW, JC], options);
    expect(layout.columns).toEqual([2, 3, 4]);
    expect([layout.columnWidth, layout.step]).toEqual([9, 13]);
    const bar = (id: number) => layout.bars.find((b) => b.codingId === id)!;
    expect([bar(10).x, bar(11).x, bar(12).x]).toEqual([0, 3, 13 + 6]);
    expect(bar(10).width).toBe(2);
    expect(bar(12).height).toBe(6);
    expect(bar(13)).toMatchObject({ x: 26, top: 100, height: 30 });
  });

  it('uses the whole column for a single coder (blind mode)', () => {
    const mine = layoutStripes(placed.filter((p) => p.coderId === SO), order, [SO, EW, JC], options);
    expect(mine.columns).toEqual([2, 4]);
    expect(mine.bars.map((b) => [b.x, b.width])).toEqual([
      [0, 9],
      [13, 9],
    ]);
  });

  it('keeps the margin’s width: many codes make narrower columns, not a wider margin', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ id: 100 + i, codeId: 100 + i, coderId: SO, top: i * 10, bottom: i * 10 + 20 }));
    const layout = layoutStripes(many, new Map(), [SO], { ...options, maxColumns: 30 });
    expect(layout.columns).toHaveLength(30);
    const right = Math.max(...layout.bars.map((b) => b.x + b.width));
    expect(right).toBeLessThanOrEqual(150);
    expect(right).toBeGreaterThan(145);
  });

  it('keeps columns for the most used codes when there are too many', () => {
    const layout = layoutStripes(placed, order, [SO, EW, JC], { ...options, maxColumns: 1 });
    expect(layout.columns).toEqual([2]);
    expect(layout.hiddenCodes).toEqual([3, 4]);
    expect(layout.bars.map((b) => b.codingId)).toEqual([10, 11]);
  });
});

describe('in-vivo code names', () => {
  it('takes the participant’s words, without quotes or punctuation around them', () => {
    expect(inVivoName('  "Thirty quid, I can do that."  ')).toBe('Thirty quid, I can do that');
    expect(inVivoName('gives me a reason\nto get up')).toBe('gives me a reason to get up');
    expect(inVivoName('שלום, מה שלומך?')).toBe('שלום, מה שלומך');
  });

  it('cuts a long passage at a word, with an ellipsis', () => {
    const name = inVivoName("It sounds daft but it gives me a reason to get up on a Wednesday and get the flour out.");
    expect(name).toBe('It sounds daft but it gives me a reason to get up on a…');
    expect(name.length).toBeLessThanOrEqual(61);
  });
});
