/**
 * How overlapping codings look: one horizontal band per distinct code, so two codes on the
 * same words show as two colours stacked, not one colour hiding the other.
 */
export function markBackground(colours: readonly string[]): string {
  const distinct = [...new Set(colours)];
  if (distinct.length === 0) return 'transparent';
  const tint = (c: string) => `color-mix(in srgb, ${c} 55%, transparent)`;
  if (distinct.length === 1) return tint(distinct[0]!);
  const step = 100 / distinct.length;
  const bands = distinct.map((c, i) => `${tint(c)} ${(i * step).toFixed(2)}% ${((i + 1) * step).toFixed(2)}%`);
  return `linear-gradient(to bottom, ${bands.join(', ')})`;
}
