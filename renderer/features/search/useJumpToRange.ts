import { useEffect, useRef, type RefObject } from 'react';
import { jumpToRange, type TextRange } from './jumpToRange';

/** Where to jump: a range in one document; `nonce` makes choosing the same hit again jump again. */
export interface JumpTarget extends TextRange {
  documentId: number;
  nonce: number;
}

const giveUpMs = 5000;

/**
 * Once the transcript inside `container` shows `document`, select the target range in it and
 * scroll there. The transcript is rebuilt asynchronously after a document opens, so this
 * watches the DOM until the text is there (and gives up quietly after a few seconds).
 */
export function useJumpToRange(
  container: RefObject<HTMLElement | null>,
  document: { id: number; text: string } | undefined,
  target: JumpTarget | null,
): void {
  // Each target is jumped to once: reloading the document later (a new coding) must not move the selection back.
  const done = useRef<number | null>(null);
  useEffect(() => {
    const box = container.current;
    if (!target || done.current === target.nonce || !document || document.id !== target.documentId || !box) return;
    const attempt = () => {
      const root = box.querySelector('.transcript-text');
      const jumped = root instanceof HTMLElement && jumpToRange(root, document.text, target);
      if (jumped) done.current = target.nonce;
      return jumped;
    };
    if (attempt()) return;
    const observer = new MutationObserver(() => {
      if (attempt()) observer.disconnect();
    });
    observer.observe(box, { childList: true, subtree: true, characterData: true });
    const timer = window.setTimeout(() => observer.disconnect(), giveUpMs);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [container, document, target]);
}
