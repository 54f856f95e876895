/**
 * Inter-coder agreement engine: pure TypeScript, no database, no UI.
 *
 * Start with `compareCoding` (the whole report). The coefficient functions below it are for
 * callers that already have a contingency table or a units × coders matrix, and for tests.
 * Methods and their definitions: /shared/docs/agreement-methods.md.
 */
export type {
  AgreementId,
  AgreementInput,
  AgreementOptions,
  AgreementReport,
  AgreementUnit,
  BootstrapOptions,
  BootstrapResult,
  CodeAgreement,
  CodeExplanations,
  CodeGroup,
  CodeGroupAgreement,
  ComparisonCode,
  ComparisonCoder,
  ComparisonCoding,
  ComparisonDocument,
  DocumentAgreement,
  PairAgreement,
  PairCounts,
  SegmentAgreement,
  TrafficLight,
  UnitizingResult,
} from './types';

// The report and the disagreeing passages.
export { compareCoding } from './report';
export { findDisagreements } from './disagreements';
export type { DisagreementPassage } from './disagreements';

// Reliability data and coefficients over integer counts.
export type { CategoryValue, ReliabilityData, ReliabilityRow } from './reliabilityData';
export { reliabilityDataFromTable, reliabilityDataFromUnits, pairTable, selectCoders } from './reliabilityData';
export type { ChanceCorrected, CohenKappa, KappaWeights, SpecificAgreement } from './tableCoefficients';
export { cohenKappa, weightedKappa, scottPi, tableBennettS, tablePercentAgreement, specificAgreementFromTable } from './tableCoefficients';
export type { FleissKappa, MultiCoderSpecificAgreement } from './multiCoderCoefficients';
export { percentAgreement, bennettS, fleissKappa, congerKappa, lightKappa, gwetAC, specificAgreement } from './multiCoderCoefficients';
export type { AlphaMetric, KrippendorffAlpha } from './krippendorffAlpha';
export { krippendorffAlpha } from './krippendorffAlpha';

// Unitizing, segment matching and gamma.
export type { UnitizingContinuum, UnitizingTerms } from './unitizingAlpha1995';
export { unitizingTerms, unitizingAlphaFromTerms } from './unitizingAlpha1995';
export type { LabelledContinuum, UAlpha2016 } from './unitizingAlpha2016';
export { uAlpha2016 } from './unitizingAlpha2016';
export type { SegmentMatch } from './segmentMatching';
export { intersectionOverUnion, matchSegments, holstiCR } from './segmentMatching';
export type { GammaAlignment, GammaDissimilarity, GammaUnit } from './gammaAlignment';
export { bestAlignment, combinedDissimilarity, positionalDissimilarity, PYGAMMA_DISSIMILARITY } from './gammaAlignment';
export type { GammaOptions, GammaResult } from './gamma';
export { gamma } from './gamma';

// Units of analysis other than characters.
export type { TextUnitKind, TextUnits } from './textUnits';
export { segmentText } from './textUnits';

// Seeded randomness (for reproducible resampling elsewhere).
export { mulberry32 } from './prng';

// Plain-language explanations.
export {
  explainAlpha,
  explainCI,
  explainCohenKappa,
  explainCoverage,
  explainDegenerate,
  explainPercentAgreement,
  explainPositiveAgreement,
  explainTrafficLight,
  formatCoefficient,
  formatPercent,
  methodsSentence,
  rareCodeWarning,
  trafficLight,
} from './explanations';
export type { AgreementContext, MethodsContext } from './explanations';
