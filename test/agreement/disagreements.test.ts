/**
 * The disagreeing passages behind a number: where coders' judgements differ, who had the code
 * there, longest first.
 */
import { describe, expect, it } from 'vitest';
import type { AgreementInput } from '../../core/agreement';
import { findDisagreements } from '../../core/agreement';

const input: AgreementInput = {
  documents: [
    { id: 'd1', title: 'Interview 1', length: 300, completedBy: ['SO', 'EW', 'JC'] },
    { id: 'd2', title: 'Interview 2', length: 300, completedBy: ['SO', 'EW'] },
  ],
  coders: [
    { id: 'SO', label: 'SO' },
    { id: 'EW', label: 'EW' },
    { id: 'JC', label: 'JC' },
  ],
  codes: [
    { id: 'trust', path: 'Trust' },
    { id: 'cost', path: 'Cost' },
  ],
  codings: [
    { documentId: 'd1', codeId: 'trust', coderId: 'SO', start: 10, end: 50 },
    { documentId: 'd1', codeId: 'trust', coderId: 'SO', start: 30, end: 60 }, // overlaps its own coding: merged
    { documentId: 'd1', codeId: 'trust', coderId: 'EW', start: 20, end: 60 },
    { documentId: 'd1', codeId: 'trust', coderId: 'JC', start: 20, end: 60 },
    { documentId: 'd1', codeId: 'trust', coderId: 'JC', start: 200, end: 205 },
    { documentId: 'd2', codeId: 'trust', coderId: 'EW', start: 100, end: 170 },
    { documentId: 'd2', codeId: 'trust', coderId: 'JC', start: 0, end: 300 }, // JC did not complete d2
    { documentId: 'd1', codeId: 'cost', coderId: 'SO', start: 0, end: 5 },
  ],
};

describe('findDisagreements', () => {
  it('lists every passage where the coders differ, longest first, with who coded it', () => {
    const passages = findDisagreements(input, 'trust');
    expect(passages.map((p) => [p.document, p.start, p.end, p.codedBy, p.notCodedBy])).toEqual([
      ['Interview 2', 100, 170, ['EW'], ['SO']],
      ['Interview 1', 10, 20, ['SO'], ['EW', 'JC']],
      ['Interview 1', 200, 205, ['JC'], ['SO', 'EW']],
    ]);
    expect(passages[0]!.length).toBe(70);
  });

  it('can be restricted to a pair of coders', () => {
    const passages = findDisagreements(input, 'trust', ['EW', 'JC']);
    // d2 has only EW of the pair, so it cannot disagree there.
    expect(passages.map((p) => [p.documentId, p.start, p.end, p.codedBy])).toEqual([['d1', 200, 205, ['JC']]]);
  });

  it('returns nothing where everyone agrees, and names an unknown code', () => {
    expect(findDisagreements(input, 'trust', ['EW', 'SO']).some((p) => p.start >= 20 && p.end <= 60)).toBe(false);
    expect(findDisagreements(input, 'cost').map((p) => [p.start, p.end, p.codedBy])).toEqual([[0, 5, ['SO']]]);
    expect(() => findDisagreements(input, 'hope')).toThrow('Code hope is not part of this comparison.');
  });
});
