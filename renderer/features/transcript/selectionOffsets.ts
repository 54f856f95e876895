import { $getNodeByKey, $getSelection, $isElementNode, $isRangeSelection, $isTextNode, type LexicalNode, type PointType } from 'lexical';

/**
 * Map a Lexical selection point back to an offset in the document's stored text. Paragraph i
 * of the editor is line i of the text (starting at lineStarts[i]); inside it, the offset is the
 * length of all text before the point. Our own mapping, not @lexical/offset (deprecated).
 */
function textLengthBefore(paragraph: LexicalNode, target: LexicalNode): number {
  let length = 0;
  if (!$isElementNode(paragraph)) return 0;
  for (const node of paragraph.getAllTextNodes()) {
    if (node.is(target)) break;
    length += node.getTextContentSize();
  }
  return length;
}

function $pointToOffset(point: PointType, lineStarts: readonly number[]): number | null {
  const node = $getNodeByKey(point.key);
  if (!node) return null;
  const paragraph = node.getTopLevelElement();
  if (!paragraph) return null;
  const base = lineStarts[paragraph.getIndexWithinParent()];
  if (base === undefined) return null;
  if (point.type === 'text' && $isTextNode(node)) return base + textLengthBefore(paragraph, node) + point.offset;
  if ($isElementNode(node)) {
    // An element point sits before child number `offset`: count the text of the children before it.
    const children = node.getChildren().slice(0, point.offset);
    const inside = children.reduce((sum, child) => sum + child.getTextContentSize(), 0);
    const first = node.getFirstDescendant();
    const before = node.is(paragraph) || !first ? 0 : textLengthBefore(paragraph, first);
    return base + before + inside;
  }
  return null;
}

/** The current selection as a half-open range of the stored text, or null when collapsed or outside. */
export function $selectedRange(lineStarts: readonly number[]): { start: number; end: number } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
  const a = $pointToOffset(selection.anchor, lineStarts);
  const b = $pointToOffset(selection.focus, lineStarts);
  if (a === null || b === null || a === b) return null;
  return { start: Math.min(a, b), end: Math.max(a, b) };
}
