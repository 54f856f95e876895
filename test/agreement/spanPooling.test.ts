/**
 * The span engine against hand computations and a per-character oracle: pooling over documents
 * (never averaging), missing coders, three coders, overlapping codings, degenerate codes.
 */
import { describe, expect, it } from 'vitest';
import type { AgreementInput, ComparisonCoding } from '../../core/agreement';
import {
  cohenKappa,
  compareCoding,
  fleissKappa,
  krippendorffAlpha,
  mulberry32,
  pairTable,
  percentAgreement,
  reliabilityDataFromUnits,
} from '../../core/agreement';
import { characterMatrix, documentMatrix } from './characterOracle';

const two = [
  { id: 'A', label: 'A' },
  { id: 'B', label: 'B' },
];

describe('pooling over documents (span_multi_source_averaging style)', () => {
  // d1 (100 chars): A and B both code [0,20) → κ = 1.
  // d2 (1,000 chars): A [0,100), B [50,200) → both 50, A only 50, B only 100, neither 800 → κ = 7/22.
  // Pooled 2×2: both 70, A only 50, B only 100, neither 880 (N = 1,100):
  //   κ = (1100·950 − (120·170 + 980·930)) / (1100² − 931800) = 113200 / 278200.
  const input: AgreementInput = {
    documents: [
      { id: 'd1', title: 'Interview 1', length: 100, completedBy: ['A', 'B'] },
      { id: 'd2', title: 'Interview 2', length: 1000, completedBy: ['A', 'B'] },
    ],
    coders: two,
    codes: [{ id: 'T', path: 'Trust' }],
    codings: [
      { documentId: 'd1', codeId: 'T', coderId: 'A', start: 0, end: 20 },
      { documentId: 'd1', codeId: 'T', coderId: 'B', start: 0, end: 20 },
      { documentId: 'd2', codeId: 'T', coderId: 'A', start: 0, end: 100 },
      { documentId: 'd2', codeId: 'T', coderId: 'B', start: 50, end: 200 },
    ],
    options: { bootstrap: false },
  };
  const report = compareCoding(input);
  const trust = report.codes[0]!;

  it('pools the characters of all documents into one 2×2 table', () => {
    expect(trust.cohenKappa).toBeCloseTo(113200 / 278200, 12);
    expect(trust.percentAgreement).toBeCloseTo(950 / 1100, 12);
    expect(trust.pairs[0]!.counts).toEqual({ both: 70, onlyFirst: 50, onlySecond: 100, neither: 880 });
    expect(trust.units).toBe(1100);
    expect(trust.coverage).toEqual({ A: 120, B: 170 });
  });

  it('gives per-document values and shows how far the NVivo-style averages are from the pooled κ', () => {
    expect(trust.documents.map((d) => [d.document, d.cohenKappa])).toEqual([
      ['Interview 1', 1],
      ['Interview 2', 7 / 22],
    ]);
    expect(trust.documentAverages!.unweightedMeanKappa).toBeCloseTo((1 + 7 / 22) / 2, 12);
    expect(trust.documentAverages!.lengthWeightedMeanKappa).toBeCloseTo((100 + 1000 * (7 / 22)) / 1100, 12);
    expect(Math.abs(trust.cohenKappa! - trust.documentAverages!.unweightedMeanKappa!)).toBeGreaterThan(0.2);
  });

  it('matches the per-character oracle for alpha', () => {
    const oracle = krippendorffAlpha(reliabilityDataFromUnits(['A', 'B'], characterMatrix(input, 'T'), [0, 1])).value!;
    expect(trust.alpha).toBeCloseTo(oracle, 12);
  });
});

describe('missing coders', () => {
  // C completed only d1; C's coding in d2 must be ignored, not read as data.
  const input: AgreementInput = {
    documents: [
      { id: 'd1', title: 'Site visit', length: 60, completedBy: ['A', 'B', 'C'] },
      { id: 'd2', title: 'Focus group', length: 80, completedBy: ['A', 'B'] },
      { id: 'd3', title: 'Not started', length: 50, completedBy: [] },
    ],
    coders: [...two, { id: 'C', label: 'C' }],
    codes: [{ id: 'X', path: 'Access/Waiting times' }],
    codings: [
      { documentId: 'd1', codeId: 'X', coderId: 'A', start: 5, end: 25 },
      { documentId: 'd1', codeId: 'X', coderId: 'B', start: 10, end: 30 },
      { documentId: 'd1', codeId: 'X', coderId: 'C', start: 5, end: 30 },
      { documentId: 'd2', codeId: 'X', coderId: 'A', start: 0, end: 40 },
      { documentId: 'd2', codeId: 'X', coderId: 'B', start: 20, end: 40 },
      { documentId: 'd2', codeId: 'X', coderId: 'C', start: 0, end: 80 },
    ],
    options: { bootstrap: false },
  };
  const report = compareCoding(input);
  const code = report.codes[0]!;

  it('treats an uncompleted document as missing, not absent (alpha equals the oracle with nulls)', () => {
    const matrix = characterMatrix(input, 'X');
    expect(matrix).toHaveLength(140);
    expect(matrix[60]).toEqual([1, 0, null]);
    const oracle = reliabilityDataFromUnits(['A', 'B', 'C'], matrix, [0, 1]);
    expect(code.alpha).toBeCloseTo(krippendorffAlpha(oracle).value!, 12);
    expect(code.percentAgreement).toBeCloseTo(percentAgreement(oracle)!, 12);
    expect(code.coverage).toEqual({ A: 60, B: 40, C: 25 });
  });

  it("leaves Fleiss' kappa out and says why; reports the ignored coding", () => {
    expect(code.fleissKappa).toBeNull();
    expect(code.note).toContain("Fleiss' and Conger's κ are not shown");
    expect(code.note).toContain('1 coding(s) were left out');
    expect(report.notes[0]).toBe('1 document(s) were completed by fewer than two of the compared coders and give no agreement data.');
  });

  it('lists per-document values only for documents with two or more coders', () => {
    expect(code.documents.map((d) => [d.document, d.coders])).toEqual([
      ['Site visit', ['A', 'B', 'C']],
      ['Focus group', ['A', 'B']],
    ]);
    const d2 = reliabilityDataFromUnits(['A', 'B', 'C'], documentMatrix(input, 'X', 'd2'), [0, 1]);
    expect(code.documents[1]!.alpha).toBeCloseTo(krippendorffAlpha(d2).value!, 12);
  });

  it('computes each pair over the documents both coders completed', () => {
    const ac = code.pairs.find((p) => p.coders[0] === 'A' && p.coders[1] === 'C')!;
    expect(ac.units).toBe(60);
    expect(ac.counts).toEqual({ both: 20, onlyFirst: 0, onlySecond: 5, neither: 35 });
  });
});

describe('three coders with overlapping and duplicate codings (random data against the oracle)', () => {
  const random = mulberry32(20240611);
  const coders = [
    { id: 'SO', label: 'SO' },
    { id: 'EW', label: 'EW' },
    { id: 'JC', label: 'JC' },
  ];
  const documents = [0, 1, 2, 3].map((i) => ({ id: `doc${i}`, title: `Transcript ${i + 1}`, length: 300 + 50 * i, completedBy: ['SO', 'EW', 'JC'] }));
  const codings: ComparisonCoding[] = [];
  for (const doc of documents) {
    for (const coder of coders) {
      for (const codeId of ['K1', 'K2']) {
        for (let n = 0; n < 6; n++) {
          const start = Math.floor(random() * (doc.length - 40));
          const end = start + 1 + Math.floor(random() * 40);
          codings.push({ documentId: doc.id, codeId, coderId: coder.id, start, end });
          if (n === 0) codings.push({ documentId: doc.id, codeId, coderId: coder.id, start, end }); // exact duplicate
        }
      }
    }
  }
  const input: AgreementInput = {
    documents,
    coders,
    codes: [
      { id: 'K1', path: 'Barriers' },
      { id: 'K2', path: 'Facilitators' },
    ],
    codings,
    options: { bootstrap: false },
  };
  const report = compareCoding(input);

  for (const codeId of ['K1', 'K2']) {
    it(`${codeId}: alpha, percent agreement, Fleiss and pairwise Cohen equal the per-character oracle`, () => {
      const code = report.codes.find((c) => c.codeId === codeId)!;
      const oracle = reliabilityDataFromUnits(['SO', 'EW', 'JC'], characterMatrix(input, codeId), [0, 1]);
      expect(code.units).toBe(300 + 350 + 400 + 450);
      expect(code.alpha).toBeCloseTo(krippendorffAlpha(oracle).value!, 12);
      expect(code.percentAgreement).toBeCloseTo(percentAgreement(oracle)!, 12);
      expect(code.fleissKappa).toBeCloseTo(fleissKappa(oracle)!.value!, 12);
      expect(code.cohenKappa).toBeNull();
      expect(code.pairs.map((p) => p.coders.join('-'))).toEqual(['SO-EW', 'SO-JC', 'EW-JC']);
      code.pairs.forEach((p, i) => {
        const [a, b] = [
          [0, 1],
          [0, 2],
          [1, 2],
        ][i]!;
        expect(p.cohenKappa).toBeCloseTo(cohenKappa(pairTable(oracle, a!, b!)).value!, 12);
      });
    });
  }

  it('pooled alpha stacks both codes (code × character units)', () => {
    const rows = [...characterMatrix(input, 'K1'), ...characterMatrix(input, 'K2')];
    const oracle = krippendorffAlpha(reliabilityDataFromUnits(['SO', 'EW', 'JC'], rows, [0, 1])).value!;
    expect(report.pooled.alpha).toBeCloseTo(oracle, 12);
    expect(report.pooled.minAlpha).toBe(Math.min(report.codes[0]!.alpha!, report.codes[1]!.alpha!));
  });
});

describe('degenerate codes', () => {
  const input: AgreementInput = {
    documents: [{ id: 'd', title: 'Interview 7', length: 200, completedBy: ['A', 'B'] }],
    coders: two,
    codes: [
      { id: 'none', path: 'Stigma' },
      { id: 'one', path: 'Cost' },
    ],
    codings: [{ documentId: 'd', codeId: 'one', coderId: 'A', start: 10, end: 30 }],
    options: { bootstrap: false },
  };
  const report = compareCoding(input);
  const [unused, single] = report.codes;

  it('a code nobody used is "not applicable", never 1', () => {
    expect(unused!.alpha).toBeNull();
    expect(unused!.cohenKappa).toBeNull();
    expect(unused!.scottPi).toBeNull();
    expect(unused!.fleissKappa).toBeNull();
    expect(unused!.gwetAC1).toBeNull();
    expect(unused!.positiveAgreement).toBeNull();
    expect(unused!.trafficLight).toBe('not applicable');
    expect(unused!.note).toBe('No coder applied Stigma in these documents, so agreement is not applicable (not 1): there were no decisions about it to compare.');
    expect(unused!.documents[0]!.alpha).toBeNull();
  });

  it('a code used by one coder has alpha ≤ 0 and kappa 0, with a note', () => {
    // n = 400, n_1 = 20, n_0 = 380, o_01 = 20: α = 1 − 399·20/(20·380) = 1 − 399/380 = −1/20.
    expect(single!.alpha).toBeCloseTo(-1 / 20, 12);
    expect(single!.cohenKappa).toBe(0);
    expect(single!.trafficLight).toBe('poor');
    expect(single!.note).toContain('Only A applied Cost; B never did.');
  });

  it('leaves a code nobody used out of the pooled alpha (it would only add agreement about absence)', () => {
    expect(report.pooled.alpha).toBeCloseTo(krippendorffAlpha(reliabilityDataFromUnits(['A', 'B'], characterMatrix(input, 'one'), [0, 1])).value!, 12);
  });
});

describe('input checks', () => {
  it('refuses a coding that runs past the end of its document, naming both', () => {
    expect(() =>
      compareCoding({
        documents: [{ id: 1, title: 'interview-03', length: 10, completedBy: [1, 2] }],
        coders: [
          { id: 1, label: 'SO' },
          { id: 2, label: 'EW' },
        ],
        codes: [{ id: 5, path: 'Trust' }],
        codings: [{ documentId: 1, codeId: 5, coderId: 1, start: 4, end: 12 }],
      }),
    ).toThrow('A coding of "Trust" by SO in "interview-03" runs from 4 to 12, outside the document (0 to 10).');
  });

  it('needs two coders', () => {
    expect(() => compareCoding({ documents: [], coders: [{ id: 1, label: 'SO' }], codes: [], codings: [] })).toThrow('at least two coders');
  });

  it('works with numeric ids as a database layer passes them (coverage keyed by id)', () => {
    const report = compareCoding({
      documents: [{ id: 7, title: 'interview-03', length: 10, completedBy: [1, 2] }],
      coders: [
        { id: 1, label: 'SO' },
        { id: 2, label: 'EW' },
      ],
      codes: [{ id: 5, path: 'Trust' }],
      codings: [
        { documentId: 7, codeId: 5, coderId: 1, start: 0, end: 4 },
        { documentId: 7, codeId: 5, coderId: 2, start: 0, end: 5 },
      ],
    });
    expect(report.codes[0]!.coverage).toEqual({ '1': 4, '2': 5 });
    expect(JSON.parse(JSON.stringify(report)).codes[0].code).toBe('Trust');
  });
});
