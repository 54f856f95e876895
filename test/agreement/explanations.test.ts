/**
 * Plain-language explanations carry the right numbers, counts and formulas
 * (agreement-methods.md §9).
 */
import { describe, expect, it } from 'vitest';
import type { AgreementInput } from '../../core/agreement';
import { compareCoding, explainCI, formatPercent, methodsSentence, rareCodeWarning, trafficLight } from '../../core/agreement';

// NVivo's documented example: 1,000 characters, 50 coded by both, 150 by one only (A 100, B 50), 800 by neither.
const nvivo: AgreementInput = {
  documents: [{ id: 'd1', title: 'Interview 1', length: 1000, completedBy: ['A', 'B'] }],
  coders: [
    { id: 'A', label: 'Sara' },
    { id: 'B', label: 'Ewan' },
  ],
  codes: [{ id: 'X', path: 'Trust' }],
  codings: [
    { documentId: 'd1', codeId: 'X', coderId: 'A', start: 0, end: 150 },
    { documentId: 'd1', codeId: 'X', coderId: 'B', start: 0, end: 50 },
    { documentId: 'd1', codeId: 'X', coderId: 'B', start: 150, end: 200 },
  ],
};

describe('explanations in the report', () => {
  const code = compareCoding(nvivo).codes[0]!;
  const e = code.explanations;

  it('percent agreement names the coders, the code, the share and the counts', () => {
    expect(e.percentAgreement).toBe(
      'In the one document (1,000 characters), Sara and Ewan made the same decision about Trust — both applied it or both left it out — ' +
        'for 85.0% of the text. (Percent agreement = (both + neither) / all = (50 + 800) / 1,000.)',
    );
  });

  it('alpha gives the value, the formula with D_o and D_e, and the thresholds', () => {
    // α = 2753/8750 = 0.3146; D_o = 0.15, D_e = 0.15/(1 − α) ≈ 0.219.
    expect(e.alpha).toContain('For Trust, α = 0.31');
    expect(e.alpha).toContain('α = 1 − D_o / D_e = 1 − 0.150 / 0.219, from 2,000 pairable values');
    expect(e.alpha).toContain('Krippendorff recommends α ≥ 0.80');
  });

  it('positive agreement says "of all the text at least one coder tagged", with the Dice formula', () => {
    expect(e.positiveAgreement).toBe(
      'Of all the text at least one coder tagged as Trust, 40.0% was tagged by both ' +
        '(positive agreement = 2 × both / (2 × both + only one) = 2 × 50 / (2 × 50 + 100 + 50)).',
    );
  });

  it('coverage shows who codes more broadly', () => {
    expect(e.coverage).toBe('Sara coded 15.0% of the text as Trust, Ewan 10.0%: Sara applies the code more broadly.');
  });

  it("each coder pair's Cohen's kappa is explained with P_o and P_e", () => {
    // P_o = 850/1000; P_e = (150·100 + 850·900)/1000² = 0.78; κ = 7/22.
    expect(code.pairs[0]!.explanation).toBe(
      "Cohen's κ for Sara and Ewan = 0.32 (κ = (P_o − P_e) / (1 − P_e) = (0.850 − 0.780) / (1 − 0.780), with chance agreement P_e " +
        "from each coder's own share of coded text, so it forgives a coder who codes more than the other).",
    );
  });

  it('the traffic light and the interval say what they are', () => {
    expect(code.trafficLight).toBe('poor');
    expect(e.trafficLight).toBe('Poor: α for Trust is below 0.667; the code is not applied reliably enough to draw conclusions from it.');
    expect(e.ci).toBe(
      'No confidence interval for Trust: A confidence interval needs at least 2 documents coded by two or more coders; this comparison has 1.',
    );
  });
});

describe('explanation functions', () => {
  it('traffic light thresholds: ≥ .800 good, ≥ .667 tentative, below poor, null not applicable', () => {
    expect([0.8, 0.7999, 0.667, 0.6669, null].map(trafficLight)).toEqual(['good', 'tentative', 'tentative', 'poor', 'not applicable']);
  });

  it('warns about rare codes with their share', () => {
    expect(rareCodeWarning('Stigma', 0.004, 0.01, 'character')).toBe(
      'Stigma covers only 0.4% of the text; α is unstable for codes this rare. Look at the disagreeing passages rather than the number.',
    );
    expect(rareCodeWarning('Stigma', 0.2, 0.01, 'character')).toBeNull();
    expect(formatPercent(0.0004)).toBe('0.04%');
  });

  it('describes a bootstrap interval with its resamples, seed and threshold probabilities', () => {
    const text = explainCI('Trust', 0.71, {
      ci95: [0.58, 0.82],
      pBelow667: 0.271,
      pBelow800: 0.904,
      resamples: 2000,
      undefinedResamples: 0,
      seed: 1,
      documents: 12,
      note: null,
    });
    expect(text).toBe(
      'If we had coded a different set of similar documents, α for Trust would likely fall between 0.58 and 0.82 ' +
        '(95% interval from resampling the 12 documents 2,000 times, seed 1). In 27.1% of the resamples α was below 0.667 and in 90.4% below 0.800.',
    );
  });

  it('writes the methods-section sentence', () => {
    expect(methodsSentence({ coders: 2, documents: 6, unit: 'character', bootstrap: { resamples: 2000, seed: 1 }, reviseBelow: 0.667 })).toBe(
      "Two coders independently coded six documents. Agreement was computed per code with Krippendorff's α for binary data at the " +
        'character level, pooling all documents (95% CI: bootstrap over documents, 2,000 resamples, seed 1). Codes with α < .667 were revised.',
    );
  });

  it('explains three coders in terms of coder pairs', () => {
    const three = compareCoding({
      ...nvivo,
      coders: [...nvivo.coders, { id: 'C', label: 'Jo' }],
      documents: [{ ...nvivo.documents[0]!, completedBy: ['A', 'B', 'C'] }],
      codings: [...nvivo.codings, { documentId: 'd1', codeId: 'X', coderId: 'C', start: 0, end: 100 }],
    }).codes[0]!;
    expect(three.explanations.percentAgreement).toContain('any two of the three coders (Sara, Ewan and Jo)');
    expect(three.explanations.positiveAgreement).toContain('over all three coder pairs');
    expect(three.explanations.coverage).toBe('Sara coded 15.0% of the text as Trust, Ewan 10.0%, Jo 10.0%: Sara applies the code most broadly.');
  });
});
