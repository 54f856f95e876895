/**
 * The transcript's keyboard, as data: which key does what. The view is read-only, so the keys
 * move a caret and a selection of our own, and trigger coding actions. Pure, so the map is
 * tested and the help lists the same keys the code uses.
 */

export type CaretUnit = 'character' | 'word' | 'line' | 'paragraph' | 'line-edge' | 'document-edge';

export type TranscriptCommand =
  | { kind: 'move'; unit: CaretUnit; direction: 1 | -1; extend: boolean }
  | { kind: 'select'; unit: 'sentence' | 'turn' | 'word' | 'all' }
  | { kind: 'palette' }
  | { kind: 'recent'; index: number }
  | { kind: 'in-vivo' }
  | { kind: 'clear' }
  | { kind: 'coding-at-caret' }
  | { kind: 'memo' }
  | { kind: 'remove-coding' }
  | { kind: 'adjust'; edge: 'start' | 'end'; direction: 1 | -1 }
  | { kind: 'blind' }
  | { kind: 'help' };

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

const arrows: Record<string, { unit: CaretUnit; direction: 1 | -1 }> = {
  ArrowLeft: { unit: 'character', direction: -1 },
  ArrowRight: { unit: 'character', direction: 1 },
  ArrowUp: { unit: 'line', direction: -1 },
  ArrowDown: { unit: 'line', direction: 1 },
  Home: { unit: 'line-edge', direction: -1 },
  End: { unit: 'line-edge', direction: 1 },
};

/** What a key press means in the transcript, or null to let the browser have it. */
export function transcriptCommand(e: KeyLike): TranscriptCommand | null {
  const mod = e.ctrlKey || e.metaKey;
  const arrow = arrows[e.key];
  if (arrow && e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
    // Alt+Left/Right moves the selected coding's end by a word; with Shift, its start.
    return { kind: 'adjust', edge: e.shiftKey ? 'start' : 'end', direction: arrow.direction };
  }
  if (arrow && !e.altKey) {
    let unit = arrow.unit;
    if (mod && unit === 'character') unit = 'word';
    else if (mod && unit === 'line') unit = 'paragraph';
    else if (mod && unit === 'line-edge') unit = 'document-edge';
    return { kind: 'move', unit, direction: arrow.direction, extend: e.shiftKey };
  }
  if (mod && !e.altKey && e.key.toLowerCase() === 'k') return { kind: 'palette' };
  if (mod && !e.altKey && e.key.toLowerCase() === 'a') return { kind: 'select', unit: 'all' };
  if (mod || e.altKey) return null;
  switch (e.key) {
    case 'Enter':
    case 'q':
    case 'Q':
      return { kind: 'palette' };
    case 's':
    case 'S':
      return { kind: 'select', unit: 'sentence' };
    case 't':
    case 'T':
      return { kind: 'select', unit: 'turn' };
    case 'w':
    case 'W':
      return { kind: 'select', unit: 'word' };
    case 'v':
    case 'V':
      return { kind: 'in-vivo' };
    case 'c':
    case 'C':
      return { kind: 'coding-at-caret' };
    case 'm':
    case 'M':
      return { kind: 'memo' };
    case 'b':
    case 'B':
      return { kind: 'blind' };
    case 'Escape':
      return { kind: 'clear' };
    case 'Delete':
    case 'Backspace':
      return { kind: 'remove-coding' };
    case '?':
      return { kind: 'help' };
  }
  if (/^[1-9]$/.test(e.key)) return { kind: 'recent', index: Number(e.key) - 1 };
  return null;
}

/** The keys, in the words of the help panel. */
export const transcriptKeyHelp: readonly [string, string][] = [
  ['Arrows, Home, End', 'move the caret (Ctrl: by word, paragraph, document)'],
  ['Shift + any move', 'select'],
  ['S', 'select the sentence at the caret (again: add the next one)'],
  ['T / W / Ctrl+A', 'select the turn / the word / everything'],
  ['Q, Enter or Ctrl+K', 'code the selection: open the quick-code palette'],
  ['1 – 9', 'apply a recent code'],
  ['V', 'in-vivo: a new code named by the selected words'],
  ['C', 'select a coding at the caret (again: the next one there)'],
  ['M', 'write a memo on the selected coding (Ctrl+Enter saves)'],
  ['Delete', 'remove the selected coding'],
  ['Alt+Left/Right', "move the selected coding's end by a word (Shift: its start)"],
  ['B', 'blind mode: show only my codings'],
  ['Esc', 'clear the selection'],
];
