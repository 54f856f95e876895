import type { SpeakerMode } from '../../../core/model/importTypes';

/** How the researcher asked for speaker turns, as the form holds it (a half-typed pattern included). */
export interface SpeakerChoice {
  kind: 'auto' | 'none' | 'pattern';
  pattern: string;
}

export const autoChoice: SpeakerChoice = { kind: 'auto', pattern: '' };

export const examplePattern = '^(?<speaker>[A-Z][a-z]+):';

/** Why a pattern cannot be used yet, in plain words; null when it can. */
export function patternProblem(pattern: string): string | null {
  if (!pattern.trim()) return 'Type a pattern, or choose another way to find turns.';
  try {
    new RegExp(pattern, 'u');
  } catch (e) {
    // Browsers say "Invalid regular expression: /…/u: Unterminated group"; the last part is the news.
    const why = (e as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    return `This is not a valid regular expression (${why.charAt(0).toLowerCase()}${why.slice(1)}).`;
  }
  if (!pattern.includes('(?<speaker>')) return 'The pattern needs a group named speaker, written (?<speaker>…).';
  return null;
}

/** The mode to send, or null while the pattern is unusable (the preview keeps the last good answer). */
export function toSpeakerMode(choice: SpeakerChoice): SpeakerMode | null {
  if (choice.kind === 'auto') return 'auto';
  if (choice.kind === 'none') return 'none';
  return patternProblem(choice.pattern) ? null : { pattern: choice.pattern };
}
