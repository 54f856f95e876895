import { $getNodeByKey, $getRoot, $isElementNode, $isTextNode, type ElementNode, type LexicalNode, type TextNode } from 'lexical';
import { lineOf } from '../../../core/model/segments';

/**
 * Offsets in the stored text <-> points in the editor. Paragraph i of the editor is line i of
 * the text (starting at lineStarts[i]); inside it, an offset is the length of all the text
 * before the point. Our own mapping (not @lexical/offset, which is deprecated), used inside
 * editor.read / editor.update.
 */

/** A point as Lexical and the DOM both understand it: a text node and an offset in it, or an element and a child index. */
export interface EditorPoint {
  key: string;
  offset: number;
  type: 'text' | 'element';
}

function $paragraphOf(node: LexicalNode): ElementNode | null {
  const top = node.getTopLevelElement();
  return top && $isElementNode(top) ? top : null;
}

/** Length of the paragraph's text before `target` (a descendant). */
function $textBefore(paragraph: ElementNode, target: LexicalNode): number {
  let length = 0;
  for (const node of paragraph.getAllTextNodes()) {
    if (node.is(target) || target.isParentOf(node)) break;
    length += node.getTextContentSize();
  }
  return length;
}

/** The stored-text offset of a point, or null when it is not in the transcript. */
export function $offsetOfPoint(point: EditorPoint, lineStarts: readonly number[]): number | null {
  const node = $getNodeByKey(point.key);
  if (!node) return null;
  if (node.is($getRoot())) {
    // Before child `offset` of the root: the start of that line, or the end of the text.
    const line = lineStarts[point.offset];
    if (line !== undefined) return line;
    const last = $getRoot().getLastChild();
    return last ? lineStarts[lineStarts.length - 1]! + last.getTextContentSize() : 0;
  }
  const paragraph = $paragraphOf(node);
  if (!paragraph) return null;
  const base = lineStarts[paragraph.getIndexWithinParent()];
  if (base === undefined) return null;
  if ($isTextNode(node)) {
    const offset = point.type === 'text' ? point.offset : point.offset > 0 ? node.getTextContentSize() : 0;
    return base + $textBefore(paragraph, node) + Math.min(offset, node.getTextContentSize());
  }
  if ($isElementNode(node)) {
    // An element point sits before child number `offset`: the text of the children before it.
    const inside = node
      .getChildren()
      .slice(0, point.offset)
      .reduce((sum, child) => sum + child.getTextContentSize(), 0);
    const before = node.is(paragraph) ? 0 : $textBefore(paragraph, node);
    return base + before + inside;
  }
  return null;
}

/**
 * The point at a stored-text offset: the text node holding it (at the start of the following
 * node when the offset falls between two), or the paragraph itself when its line is empty.
 */
export function $pointAtOffset(offset: number, lineStarts: readonly number[]): EditorPoint | null {
  const line = lineOf(lineStarts, offset);
  const paragraph = $getRoot().getChildAtIndex(line);
  if (!paragraph || !$isElementNode(paragraph)) return null;
  let remaining = offset - lineStarts[line]!;
  let last: TextNode | null = null;
  for (const node of paragraph.getAllTextNodes()) {
    const size = node.getTextContentSize();
    if (remaining < size) return { key: node.getKey(), offset: remaining, type: 'text' };
    remaining -= size;
    last = node;
  }
  if (last) return { key: last.getKey(), offset: last.getTextContentSize(), type: 'text' };
  return { key: paragraph.getKey(), offset: 0, type: 'element' };
}
