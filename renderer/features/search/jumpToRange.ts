import { lineOf, lineStarts } from '../../../core/model/segments';

export interface TextRange {
  start: number;
  end: number;
}

function textNodes(element: Element): Text[] {
  const out: Text[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text);
  return out;
}

/** The DOM position of column `column` in a paragraph, or null if the paragraph is shorter. */
function domPoint(paragraph: Element, column: number): { node: Node; offset: number } | null {
  let before = 0;
  const nodes = textNodes(paragraph);
  for (const node of nodes) {
    const length = node.data.length;
    if (column <= before + length) return { node, offset: column - before };
    before += length;
  }
  // An empty line has no text node: its start is the paragraph itself.
  return column === 0 ? { node: paragraph, offset: 0 } : null;
}

/**
 * Select [start, end) of a document's stored text in its transcript on screen and scroll it
 * into view. The transcript shows line i of the text as paragraph i of `root` (see
 * renderer/features/transcript/buildTranscript.ts), so an offset is a line and a column.
 * Returns false, changing nothing, when the DOM does not show that text yet (the transcript
 * is still being built, or shows another document): call again once it does.
 */
export function jumpToRange(root: HTMLElement, text: string, range: TextRange): boolean {
  const starts = lineStarts(text);
  const paragraphs = [...root.children];
  if (paragraphs.length !== starts.length) return false;
  const start = Math.max(0, Math.min(range.start, text.length));
  const end = Math.max(start, Math.min(range.end, text.length));
  const first = lineOf(starts, start);
  // A range ending just after a line break ends at the end of the line before.
  const last = end > start && starts[lineOf(starts, end)] === end && lineOf(starts, end) > first ? lineOf(starts, end) - 1 : lineOf(starts, end);
  const lineText = (i: number) => text.slice(starts[i]!, i + 1 < starts.length ? starts[i + 1]! - 1 : text.length);
  for (const i of new Set([first, last])) {
    if (paragraphs[i]!.textContent !== lineText(i)) return false;
  }
  const from = domPoint(paragraphs[first]!, start - starts[first]!);
  const to = domPoint(paragraphs[last]!, Math.min(end - starts[last]!, lineText(last).length));
  if (!from || !to) return false;

  const selection = root.ownerDocument.getSelection();
  if (!selection) return false;
  const dom = root.ownerDocument.createRange();
  dom.setStart(from.node, from.offset);
  dom.setEnd(to.node, to.offset);
  selection.removeAllRanges();
  selection.addRange(dom);
  const anchor = from.node instanceof Element ? from.node : from.node.parentElement;
  anchor?.scrollIntoView({ block: 'center', behavior: 'auto' });
  return true;
}
