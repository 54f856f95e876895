import { $isMarkNode, MarkNode } from '@lexical/mark';
import { $getNodeByKey, ParagraphNode, type LexicalEditor } from 'lexical';
import { useLayoutEffect, useRef, useState } from 'react';
import { $writeTranscript, nothingWritten } from './buildTranscript';
import { markStyle, type CodingLook, type MarkStyle } from './markStyles';
import { afterPaint, markTime, paintMarks } from './paintTiming';
import type { TranscriptContent } from './transcriptContent';

/** Lines written with their highlights before anything is measured: about three screens. */
const firstScreensChars = 6_000;
/** How far beyond the visible text paragraphs get their highlights (in screens). */
const lookAhead = '150% 0px';
/** Paragraphs given their highlights per idle moment, once the whole text is written. */
const idleChunk = 80;

function firstLines(content: TranscriptContent): Set<number> {
  const lines = new Set<number>();
  for (let i = 0; i < content.paragraphs.length && content.paragraphs[i]!.start < firstScreensChars; i++) lines.add(i);
  return lines;
}

/** The element whose scrolling moves the text (the reader), for the look-ahead margin. */
function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let e = element.parentElement; e; e = e.parentElement) {
    const { overflowY } = getComputedStyle(e);
    if (overflowY === 'auto' || overflowY === 'scroll') return e;
  }
  return null;
}

/**
 * Keep the editor showing `content`, a long transcript in steps so its first screen paints
 * fast: the first screens with their highlights, then the rest of the text plain, then the
 * remaining highlights while the browser is idle (paragraphs the reader scrolls to first get
 * theirs first). After a change, only the paragraphs that differ are written again.
 * Coded runs (MarkNodes) get their colours as they are created. Returns a number that grows
 * each time new content has been painted, for what measures the text on screen (the margin).
 * `holding()` true (a mouse selection in progress) postpones bringing in more highlights.
 */
export function useProjection(
  editor: LexicalEditor,
  content: TranscriptContent,
  looks: ReadonlyMap<number, CodingLook>,
  showCoders: boolean,
  onPainted?: (written: number) => void,
  holding: () => boolean = () => false,
): { painted: number; release: () => void } {
  const written = useRef(nothingWritten());
  // Per text: the lines with highlights, and how many lines are written yet (the first screens
  // go first; the rest follows right after their paint).
  const coded = useRef({ text: '', lines: new Set<number>(), written: 0, complete: false, nextUncoded: 0 });
  if (coded.current.text !== content.text) {
    const first = firstLines(content);
    coded.current = { text: content.text, lines: first, written: first.size, complete: false, nextUncoded: first.size };
  }
  const [nearScreen, setNearScreen] = useState(0);
  const waiting = useRef(false);
  const styles = useRef(new Map<string, MarkStyle>());
  const styleOf = useRef<(ids: string) => MarkStyle>(() => markStyle([], false));
  const [painted, setPainted] = useState(0);
  const paintedCallback = useRef(onPainted);
  paintedCallback.current = onPainted;
  const hold = useRef(holding);
  hold.current = holding;

  // The style of a run depends on which codings cover it; cached per set of coding ids.
  const lookSignature = useRef(new Map<number, string>());
  useLayoutEffect(() => {
    const signature = new Map([...looks].map(([id, l]) => [id, `${l.codeColour}|${l.coderColour}|${l.label}|${showCoders}`]));
    const changed = [...signature].some(([id, s]) => lookSignature.current.has(id) && lookSignature.current.get(id) !== s);
    lookSignature.current = signature;
    styles.current = new Map();
    styleOf.current = (ids: string) => {
      let style = styles.current.get(ids);
      if (!style) {
        const covering = ids.split(' ').flatMap((id) => looks.get(Number(id)) ?? []);
        style = markStyle(covering, showCoders);
        styles.current.set(ids, style);
      }
      return style;
    };
    if (!changed) return;
    // A code's colour (or the coders on screen) changed: repaint every coded run in place.
    for (const element of editor.getRootElement()?.querySelectorAll<HTMLElement>('mark[data-codings]') ?? []) {
      applyStyle(element, styleOf.current(element.dataset.codings!));
    }
  }, [editor, looks, showCoders]);

  // Listeners go in before the first write (layout effects run in order), so no run is unstyled.
  useLayoutEffect(
    () =>
      editor.registerMutationListener(MarkNode, (mutations) => {
        editor.read(() => {
          for (const [key, kind] of mutations) {
            if (kind === 'destroyed') continue;
            const node = $getNodeByKey(key);
            const element = editor.getElementByKey(key);
            if (!$isMarkNode(node) || !element) continue;
            const ids = node.getIDs().join(' ');
            element.dataset.codings = ids;
            applyStyle(element, styleOf.current(ids));
          }
        });
      }),
    [editor],
  );

  // Paragraphs coming near the screen get their highlights.
  useLayoutEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const observer = new IntersectionObserver(
      (entries) => {
        let added = false;
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const line = Array.prototype.indexOf.call(root.children, entry.target);
          if (line >= 0 && !coded.current.lines.has(line)) {
            coded.current.lines.add(line);
            added = true;
          }
        }
        if (!added) return;
        if (hold.current()) waiting.current = true;
        else setNearScreen((n) => n + 1);
      },
      { root: scrollParent(root), rootMargin: lookAhead },
    );
    const observed = new Map<string, HTMLElement>();
    const stop = editor.registerMutationListener(ParagraphNode, (mutations) => {
      for (const [key, kind] of mutations) {
        const before = observed.get(key);
        if (before) observer.unobserve(before);
        observed.delete(key);
        const element = kind === 'destroyed' ? null : editor.getElementByKey(key);
        if (element) {
          observer.observe(element);
          observed.set(key, element);
        }
      }
    });
    return () => {
      stop();
      observer.disconnect();
    };
  }, [editor]);

  // Written before the browser paints, so a new coding's highlight is in the first frame.
  useLayoutEffect(() => {
    let count = 0;
    markTime(paintMarks.projectionStart);
    editor.update(
      () => {
        count = $writeTranscript(written.current, content, (line) => coded.current.lines.has(line), coded.current.written);
      },
      {
        tag: 'history-merge',
        discrete: true,
        onUpdate: () => {
          markTime(paintMarks.projectionCommitted, { written: count });
          afterPaint(() => {
            setPainted((n) => n + 1);
            paintedCallback.current?.(count);
            if (!coded.current.complete && coded.current.written >= content.paragraphs.length) {
              coded.current.complete = true;
              markTime(paintMarks.transcriptComplete);
            }
            // The first screens are on screen: now write the rest of the transcript (plain),
            // then, while the browser is idle, give the remaining paragraphs their highlights.
            if (coded.current.written < content.paragraphs.length) {
              coded.current.written = content.paragraphs.length;
              setNearScreen((n) => n + 1);
            } else if (coded.current.lines.size < content.paragraphs.length) {
              requestIdleCallback(codeMore, { timeout: 500 });
            }
          });
        },
      },
    );
  }, [editor, content, nearScreen]);

  /** The next paragraphs without highlights get them (a chunk at a time, when the browser is idle). */
  const codeMore = () => {
    if (hold.current()) {
      waiting.current = true;
      return;
    }
    const { lines } = coded.current;
    let added = 0;
    for (let line = coded.current.nextUncoded; line < coded.current.written && added < idleChunk; line++) {
      coded.current.nextUncoded = line + 1;
      if (!lines.has(line)) {
        lines.add(line);
        added++;
      }
    }
    if (added > 0) setNearScreen((n) => n + 1);
  };

  /** A held-back look-ahead (during a mouse selection) can go ahead now. */
  const release = () => {
    if (!waiting.current) return;
    waiting.current = false;
    setNearScreen((n) => n + 1);
  };
  return { painted, release };
}

function applyStyle(element: HTMLElement, style: MarkStyle): void {
  element.style.background = style.background;
  element.style.boxShadow = style.boxShadow;
  element.title = style.title;
}
