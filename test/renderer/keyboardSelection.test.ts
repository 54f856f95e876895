import { describe, expect, it } from 'vitest';
import { detectTurns } from '../../core/import/index';
import { firstCaretOffset, moveCaret } from '../../renderer/features/transcript/caretMoves';
import { draggedBounds } from '../../renderer/features/transcript/BoundaryHandles';
import { shiftEdge } from '../../renderer/features/transcript/codingEdges';
import { caretAt, moveSelection, selectionRange, selectUnit } from '../../renderer/features/transcript/textSelection';
import { speakerLabels, transcriptContent } from '../../renderer/features/transcript/transcriptContent';
import { transcriptCommand } from '../../renderer/features/transcript/transcriptKeys';
import { nextCharacter, readsRightToLeft, sentenceAt } from '../../renderer/features/transcript/textUnits';
import { readSampleText } from '../sample/sampleFiles';

const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('selecting with the keyboard in the read-only transcript', () => {
  const text = readSampleText('client-01-interview.txt');
  const labels = speakerLabels({ turns: detectTurns(text).turns, speakers: [], participants: [] });
  const content = transcriptContent(text, [], labels);
  const words = (s: { anchor: number; focus: number } | null) => {
    const r = selectionRange(s);
    return r ? text.slice(r.start, r.end) : '';
  };

  it('starts the caret at the first words said, after the first speaker label', () => {
    expect(firstCaretOffset(text, labels)).toBe(13);
    expect(text.slice(13, 22)).toBe('Thank you');
  });

  it('moves by paragraph to the next turn’s words and back, skipping labels and blank lines', () => {
    const second = moveCaret(text, content.lineStarts, labels, 13, 'paragraph', 1);
    expect(text.slice(second, second + 26)).toBe('Well, it was the doctor re');
    const third = moveCaret(text, content.lineStarts, labels, second, 'paragraph', 1);
    expect(text.slice(third, third + 24)).toBe('That sounds really hard.');
    expect(moveCaret(text, content.lineStarts, labels, third, 'paragraph', -1)).toBe(second);
    expect(moveCaret(text, content.lineStarts, labels, second, 'paragraph', -1)).toBe(13);
  });

  it('steps over a speaker label as one character, and words with Ctrl', () => {
    const margaret = labels[1]!;
    expect(moveCaret(text, content.lineStarts, labels, margaret.start, 'character', 1)).toBe(margaret.end);
    expect(moveCaret(text, content.lineStarts, labels, margaret.end, 'character', -1)).toBe(margaret.start);
    const afterWell = moveCaret(text, content.lineStarts, labels, margaret.textStart, 'word', 1);
    expect(text.slice(margaret.textStart, afterWell)).toBe('Well');
    expect(moveCaret(text, content.lineStarts, labels, afterWell, 'word', -1)).toBe(margaret.textStart);
  });

  it('selects the sentence at the caret with S, and grows it by a sentence each press', () => {
    const inside = text.indexOf('the doctor really');
    const first = selectUnit(content, caretAt(inside), 'sentence');
    expect(words(first)).toBe('Well, it was the doctor really.');
    const second = selectUnit(content, first!, 'sentence');
    expect(words(second)).toBe('Well, it was the doctor really. No, it was the nurse first, I think.');
  });

  it('selects a turn’s words with T and a word with W; Shift+arrows extend', () => {
    const inside = text.indexOf('the doctor really');
    expect(words(selectUnit(content, caretAt(inside), 'turn'))).toMatch(/^Well, it was the doctor really\..*the corner shop\.$/);
    expect(words(selectUnit(content, caretAt(inside + 5), 'word'))).toBe('doctor');
    let s = caretAt(inside);
    for (let i = 0; i < 3; i++) s = moveSelection(content, s, 'word', 1, true);
    expect(words(s)).toBe('the doctor really');
    expect(moveSelection(content, s, 'character', -1, false)).toEqual(caretAt(inside));
  });

  it('moves by user-perceived characters: an emoji or a flag is one step', () => {
    const daniel = readSampleText('client-02-interview.txt');
    const emoji = daniel.indexOf('😊');
    expect(nextCharacter(daniel, emoji, 1)).toBe(emoji + 2);
    expect(nextCharacter(daniel, emoji + 2, -1)).toBe(emoji);
    const flags = 'flags 🇬🇧🇮🇱 end';
    expect(nextCharacter(flags, 6, 1)).toBe(10);
    expect(nextCharacter(flags, 14, -1)).toBe(10);
  });

  it('finds sentences in Hebrew, and knows which lines read right to left (for Left and Right)', () => {
    const hebrew = 'בוקר טוב. אני מתכבד לפתוח את הישיבה. תודה.';
    const r = sentenceAt(hebrew, hebrew.indexOf('מתכבד'), { start: 0, end: hebrew.length });
    expect(r && hebrew.slice(r.start, r.end)).toBe('אני מתכבד לפתוח את הישיבה.');
    const mixed = '12:30 היו"ר משה גפני: בוקר טוב (Budget)\nInterviewer: שלום';
    expect(readsRightToLeft(mixed, 3)).toBe(true);
    expect(readsRightToLeft(mixed, mixed.length - 1)).toBe(false);
  });

  it('moves a coding’s boundaries by whole words and never to nothing', () => {
    const r = { start: text.indexOf('She listened.'), end: text.indexOf('She listened.') + 13 };
    const slice = (x: { start: number; end: number }) => text.slice(x.start, x.end);
    expect(slice(shiftEdge(text, r, 'end', 1))).toBe("She listened. That's");
    expect(slice(shiftEdge(text, r, 'end', -1))).toBe('She');
    expect(slice(shiftEdge(text, r, 'start', 1))).toBe('listened.');
    const single = { start: r.start, end: r.start + 3 };
    expect(shiftEdge(text, single, 'end', -1)).toEqual(single);
    expect(shiftEdge(text, single, 'start', 1)).toEqual(single);
  });

  it('moves a boundary dragged with the mouse to whole words, never past the other end', () => {
    const start = text.indexOf('She listened.');
    const coding = { start, end: start + 13 };
    const slice = (x: { start: number; end: number }) => text.slice(x.start, x.end);
    // Dropped at the start of "I'd": the coding ends after "thing", without the space.
    expect(slice(draggedBounds(text, coding, 'end', text.indexOf("I'd say", start), true))).toBe("She listened. That's the thing");
    // Dropped inside "listened": the start goes to the word's start; without snapping, exactly there.
    expect(slice(draggedBounds(text, coding, 'start', start + 7, true))).toBe('listened.');
    expect(slice(draggedBounds(text, coding, 'start', start + 7, false))).toBe('tened.');
    // Dragged past the start: one character is left.
    expect(draggedBounds(text, coding, 'end', start - 50, false)).toEqual({ start, end: start + 1 });
  });

  it('maps keys to commands (and leaves Ctrl+Z, Tab and typing alone)', () => {
    expect(transcriptCommand(key('ArrowRight', { shiftKey: true, ctrlKey: true }))).toEqual({ kind: 'move', unit: 'word', direction: 1, extend: true });
    expect(transcriptCommand(key('ArrowDown'))).toEqual({ kind: 'move', unit: 'line', direction: 1, extend: false });
    expect(transcriptCommand(key('ArrowDown', { ctrlKey: true }))).toEqual({ kind: 'move', unit: 'paragraph', direction: 1, extend: false });
    expect(transcriptCommand(key('s'))).toEqual({ kind: 'select', unit: 'sentence' });
    expect(transcriptCommand(key('q'))).toEqual({ kind: 'palette' });
    expect(transcriptCommand(key('k', { ctrlKey: true }))).toEqual({ kind: 'palette' });
    expect(transcriptCommand(key('3'))).toEqual({ kind: 'recent', index: 2 });
    expect(transcriptCommand(key('ArrowLeft', { altKey: true, shiftKey: true }))).toEqual({ kind: 'adjust', edge: 'start', direction: -1 });
    expect(transcriptCommand(key('z', { ctrlKey: true }))).toBeNull();
    expect(transcriptCommand(key('Tab'))).toBeNull();
    expect(transcriptCommand(key('x'))).toBeNull();
  });
});
