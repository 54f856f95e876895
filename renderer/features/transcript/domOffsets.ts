import { $getNearestNodeFromDOMNode, $getRoot, $isElementNode, $isTextNode, type LexicalEditor } from 'lexical';
import { $offsetOfPoint, $pointAtOffset } from './selectionOffsets';

/**
 * The browser's side of the offset mapping: DOM positions (what mouse selections and
 * caretPositionFromPoint give) <-> stored-text offsets, through the editor's nodes.
 */

export interface DomPoint {
  node: Node;
  offset: number;
}

/** The stored-text offset of a DOM position inside the transcript, or null when it is outside. */
export function domPointToOffset(editor: LexicalEditor, node: Node, offset: number, lineStarts: readonly number[]): number | null {
  const root = editor.getRootElement();
  if (!root || !root.contains(node)) return null;
  return editor.read(() => {
    if (node === root) return $offsetOfPoint({ key: $getRoot().getKey(), offset, type: 'element' }, lineStarts);
    const lexical = $getNearestNodeFromDOMNode(node);
    if (!lexical) return null;
    const element = editor.getElementByKey(lexical.getKey());
    if ($isTextNode(lexical)) {
      // Inside the node's own text, the DOM offset is the character offset; on its element, a child index.
      const inText = node.nodeType === Node.TEXT_NODE ? offset : offset > 0 ? lexical.getTextContentSize() : 0;
      return $offsetOfPoint({ key: lexical.getKey(), offset: inText, type: 'text' }, lineStarts);
    }
    if ($isElementNode(lexical)) {
      return $offsetOfPoint({ key: lexical.getKey(), offset: node === element ? offset : 0, type: 'element' }, lineStarts);
    }
    return null;
  });
}

/** The DOM position showing a stored-text offset. */
export function offsetToDomPoint(editor: LexicalEditor, offset: number, lineStarts: readonly number[]): DomPoint | null {
  return editor.read(() => {
    const point = $pointAtOffset(offset, lineStarts);
    if (!point) return null;
    const element = editor.getElementByKey(point.key);
    if (!element) return null;
    if (point.type === 'text' && element.firstChild) return { node: element.firstChild, offset: point.offset };
    return { node: element, offset: 0 };
  });
}

/** A DOM Range over [start, end) of the stored text. */
export function offsetsToRange(editor: LexicalEditor, start: number, end: number, lineStarts: readonly number[]): Range | null {
  const from = offsetToDomPoint(editor, start, lineStarts);
  const to = end === start ? from : offsetToDomPoint(editor, end, lineStarts);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The DOM position under a point on screen (Chromium's caretPositionFromPoint, or the older caretRangeFromPoint). */
export function domPointFromScreen(x: number, y: number): DomPoint | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = document.caretRangeFromPoint(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
