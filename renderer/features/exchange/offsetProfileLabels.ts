import type { Args } from '../../../core/api';

/** How other programs count character positions, in words (core/exchange/refi/offsetProfiles.ts). */
export type OffsetProfile = NonNullable<Args<'project.importQdpx'>['offsetProfile']>;

export const OFFSET_PROFILE_CHOICES: { id: OffsetProfile | ''; label: string }[] = [
  { id: '', label: 'Detect from the file (recommended)' },
  { id: 'utf16-crlf2', label: 'UTF-16 units, a line break counts 2 (NVivo for Windows)' },
  { id: 'codepoint-crlf1', label: 'Characters, a line break counts 1 (ATLAS.ti, MAXQDA)' },
  { id: 'codepoint-crlf2', label: 'Characters, a line break counts 2 (the standard, QualCoder, Coherence)' },
  { id: 'utf16-crlf1', label: 'UTF-16 units, a line break counts 1' },
];

export function offsetProfileLabel(id: string): string {
  const known = OFFSET_PROFILE_CHOICES.find((p) => p.id === id.replace(/-bom$/, ''));
  const label = known?.id ? known.label : id;
  return id.endsWith('-bom') ? `${label}, the byte-order mark counted` : label;
}
