import type { Coder } from '../../../core/model/types';

/**
 * Each coder's colour, for the thin lines under coded text and the lanes in the margin that
 * tell two coders' work apart. Dark and distinct, so they read against the pastel code colours.
 * Given by the coder's place in the project's list, so every screen agrees.
 */
const coderPalette = ['#1d4ed8', '#c2410c', '#047857', '#7e22ce', '#be123c', '#0e7490', '#4d7c0f', '#57534e'] as const;

export function coderColours(coders: readonly Coder[]): Map<number, string> {
  const sorted = [...coders].sort((a, b) => a.id - b.id);
  return new Map(sorted.map((c, i) => [c.id, coderPalette[i % coderPalette.length]!]));
}
