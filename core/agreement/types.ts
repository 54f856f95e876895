/**
 * The comparison a researcher asks for ("these documents, these coders, these codes") and the
 * report the engine gives back. Plain data, JSON-friendly, shaped so a database layer can fill
 * the input straight from its tables. Offsets are UTF-16 code units, half-open [start, end),
 * into the document's stored text.
 */

export type AgreementId = string | number;

/** What counts as one unit of analysis (agreement-methods.md §1, §6.2). */
export type AgreementUnit = 'character' | 'word' | 'sentence' | 'paragraph' | 'segment' | 'document';

export interface ComparisonDocument {
  id: AgreementId;
  title: string;
  /** Length of the stored text in UTF-16 code units. */
  length: number;
  /** Needed for word, sentence and paragraph units only. */
  text?: string;
  /**
   * Coders who were assigned this document and finished coding it. Only they give values;
   * for everyone else the document is missing data, not "absent" (§6.1).
   */
  completedBy: readonly AgreementId[];
}

export interface ComparisonCoder {
  id: AgreementId;
  label: string;
}

export interface ComparisonCode {
  id: AgreementId;
  /** The code's path in the codebook ("Trust/Trust in clinicians"). */
  path: string;
}

export interface ComparisonCoding {
  documentId: AgreementId;
  codeId: AgreementId;
  coderId: AgreementId;
  start: number;
  end: number;
}

export interface BootstrapOptions {
  /** Number of resamples (default 2,000). */
  resamples?: number;
  /** PRNG seed (default 1), so a report can be reproduced. */
  seed?: number;
}

export interface CodeGroup {
  name: string;
  /** Mutually exclusive codes (a coder may not apply two of them to the same text). */
  codeIds: readonly AgreementId[];
}

export interface AgreementOptions {
  /** Cluster bootstrap over documents; false to skip (default: 2,000 resamples, seed 1). */
  bootstrap?: BootstrapOptions | false;
  /** 'line' (default): every line is a paragraph; 'blank-line': paragraphs are separated by empty lines. */
  paragraphBreak?: 'line' | 'blank-line';
  /** Minimum intersection-over-union for two segments to match when unit = 'segment' (default 0.9). */
  segmentThreshold?: number;
  /** A code covering less than this share of the units (any coder) gets a rare-code warning (default 0.01). */
  rareCodeShare?: number;
  /** Also compute Krippendorff's 1995/2004 unitizing alpha per code (character unit only). */
  unitizing?: boolean;
  /** Mutually exclusive code groups for the 2016 u-alpha family (ATLAS.ti-style). */
  codeGroups?: readonly CodeGroup[];
  /** Language tag for Intl.Segmenter (default 'en'). */
  locale?: string;
}

export interface AgreementInput {
  documents: readonly ComparisonDocument[];
  /**
   * The coders being compared (two to 30). Codings of other coders, codes or documents are
   * ignored, so a database layer may pass all codings of the project.
   */
  coders: readonly ComparisonCoder[];
  codes: readonly ComparisonCode[];
  codings: readonly ComparisonCoding[];
  unit?: AgreementUnit;
  options?: AgreementOptions;
}

export type TrafficLight = 'good' | 'tentative' | 'poor' | 'not applicable';

/** Both / only one / neither counts for one pair of coders and one code. */
export interface PairCounts {
  both: number;
  onlyFirst: number;
  onlySecond: number;
  neither: number;
}

export interface PairAgreement {
  coders: [AgreementId, AgreementId];
  counts: PairCounts;
  units: number;
  percentAgreement: number | null;
  positiveAgreement: number | null;
  jaccard: number | null;
  cohenKappa: number | null;
  scottPi: number | null;
  alpha: number | null;
  /** Cohen's kappa in words, with P_o and P_e. */
  explanation: string;
}

export interface DocumentAgreement {
  document: string;
  documentId: AgreementId;
  units: number;
  /** Coders (of this comparison) who completed the document. */
  coders: AgreementId[];
  alpha: number | null;
  percentAgreement: number | null;
  positiveAgreement: number | null;
  /** Two coders only. */
  cohenKappa: number | null;
  coverage: Record<string, number>;
}

export interface BootstrapResult {
  ci95: [number, number] | null;
  /** Share of resamples with alpha below .667 and below .800. */
  pBelow667: number | null;
  pBelow800: number | null;
  resamples: number;
  /** Resamples where alpha was not defined (code unused in the drawn documents). */
  undefinedResamples: number;
  seed: number;
  documents: number;
  /** Why there is no interval, or why it should be read with care. */
  note: string | null;
}

export interface SegmentAgreement {
  coders: [AgreementId, AgreementId];
  threshold: number;
  segmentsFirst: number;
  segmentsSecond: number;
  matchedPairs: number;
  /** Holsti CR = 2M / (N1 + N2). */
  holsti: number | null;
}

export interface UnitizingResult {
  value: number | null;
  observedDisagreement: number;
  expectedDisagreement: number;
}

export interface CodeExplanations {
  percentAgreement: string;
  alpha: string;
  positiveAgreement: string;
  coverage: string;
  ci: string;
  trafficLight: string;
  rareCode: string | null;
  degenerate: string | null;
}

export interface CodeAgreement {
  code: string;
  codeId: AgreementId;
  alpha: number | null;
  percentAgreement: number | null;
  positiveAgreement: number | null;
  jaccard: number | null;
  /** Two coders only (null otherwise; see `pairs`). */
  cohenKappa: number | null;
  /** Needs every coder on every unit; null otherwise. Equals Scott's pi for two coders. */
  fleissKappa: number | null;
  /** Two coders only. */
  scottPi: number | null;
  lightKappa: number | null;
  congerKappa: number | null;
  gwetAC1: number | null;
  trafficLight: TrafficLight;
  /** Units coded with this code, per coder id (documents at least two compared coders completed). */
  coverage: Record<string, number>;
  /** Units with at least two coders' values (the pairable units). */
  units: number;
  /** Share of units any coder coded with this code. */
  share: number;
  ci95: [number, number] | null;
  bootstrap: BootstrapResult | null;
  /** Plain-language remarks (degenerate data, rare code, ignored codings). */
  note: string;
  documents: DocumentAgreement[];
  pairs: PairAgreement[];
  /** For comparison with NVivo users' habits only: NOT a kappa of anything (§0.3). */
  documentAverages: { unweightedMeanKappa: number | null; lengthWeightedMeanKappa: number | null } | null;
  segments?: SegmentAgreement[];
  unitizingAlpha?: UnitizingResult | null;
  explanations: CodeExplanations;
}

export interface CodeGroupAgreement {
  name: string;
  uAlpha: number | null;
  binaryUAlpha: number | null;
  cuAlpha: number | null;
  note: string;
}

export interface AgreementReport {
  coders: ComparisonCoder[];
  unit: AgreementUnit;
  documents: { id: AgreementId; title: string; units: number; completedBy: AgreementId[] }[];
  codes: CodeAgreement[];
  pooled: {
    /** All codes stacked (code × unit), coincidences summed (§6.7). */
    alpha: number | null;
    percentAgreement: number | null;
    minAlpha: number | null;
    medianAlpha: number | null;
    ci95: [number, number] | null;
    bootstrap: BootstrapResult | null;
    unitizingAlpha?: UnitizingResult | null;
  };
  codeGroups?: CodeGroupAgreement[];
  methodsSentence: string;
  notes: string[];
}
