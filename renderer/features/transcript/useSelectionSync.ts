import type { LexicalEditor } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { domPointToOffset, offsetToDomPoint, offsetsToRange } from './domOffsets';
import { snapSelection } from './snapSelection';
import { sameSelection, selectionRange, type TextSelection } from './textSelection';
import type { TranscriptContent } from './transcriptContent';

export interface CaretBox {
  top: number;
  left: number;
  height: number;
}

const selectionHighlight = 'transcript-selection';

/** The current DOM selection, as stored-text offsets, when it lies in the transcript. */
function readDomSelection(editor: LexicalEditor, lineStarts: readonly number[]): TextSelection | null {
  const dom = document.getSelection();
  if (!dom || dom.rangeCount === 0 || !dom.anchorNode || !dom.focusNode) return null;
  const anchor = domPointToOffset(editor, dom.anchorNode, dom.anchorOffset, lineStarts);
  const focus = domPointToOffset(editor, dom.focusNode, dom.focusOffset, lineStarts);
  return anchor === null || focus === null ? null : { anchor, focus };
}

/** Where the caret is drawn for an offset, relative to the transcript's text box. */
export function caretBoxAt(editor: LexicalEditor, offset: number, lineStarts: readonly number[]): CaretBox | null {
  const root = editor.getRootElement();
  const point = offsetToDomPoint(editor, offset, lineStarts);
  if (!root || !point) return null;
  const range = document.createRange();
  range.setStart(point.node, point.offset);
  const rect = range.getClientRects()[0] ?? (point.node instanceof Element ? point.node.getBoundingClientRect() : null);
  if (!rect) return null;
  const origin = root.getBoundingClientRect();
  return { top: rect.top - origin.top, left: rect.left - origin.left, height: rect.height || 18 };
}

/**
 * Keep the transcript's selection (our own, in offsets) and the browser's in step:
 * - a mouse selection in the text becomes ours (and, on release, snapped to words and labels);
 * - ours is drawn with the CSS Custom Highlight API, so it stays visible while the palette
 *   has the focus, and mirrored into the DOM selection while the text has it (for copying);
 * - the caret is drawn by us, since a read-only view has none.
 */
export function useSelectionSync({
  editor,
  content,
  selection,
  painted,
  snapToWords,
  onSelectionChange,
}: {
  editor: LexicalEditor;
  content: TranscriptContent;
  selection: TextSelection | null;
  painted: number;
  snapToWords: boolean;
  onSelectionChange: (s: TextSelection | null) => void;
}) {
  const latest = useRef({ selection, content, snapToWords, onSelectionChange });
  latest.current = { selection, content, snapToWords, onSelectionChange };
  const [caret, setCaret] = useState<CaretBox | null>(null);
  // Set for selections made by keys or by snapping: those are copied into the DOM selection.
  // Never for the mouse's own: copying an older state back would fight a drag in progress.
  const mirror = useRef(false);

  useEffect(() => {
    const onChange = () => {
      const { content: c, selection: current, onSelectionChange: change } = latest.current;
      const root = editor.getRootElement();
      const dom = document.getSelection();
      if (!root || !dom?.anchorNode || !root.contains(dom.anchorNode)) return;
      const next = readDomSelection(editor, c.lineStarts);
      if (next && !sameSelection(next, current)) change(next);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [editor]);

  /** After a mouse selection: whole words (if chosen) and whole labels. */
  const onPointerUp = () => {
    setTimeout(() => {
      const { content: c, snapToWords: words, onSelectionChange: change } = latest.current;
      const dom = readDomSelection(editor, c.lineStarts);
      const range = selectionRange(dom);
      if (!dom || !range) return;
      const snapped = snapSelection(c.text, range, { words, labels: c.labels });
      if (!snapped) return change({ anchor: dom.focus, focus: dom.focus });
      const backward = dom.focus < dom.anchor;
      mirror.current = true;
      change(backward ? { anchor: snapped.end, focus: snapped.start } : { anchor: snapped.start, focus: snapped.end });
    }, 0);
  };

  useEffect(() => {
    const range = selectionRange(selection);
    const dom = range ? offsetsToRange(editor, range.start, range.end, content.lineStarts) : null;
    if (dom) CSS.highlights.set(selectionHighlight, new Highlight(dom));
    else CSS.highlights.delete(selectionHighlight);

    const root = editor.getRootElement();
    const copy = mirror.current;
    mirror.current = false;
    if (copy && selection && root && document.activeElement === root && !sameSelection(readDomSelection(editor, content.lineStarts), selection)) {
      const anchor = offsetToDomPoint(editor, selection.anchor, content.lineStarts);
      const focus = offsetToDomPoint(editor, selection.focus, content.lineStarts);
      if (anchor && focus) document.getSelection()?.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset);
    }
    setCaret(selection ? caretBoxAt(editor, selection.focus, content.lineStarts) : null);
  }, [editor, selection, content, painted]);

  useEffect(() => () => void CSS.highlights.delete(selectionHighlight), []);

  /** The next selection change comes from the keyboard: show it in the DOM selection too. */
  const mirrorNext = () => {
    mirror.current = true;
  };
  return { caret, onPointerUp, mirrorNext };
}
