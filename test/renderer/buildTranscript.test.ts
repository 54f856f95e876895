import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectTurns } from '../../core/import/index';
import { normaliseText } from '../../core/model/offsets';
import { speakerLabels, transcriptContent } from '../../renderer/features/transcript/transcriptContent';
import { readSampleText } from '../sample/sampleFiles';
import { corpusPath } from '../support/paths';
import { nothingWritten } from '../../renderer/features/transcript/buildTranscript';
import { $offsetOfPoint, $pointAtOffset } from '../../renderer/features/transcript/selectionOffsets';
import { build, readTree, transcriptEditor, update, write, type Run } from './transcriptEditor';

const span = (id: number, start: number, end: number) => ({ id, start, end });
const labelsOf = (text: string) => speakerLabels({ turns: detectTurns(text).turns, speakers: [], participants: [] });

/** The text of a paragraph's runs, flattened, as the reader sees it (labels included). */
const flatText = (runs: Run[]): string => runs.map((r) => ('text' in r ? r.text : 'label' in r ? r.label : flatText(r.runs))).join('');

describe('the transcript projection in Lexical (text + codings -> nodes)', () => {
  const text = "She listened. That is the thing I'd say.\nYes, she rang after two weeks.";

  it('cuts overlapping, nested, adjacent, zero-width and cross-line codings into marked runs', () => {
    const editor = transcriptEditor();
    build(
      editor,
      transcriptContent(
        text,
        [span(1, 0, 13), span(2, 4, 21), span(3, 4, 12), span(4, 14, 18), span(5, 18, 21), span(6, 7, 7), span(7, 36, 45)],
        [],
      ),
    );
    expect(readTree(editor)).toEqual([
      [
        { mark: [1], runs: [{ text: 'She ' }] },
        { mark: [1, 2, 3], runs: [{ text: 'listened' }] },
        { mark: [1, 2], runs: [{ text: '.' }] },
        { mark: [2], runs: [{ text: ' ' }] },
        { mark: [2, 4], runs: [{ text: 'That' }] },
        { mark: [2, 5], runs: [{ text: ' is' }] },
        { text: " the thing I'd " },
        { mark: [7], runs: [{ text: 'say.' }] },
      ],
      [{ mark: [7], runs: [{ text: 'Yes,' }] }, { text: ' she rang after two weeks.' }],
    ]);
  });

  it('shows a speaker label as its own run carrying the speaker chip, with exact offsets around it', () => {
    const sample = readSampleText('client-01-interview.txt');
    const labels = labelsOf(sample);
    expect(labels[0]).toMatchObject({ start: 0, end: 12, chip: { name: 'Interviewer' } });
    const margaret = labels[1]!;
    // One coding over Margaret's whole turn (label included), one starting inside her label.
    const editor = transcriptEditor();
    build(editor, transcriptContent(sample, [span(1, margaret.start, margaret.turnEnd), span(2, margaret.start + 4, margaret.textStart + 4)], labels));
    const tree = readTree(editor);
    expect(tree[0]![0]).toEqual({ label: 'Interviewer:', speaker: 'Interviewer' });
    expect((tree[0]![1] as { text: string }).text).toMatch(/^ Thank you for seeing me, Margaret\./);
    const line = sample.slice(margaret.start, sample.indexOf('\n', margaret.start));
    expect(tree[2]!.slice(0, 3)).toEqual([
      { mark: [1], runs: [{ label: 'Marg', speaker: 'Margaret' }] },
      { mark: [1, 2], runs: [{ label: 'aret:' }] },
      { mark: [1, 2], runs: [{ text: ' Well' }] },
    ]);
    expect(flatText(tree[2]!)).toBe(line);
    expect(flatText(tree[2]!)).toMatch(/^Margaret: Well, it was the doctor really\./);
  });

  it('keeps an emoji (a surrogate pair) whole in its run', () => {
    const sample = readSampleText('client-02-interview.txt');
    const emoji = sample.indexOf('😊');
    const sentence = sample.indexOf('Good to meet you Dan');
    const editor = transcriptEditor();
    build(editor, transcriptContent(sample, [span(1, sentence, emoji + 2), span(2, emoji, emoji + 2)], labelsOf(sample)));
    const line = readTree(editor).find((runs) => flatText(runs).includes('😊'))!;
    const marked = line.filter((r): r is Extract<Run, { mark: number[] }> => 'mark' in r);
    expect(marked).toEqual([
      { mark: [1], runs: [{ text: 'Good to meet you Dan, same time next week, see you Thursday ' }] },
      { mark: [1, 2], runs: [{ text: '😊' }] },
    ]);
  });

  it('projects right-to-left Hebrew with its speaker labels and a coding', () => {
    const hebrew = normaliseText(readFileSync(corpusPath('transcripts-txt', 'knesset-hebrew', '20_ptv_317899.txt'), 'utf8'));
    const labels = labelsOf(hebrew);
    const phrase = 'בוקר טוב, אני מתכבד לפתוח את ישיבת ועדת';
    const at = hebrew.indexOf(phrase);
    const editor = transcriptEditor();
    build(editor, transcriptContent(hebrew, [span(9, at, at + phrase.length)], labels));
    const tree = readTree(editor);
    const chair = tree.find((runs) => runs.some((r) => 'label' in r && r.speaker === 'היו"ר משה גפני'))!;
    expect(chair).toEqual([{ label: 'היו"ר משה גפני:', speaker: 'היו"ר משה גפני' }]);
    const coded = tree.find((runs) => runs.some((r) => 'mark' in r))!;
    expect(coded[0]).toEqual({ mark: [9], runs: [{ text: phrase }] });
    expect(flatText(coded)).toBe(hebrew.slice(at, hebrew.indexOf('\n', at)));
  });

  it('shows every character of a long real transcript exactly once, whatever the codings', () => {
    const gotime = normaliseText(readFileSync(corpusPath('transcripts-txt', 'changelog', 'gotime', 'go-time-163.md'), 'utf8'));
    const labels = labelsOf(gotime);
    let seed = 11;
    const random = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
    const codings = Array.from({ length: 400 }, (_, i) => {
      let start = random(gotime.length - 400);
      if (gotime.charCodeAt(start) >= 0xdc00 && gotime.charCodeAt(start) <= 0xdfff) start++;
      let end = start + 1 + random(300);
      if (gotime.charCodeAt(end) >= 0xdc00 && gotime.charCodeAt(end) <= 0xdfff) end++;
      return span(i + 1, start, end);
    });
    const editor = transcriptEditor();
    build(editor, transcriptContent(gotime, codings, labels));
    const tree = readTree(editor);
    expect(tree.map(flatText).join('\n')).toBe(gotime);
    expect(tree[0]![0]).toMatchObject({ label: '**Mat Ryer:**', speaker: 'Mat Ryer' });
  });

  it('rewrites only the paragraphs a new coding touches, ending where a full build would', () => {
    const sample = readSampleText('client-01-interview.txt');
    const labels = labelsOf(sample);
    const before = transcriptContent(sample, [span(1, 200, 400)], labels);
    const passage = sample.indexOf('She listened.');
    const after = transcriptContent(sample, [span(1, 200, 400), span(2, passage, passage + 13)], labels);
    const editor = transcriptEditor();
    build(editor, before);
    expect(update(editor, before, after)).toBe(1);
    const fresh = transcriptEditor();
    build(fresh, after);
    expect(readTree(editor)).toEqual(readTree(fresh));
    expect(readTree(editor).flat().filter((r) => 'mark' in r && r.mark.includes(2))).toEqual([{ mark: [2], runs: [{ text: 'She listened.' }] }]);
    // Removing it again, and a change of text (another document) rebuilds everything.
    expect(update(editor, after, before)).toBe(1);
    const other = transcriptContent(readSampleText('client-02-interview.txt'), [], []);
    expect(update(editor, before, other)).toBe(other.paragraphs.length);
    expect(flatText(readTree(editor)[0]!)).toMatch(/^Interviewer: /);
  });

  it('writes far paragraphs plain (one run, labels kept) and gives them highlights when asked, offsets unchanged', () => {
    const sample = readSampleText('client-01-interview.txt');
    const labels = labelsOf(sample);
    const listened = sample.indexOf('She listened.');
    const content = transcriptContent(sample, [span(1, 0, 40), span(2, listened, listened + 13)], labels);
    const line = content.lineStarts.findIndex((s, i) => s <= listened && listened < (content.lineStarts[i + 1] ?? Infinity));
    const editor = transcriptEditor();
    const written = nothingWritten();
    expect(write(editor, written, content, (i) => i < 2)).toBe(content.paragraphs.length);
    let tree = readTree(editor);
    expect(tree[0]!.slice(0, 2)).toEqual([{ mark: [1], runs: [{ label: 'Interviewer:', speaker: 'Interviewer' }] }, { mark: [1], runs: [{ text: ' Thank you for seeing me, Ma' }] }]);
    expect(tree[line]![0]).toEqual({ label: 'Margaret:', speaker: 'Margaret' });
    expect(tree[line]![1]).toEqual({ text: sample.slice(listened - 1, sample.indexOf('\n', listened)) });
    expect(tree.map(flatText).join('\n')).toBe(sample);
    // Offsets map the same in plain paragraphs.
    const back = editor.getEditorState().read(() => $offsetOfPoint($pointAtOffset(listened, content.lineStarts)!, content.lineStarts));
    expect(back).toBe(listened);
    // Bringing that line near the screen rewrites it alone, with its highlight.
    expect(write(editor, written, content, (i) => i === line)).toBe(1);
    tree = readTree(editor);
    expect(tree[line]!.slice(0, 3)).toEqual([{ label: 'Margaret:', speaker: 'Margaret' }, { text: ' ' }, { mark: [2], runs: [{ text: 'She listened.' }] }]);
    // A new coding on a plain line changes nothing written; on a coded line, that line.
    const more = transcriptContent(sample, [span(1, 0, 40), span(2, listened, listened + 13), span(3, listened, listened + 3), span(4, sample.length - 20, sample.length)], labels);
    expect(write(editor, written, more, () => false)).toBe(1);
    expect(readTree(editor)[line]![2]).toEqual({ mark: [2, 3], runs: [{ text: 'She' }] });
  });
});
