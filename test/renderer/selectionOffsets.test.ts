import { $getRoot, $isElementNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { detectTurns } from '../../core/import/index';
import { $offsetOfPoint, $pointAtOffset } from '../../renderer/features/transcript/selectionOffsets';
import { speakerLabels, transcriptContent } from '../../renderer/features/transcript/transcriptContent';
import { readSampleText } from '../sample/sampleFiles';
import { build, transcriptEditor } from './transcriptEditor';

describe('selection points <-> stored-text offsets', () => {
  const text = readSampleText('client-02-interview.txt');
  const labels = speakerLabels({ turns: detectTurns(text).turns, speakers: [], participants: [] });
  const emoji = text.indexOf('😊');
  const content = transcriptContent(
    text,
    [
      { id: 1, start: emoji - 30, end: emoji + 2 },
      { id: 2, start: emoji, end: emoji + 2 },
      { id: 3, start: labels[1]!.start, end: labels[1]!.turnEnd },
    ],
    labels,
  );
  const editor = transcriptEditor();
  build(editor, content);

  it('maps every offset to a point and back to the same offset (labels, marks, emoji, blank lines)', () => {
    const wrong = editor.getEditorState().read(() => {
      const bad: number[] = [];
      for (let offset = 0; offset <= text.length; offset++) {
        const point = $pointAtOffset(offset, content.lineStarts);
        if (!point || $offsetOfPoint(point, content.lineStarts) !== offset) bad.push(offset);
      }
      return bad;
    });
    expect(wrong).toEqual([]);
  });

  it('lands on the emoji itself, inside its own run', () => {
    const point = editor.getEditorState().read(() => $pointAtOffset(emoji, content.lineStarts));
    expect(point).toMatchObject({ type: 'text', offset: 0 });
    expect(editor.getEditorState().read(() => $getRoot().getTextContent().includes('😊'))).toBe(true);
  });

  it('maps element points (before child n) of paragraphs, marks and the root', () => {
    const { paragraphEnd, markStart, rootLine } = editor.getEditorState().read(() => {
      const root = $getRoot();
      const line = content.lineStarts.findIndex((s) => text.slice(s).startsWith('Daniel: First time'));
      const paragraph = root.getChildAtIndex(line)!;
      if (!$isElementNode(paragraph)) throw new Error('not a paragraph');
      const mark = paragraph.getChildren().find((c) => c.getType() === 'mark')!;
      return {
        paragraphEnd: $offsetOfPoint({ key: paragraph.getKey(), offset: paragraph.getChildrenSize(), type: 'element' }, content.lineStarts),
        markStart: $offsetOfPoint({ key: mark.getKey(), offset: 0, type: 'element' }, content.lineStarts),
        rootLine: $offsetOfPoint({ key: root.getKey(), offset: line, type: 'element' }, content.lineStarts),
      };
    });
    const lineStart = text.indexOf('Daniel: First time');
    expect(rootLine).toBe(lineStart);
    expect(paragraphEnd).toBe(text.indexOf('\n', lineStart));
    expect(markStart).toBe(emoji - 30);
  });
});
