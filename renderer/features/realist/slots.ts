import type { ConfigurationStatus, Slot } from '../../../core/model/realistTypes';
import type { RealistRole } from '../../../core/model/types';

/** How a slot is named on screen, with the question it answers (realist evaluation's words). */
export const SLOT_TEXT: Record<Slot, { label: string; short: string; hint: string; optional?: boolean }> = {
  context: { label: 'Context', short: 'C', hint: 'For whom, in what circumstances' },
  intervention: { label: 'Intervention', short: 'I', hint: 'What the programme does here', optional: true },
  'mechanism-resource': { label: 'Mechanism: resource', short: 'M res', hint: 'What the programme offers people' },
  'mechanism-reasoning': { label: 'Mechanism: reasoning', short: 'M', hint: 'How people reason or respond to it' },
  outcome: { label: 'Outcome', short: 'O', hint: 'What changes as a result' },
};

/** Lower-case slot names for sentences and edge labels ("outcome of CMO 1"). */
export const SLOT_WORDS: Record<Slot, string> = {
  context: 'context',
  intervention: 'intervention',
  'mechanism-resource': 'mechanism (resource)',
  'mechanism-reasoning': 'mechanism (reasoning)',
  outcome: 'outcome',
};

/** One colour per slot, used for chips, edges and the legend alike. */
export const SLOT_COLOUR: Record<Slot, string> = {
  context: '#8d6e63',
  intervention: '#607d8b',
  'mechanism-resource': '#c2185b',
  'mechanism-reasoning': '#d84315',
  outcome: '#00897b',
};

export const STATUSES: readonly ConfigurationStatus[] = ['proposed', 'supported', 'refuted', 'refined'];

export const STATUS_TEXT: Record<ConfigurationStatus, { label: string; hint: string }> = {
  proposed: { label: 'Proposed', hint: 'Put forward, not yet tested against the evidence' },
  supported: { label: 'Supported', hint: 'The evidence bears it out' },
  refuted: { label: 'Refuted', hint: 'The evidence goes against it' },
  refined: { label: 'Refined', hint: 'Kept, in a changed form' },
};

/** Status colours: the fill and ink of a badge, and the border of a node in the web. */
export const STATUS_COLOUR: Record<ConfigurationStatus, { fill: string; ink: string; border: string }> = {
  proposed: { fill: '#eef2f6', ink: '#344054', border: '#98a2b3' },
  supported: { fill: '#ecfdf3', ink: '#067647', border: '#12b76a' },
  refuted: { fill: '#fef3f2', ink: '#b42318', border: '#d92d20' },
  refined: { fill: '#f4f3ff', ink: '#5925dc', border: '#7a5af8' },
};

export const ROLE_TEXT: Record<RealistRole, { label: string; short: string }> = {
  context: { label: 'Context', short: 'C' },
  mechanism: { label: 'Mechanism', short: 'M' },
  outcome: { label: 'Outcome', short: 'O' },
};

export const ROLES: readonly RealistRole[] = ['context', 'mechanism', 'outcome'];

/** Configurations are numbered in the order they were made ("CMO 3"), the same in every view. */
export function configurationNumbers(ids: readonly number[]): Map<number, number> {
  return new Map([...ids].sort((a, b) => a - b).map((id, i) => [id, i + 1]));
}

