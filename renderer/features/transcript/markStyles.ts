/**
 * How a run of coded text looks. Overlapping codings must stay readable:
 * - one horizontal band per distinct code, in the code's colour, so two codes on the same
 *   words show as two colours stacked, not one colour hiding the other;
 * - when more than one coder is on screen, a thin line per coder under the text, in the
 *   coder's colour, so the same code by two coders is still two things you can see.
 */

export interface CodingLook {
  codeColour: string;
  coderId: number;
  coderColour: string;
  /** "Realist/Context · SO", for the tooltip. */
  label: string;
}

export interface MarkStyle {
  background: string;
  boxShadow: string;
  title: string;
}

const tint = (c: string) => `color-mix(in srgb, ${c} 58%, transparent)`;

export function markBackground(colours: readonly string[]): string {
  const distinct = [...new Set(colours)];
  if (distinct.length === 0) return 'transparent';
  if (distinct.length === 1) return tint(distinct[0]!);
  const step = 100 / distinct.length;
  const bands = distinct.map((c, i) => `${tint(c)} ${(i * step).toFixed(2)}% ${((i + 1) * step).toFixed(2)}%`);
  return `linear-gradient(to bottom, ${bands.join(', ')})`;
}

/** Lines under the text, one per coder, stacked upwards from the bottom edge (2px each). */
export function coderLines(looks: readonly CodingLook[]): string {
  const byCoder = new Map<number, string>();
  for (const l of [...looks].sort((a, b) => a.coderId - b.coderId)) byCoder.set(l.coderId, l.coderColour);
  return [...byCoder.values()].map((colour, i) => `inset 0 -${2 * (i + 1)}px 0 ${colour}`).join(', ') || 'none';
}

export function markStyle(looks: readonly CodingLook[], showCoders: boolean): MarkStyle {
  return {
    background: markBackground(looks.map((l) => l.codeColour)),
    boxShadow: showCoders ? coderLines(looks) : 'none',
    title: [...new Set(looks.map((l) => l.label))].join('\n'),
  };
}
