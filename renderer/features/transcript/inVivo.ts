/**
 * In-vivo coding names a new code by the participant's own words. The name is the selected
 * words on one line, without quotation marks or punctuation around them, and not longer than
 * a code name can comfortably be (cut at a word, with an ellipsis). Pure.
 */
export const maxInVivoLength = 60;

export function inVivoName(selected: string): string {
  const words = selected
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
  if (words.length <= maxInVivoLength) return words;
  const cut = words.slice(0, maxInVivoLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 20 ? cut.slice(0, lastSpace) : cut).replace(/[\s\p{P}]+$/u, '')}…`;
}
