/**
 * Colours for charts. Series that are not codes (stakeholder groups, frameworks, coders) take
 * a palette chosen to stay apart for colour-blind readers (Okabe & Ito); counts in a heat map
 * run from white to the app's teal.
 */
const palette = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000'];

export function seriesColour(index: number): string {
  return palette[index % palette.length]!;
}

const low = [255, 255, 255];
const high = [31, 94, 98];

/** The fill for a share of the largest count (0..1). */
export function heatColour(share: number): string {
  const t = Math.max(0, Math.min(1, share));
  // A square root keeps small counts visible next to one large count.
  const s = Math.sqrt(t);
  const mix = low.map((l, i) => Math.round(l + (high[i]! - l) * s));
  return `rgb(${mix.join(',')})`;
}

/** Dark or light text, whichever reads on the fill for that share. */
export function heatInk(share: number): string {
  return Math.sqrt(Math.max(0, share)) > 0.55 ? '#ffffff' : '#1f2328';
}

/** A light tint for a table cell: enough to see size, never enough to hide the number. */
export function tintColour(share: number): string {
  const t = Math.max(0, Math.min(1, share)) * 0.42;
  const mix = low.map((l, i) => Math.round(l + (high[i]! - l) * t));
  return `rgb(${mix.join(',')})`;
}
