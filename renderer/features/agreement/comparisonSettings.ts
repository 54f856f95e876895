import type { Args } from '../../../core/api';
import type { AgreementUnit } from '../../../core/model/agreementTypes';
import type { Coder } from '../../../core/model/types';

/**
 * What the researcher asks to compare. `null` means "what the core proposes": the documents
 * every chosen coder finished, every code they used, every coder except the consensus coder.
 */
export interface ComparisonSettings {
  coderIds: number[] | null;
  documentIds: number[] | null;
  codeIds: number[] | null;
  unit: AgreementUnit;
  bootstrap: boolean;
  resamples: number;
  seed: number;
  /** Minimum overlap (intersection over union) for two segments to match, unit = segment. */
  segmentThreshold: number;
}

export const defaultSettings: ComparisonSettings = {
  coderIds: null,
  documentIds: null,
  codeIds: null,
  unit: 'character',
  bootstrap: true,
  resamples: 2000,
  seed: 1,
  segmentThreshold: 0.9,
};

export type ComparisonArgs = Args<'agreement.compare'>;

export const units: { unit: AgreementUnit; label: string; plural: string; hint: string }[] = [
  { unit: 'character', label: 'Character', plural: 'characters', hint: 'Every character is one decision (the standard for span coding).' },
  { unit: 'word', label: 'Word', plural: 'words', hint: 'A word counts as coded when any of its characters is.' },
  { unit: 'sentence', label: 'Sentence', plural: 'sentences', hint: 'A sentence counts as coded when any of it is.' },
  { unit: 'paragraph', label: 'Paragraph', plural: 'paragraphs', hint: 'Each line (speaker turn) is one unit.' },
  { unit: 'segment', label: 'Segment', plural: 'segments', hint: 'Codings are matched as segments when they overlap enough (Holsti).' },
  { unit: 'document', label: 'Document', plural: 'documents', hint: 'Did the coder use the code anywhere in the document?' },
];

export function unitPlural(unit: AgreementUnit): string {
  return units.find((u) => u.unit === unit)?.plural ?? unit;
}

/** The consensus coder is the result of settling, not a coder to compare by default. */
export function isConsensusCoder(coder: Coder): boolean {
  return coder.name.trim().toLowerCase() === 'consensus';
}

export function defaultCoderIds(coders: readonly Coder[]): number[] {
  return coders.filter((c) => !isConsensusCoder(c)).map((c) => c.id);
}

export function chosenCoderIds(settings: ComparisonSettings, coders: readonly Coder[]): number[] {
  const known = new Set(coders.map((c) => c.id));
  return (settings.coderIds ?? defaultCoderIds(coders)).filter((id) => known.has(id));
}

/** The API arguments for these settings (the same for compare and both exports). */
export function comparisonArgs(settings: ComparisonSettings, coders: readonly Coder[]): ComparisonArgs {
  return {
    coderIds: chosenCoderIds(settings, coders),
    ...(settings.documentIds ? { documentIds: settings.documentIds } : {}),
    ...(settings.codeIds ? { codeIds: settings.codeIds } : {}),
    unit: settings.unit,
    bootstrap: settings.bootstrap ? { resamples: settings.resamples, seed: settings.seed } : false,
    ...(settings.unit === 'segment' ? { segmentThreshold: settings.segmentThreshold } : {}),
  };
}
