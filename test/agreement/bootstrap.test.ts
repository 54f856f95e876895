/**
 * Cluster bootstrap over documents: reproducible under a seed, sensible invariants, and an
 * honest "no interval" when there is too little to resample (agreement-methods.md §5).
 */
import { describe, expect, it } from 'vitest';
import type { AgreementInput, ComparisonCoding } from '../../core/agreement';
import { compareCoding, mulberry32 } from '../../core/agreement';
import { bootstrapAlpha, documentCoincidence, drawResamples, quantile } from '../../core/agreement/bootstrap';
import { binaryAlpha } from '../../core/agreement/krippendorffAlpha';

/** 12 transcripts; B follows A's codings with some boundary jitter and occasional misses. */
function transcripts(seed: number, documents = 12): AgreementInput {
  const random = mulberry32(seed);
  const codings: ComparisonCoding[] = [];
  const docs = Array.from({ length: documents }, (_x, i) => ({ id: `t${i + 1}`, title: `Transcript ${i + 1}`, length: 2000, completedBy: ['SO', 'EW'] }));
  for (const d of docs) {
    for (let n = 0; n < 5; n++) {
      const start = Math.floor(random() * 1800);
      const end = start + 20 + Math.floor(random() * 150);
      codings.push({ documentId: d.id, codeId: 'trust', coderId: 'SO', start, end });
      if (random() < 0.8) {
        const s = Math.max(0, start + Math.floor(random() * 40) - 20);
        codings.push({ documentId: d.id, codeId: 'trust', coderId: 'EW', start: s, end: Math.min(2000, Math.max(s + 1, end + Math.floor(random() * 40) - 20)) });
      }
    }
  }
  return {
    documents: docs,
    coders: [
      { id: 'SO', label: 'SO' },
      { id: 'EW', label: 'EW' },
    ],
    codes: [{ id: 'trust', path: 'Trust' }],
    codings,
  };
}

describe('cluster bootstrap', () => {
  const data = transcripts(7);

  it('is reproducible under a seed (default 2,000 resamples, seed 1)', () => {
    const a = compareCoding(data).codes[0]!;
    const b = compareCoding(data).codes[0]!;
    expect(a.bootstrap!.resamples).toBe(2000);
    expect(a.bootstrap!.seed).toBe(1);
    expect(a.ci95).toEqual(b.ci95);
    expect(a.bootstrap!.pBelow667).toBe(b.bootstrap!.pBelow667);
    const other = compareCoding({ ...data, options: { bootstrap: { seed: 2 } } }).codes[0]!;
    expect(other.ci95).not.toEqual(a.ci95);
  });

  it('gives an interval that contains the point estimate, and ordered threshold probabilities', () => {
    const code = compareCoding(data).codes[0]!;
    const [lo, hi] = code.ci95!;
    expect(lo).toBeLessThan(code.alpha!);
    expect(hi).toBeGreaterThan(code.alpha!);
    expect(code.bootstrap!.pBelow667!).toBeLessThanOrEqual(code.bootstrap!.pBelow800!);
    expect(code.bootstrap!.documents).toBe(12);
    expect(code.bootstrap!.note).toBeNull();
  });

  it('with the identity resample returns the point estimate', () => {
    // One resample that draws each of three documents once is the original data.
    const identity = { clusters: 3, count: 1, seed: 0, indices: Uint32Array.from([0, 1, 2]) };
    const clusters = [
      { o00: 50, o01: 5, o11: 10 },
      { o00: 70, o01: 2, o11: 4 },
      { o00: 30, o01: 8, o11: 12 },
    ];
    const result = bootstrapAlpha(clusters, identity);
    const point = binaryAlpha(150, 15, 26)!;
    expect(result.ci95).toEqual([point, point]);
  });

  it('skips the interval with a reason when there are fewer than 2 documents', () => {
    const one = transcripts(7, 1);
    const code = compareCoding(one).codes[0]!;
    expect(code.ci95).toBeNull();
    expect(code.bootstrap!.note).toBe('A confidence interval needs at least 2 documents coded by two or more coders; this comparison has 1.');
    expect(code.explanations.ci).toContain('No confidence interval for Trust');
  });

  it('warns that an interval from few documents is not reliable', () => {
    const code = compareCoding(transcripts(7, 3)).codes[0]!;
    expect(code.ci95).not.toBeNull();
    expect(code.bootstrap!.note).toBe('With only 3 documents this interval is not reliable; read it as a rough guide.');
  });

  it('also resamples the pooled alpha, and can be switched off', () => {
    expect(compareCoding(data).pooled.ci95).not.toBeNull();
    const off = compareCoding({ ...data, options: { bootstrap: false } });
    expect(off.codes[0]!.bootstrap).toBeNull();
    expect(off.pooled.ci95).toBeNull();
  });
});

describe('bootstrap building blocks', () => {
  it('draws the same resamples for the same seed', () => {
    expect(drawResamples(5, 10, 42).indices).toEqual(drawResamples(5, 10, 42).indices);
    expect(drawResamples(5, 10, 42).indices).not.toEqual(drawResamples(5, 10, 43).indices);
  });

  it('turns pattern counts into binary coincidences (3 coders: pairs weighted 1/(m − 1))', () => {
    // 10 units where 2 of 3 coded (mask 0b011), 90 where none did.
    const c = documentCoincidence({ document: 0, present: [0, 1, 2], units: 100, counts: new Map([[3, 10], [0, 90]]) });
    expect(c).toEqual({ o00: 90 * 3, o01: 10, o11: 10 });
  });

  it('uses the R type-7 quantile', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([0, 10], 0.025)).toBeCloseTo(0.25, 12);
  });
});
