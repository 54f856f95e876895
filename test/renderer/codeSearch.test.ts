import { describe, expect, it } from 'vitest';
import { joinCodePath, splitCodePath } from '../../core/model/codePaths';
import type { Code } from '../../core/model/types';
import { createCodeSearch, exactCode } from '../../renderer/features/palette/codeSearch';
import { newCodeFromTyped } from '../../renderer/features/palette/newCode';
import { withRecentCode } from '../../renderer/features/palette/recentCodes';
import { readSampleCsv } from '../sample/sampleFiles';

/** The sample study's codebook as codes.list answers it (parents before children, with paths). */
function sampleCodes(): Code[] {
  const rows = readSampleCsv('codebook.csv').rows;
  const idOfPath = new Map<string, number>();
  return rows.map((row, i) => {
    const names = splitCodePath(row.path!);
    const id = i + 1;
    idOfPath.set(row.path!, id);
    const parent = names.length > 1 ? idOfPath.get(joinCodePath(names.slice(0, -1)))! : null;
    // What the palette reads of a code (the codebook's other fields are left out).
    return { id, parentId: parent, name: names[names.length - 1]!, colour: row.colour!, description: row.description!, sortOrder: i, path: row.path! } as Code;
  });
}

describe('the quick-code palette search', () => {
  const codes = sampleCodes();
  const search = createCodeSearch(codes);
  const paths = (query: string, limit = 3) => search.search(query, limit).map((c) => c.path);

  it('finds codes by a name fragment, as typed letter by letter', () => {
    expect(paths('foll')[0]).toBe('Collaborative care/Scheduled follow-up');
    expect(paths('mean')[0]).toBe('Salutogenesis/Sense of coherence/Meaningfulness');
    expect(paths('mech')[0]).toBe('Realist/Mechanism');
  });

  it('forgives typos', () => {
    expect(paths('comprehensability')[0]).toBe('Salutogenesis/Sense of coherence/Comprehensibility');
    expect(paths('manageabilty')[0]).toBe('Salutogenesis/Sense of coherence/Manageability');
  });

  it('matches parent paths: every word typed must be found in the code', () => {
    const found = paths('resistance social', 5);
    expect(found[0]).toBe('Salutogenesis/Resistance resources/Social support');
    expect(paths('realist/outc')[0]).toBe('Realist/Outcome');
  });

  it('matches descriptions, below names', () => {
    // "link worker" is in the descriptions of several codes; "Antonovsky" only in Salutogenesis's.
    expect(paths('antonovsky')).toEqual(['Salutogenesis']);
    // "plan" names one code and is in the description of another: the name comes first.
    expect(paths('plan', 2)).toEqual(['Collaborative care/Structured management plan', 'Collaborative care/Scheduled follow-up']);
    const worker = paths('worker', 10);
    expect(worker).toContain('Collaborative care/Case coordinator in a multi-professional team');
  });

  it('lists the codebook in order when nothing is typed, and honours the limit', () => {
    expect(search.search('', 2).map((c) => c.path)).toEqual(['Collaborative care', 'Collaborative care/Case coordinator in a multi-professional team']);
    expect(search.search('e', 4)).toHaveLength(4);
  });

  it('puts a code whose name is exactly what was typed first', () => {
    expect(paths('context')[0]).toBe('Realist/Context');
    expect(exactCode(codes, 'realist/context')?.name).toBe('Context');
    expect(exactCode(codes, 'Social Support')?.path).toBe('Salutogenesis/Resistance resources/Social support');
    expect(exactCode(codes, 'Transport')).toBeUndefined();
  });

  it('ignores accents: "cafe" finds "café"', () => {
    const withCafe = [...codes, { ...codes[0]!, id: 99, parentId: null, name: 'Social café', path: 'Social café', description: '' }];
    expect(createCodeSearch(withCafe).search('cafe', 1).map((c) => c.name)).toEqual(['Social café']);
  });
});

describe('creating a code from the palette, and recent codes', () => {
  const codes = sampleCodes();

  it('creates inside an existing parent when the typed name has a path', () => {
    const realist = codes.find((c) => c.path === 'Realist')!;
    expect(newCodeFromTyped('Realist/Unintended outcome', codes)).toEqual({ name: 'Unintended outcome', parentId: realist.id });
    expect(newCodeFromTyped('  Transport barriers ', codes)).toEqual({ name: 'Transport barriers', parentId: null });
    expect(newCodeFromTyped('Nowhere/Child', codes)).toEqual({ name: 'Nowhere/Child', parentId: null });
  });

  it('keeps the nine most recent codes, newest first, without repeats', () => {
    let recent: number[] = [];
    for (const id of [1, 2, 3, 2, 4, 5, 6, 7, 8, 9, 10]) recent = withRecentCode(recent, id);
    expect(recent).toEqual([10, 9, 8, 7, 6, 5, 4, 2, 3]);
  });
});
