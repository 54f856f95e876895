/**
 * Unitizing coefficients and gamma through the public API: the options of the report, their
 * notes, and reproducibility of the stochastic gamma.
 */
import { describe, expect, it } from 'vitest';
import type { AgreementInput } from '../../core/agreement';
import { bestAlignment, compareCoding, gamma, unitizingTerms } from '../../core/agreement';

const input: AgreementInput = {
  documents: [
    { id: 'd1', title: 'Interview 1', length: 100, completedBy: ['A', 'B', 'C'] },
    { id: 'd2', title: 'Interview 2', length: 100, completedBy: ['A', 'B'] },
  ],
  coders: [
    { id: 'A', label: 'A' },
    { id: 'B', label: 'B' },
    { id: 'C', label: 'C' },
  ],
  codes: [
    { id: 'pos', path: 'Experience/Positive' },
    { id: 'neg', path: 'Experience/Negative' },
  ],
  codings: [
    { documentId: 'd1', codeId: 'pos', coderId: 'A', start: 10, end: 40 },
    { documentId: 'd1', codeId: 'pos', coderId: 'B', start: 12, end: 40 },
    { documentId: 'd1', codeId: 'pos', coderId: 'C', start: 10, end: 38 },
    { documentId: 'd1', codeId: 'neg', coderId: 'A', start: 50, end: 70 },
    { documentId: 'd1', codeId: 'neg', coderId: 'B', start: 35, end: 70 }, // overlaps B's own "pos": not exclusive
    { documentId: 'd2', codeId: 'pos', coderId: 'A', start: 0, end: 20 },
    { documentId: 'd2', codeId: 'pos', coderId: 'B', start: 0, end: 25 },
  ],
  options: { bootstrap: false, unitizing: true, codeGroups: [{ name: 'Experience', codeIds: ['pos', 'neg'] }] },
};

describe('unitizing options of the report', () => {
  const report = compareCoding(input);

  it('gives u-alpha (1995/2004) per code and overall, over the documents every coder completed', () => {
    const pos = report.codes.find((c) => c.codeId === 'pos')!;
    // Only d1 has all three coders; the same computation through the coefficient API:
    const terms = unitizingTerms([{ length: 100, coders: [[10, 40], [12, 40], [10, 38]] }])!;
    expect(pos.unitizingAlpha!.value).toBeCloseTo(1 - terms.observed / terms.expected, 12);
    expect(report.pooled.unitizingAlpha!.value).not.toBeNull();
    expect(report.notes).toContain('Unitizing coefficients need every compared coder on the text, so they use only the 1 document(s) all coders completed.');
  });

  it('reports the 2016 family for a code group and warns when codes were not exclusive', () => {
    const group = report.codeGroups![0]!;
    expect(group.name).toBe('Experience');
    expect(group.uAlpha).not.toBeNull();
    expect(group.binaryUAlpha).not.toBeNull();
    expect(group.note).toContain('Coders applied two codes of "Experience" to the same text 1 time(s)');
  });

  it('refuses unitizing on units other than characters', () => {
    expect(() => compareCoding({ ...input, unit: 'document' })).toThrow('Unitizing coefficients are computed on characters only');
  });
});

describe('gamma', () => {
  const units = [
    { annotator: 0, start: 1, end: 5, category: 'a' },
    { annotator: 0, start: 6, end: 10, category: 'b' },
    { annotator: 0, start: 11, end: 15, category: 'a' },
    { annotator: 1, start: 2, end: 6, category: 'a' },
    { annotator: 1, start: 7, end: 11, category: 'b' },
    { annotator: 1, start: 12, end: 16, category: 'a' },
  ];

  it('aligns each unit with its shifted partner', () => {
    const alignment = bestAlignment(units, 2, { alpha: 1, beta: 1, deltaEmpty: 1 });
    expect(alignment.unitaryAlignments).toEqual([
      [0, 3],
      [1, 4],
      [2, 5],
    ]);
    expect(alignment.disorder).toBe(0.0625);
  });

  it('is reproducible under a seed and says how many samples it drew', () => {
    const first = gamma(units, 2, { seed: 11 });
    const again = gamma(units, 2, { seed: 11 });
    expect(again.gamma).toBe(first.gamma);
    expect(first.samples).toBeGreaterThanOrEqual(30);
    expect(first.gamma).toBeGreaterThan(0.5);
    expect(first.gamma).toBeLessThan(1);
  });
});
