/**
 * Break a label into lines of at most `width` characters, at spaces where it can, for nodes
 * whose size must be known before they are drawn (the layout runs before the browser renders,
 * and the SVG export has no text layout of its own). Past `maxLines` the last line ends in "…".
 */
export function wrapLabel(text: string, width: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    let rest = word;
    // A word longer than a line is cut where the line ends.
    while (rest.length > width) {
      if (line) lines.push(line);
      lines.push(rest.slice(0, width - 1) + '-');
      rest = rest.slice(width - 1);
      line = '';
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= width) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines.length ? lines : [''];
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  return kept;
}
