import { describe, expect, it } from 'vitest';
import { detectTurns, parseTimestamp } from '../../core/import';
import { expectWellFormedTurns, speakerCounts } from './turnChecks';

const lines = (...l: string[]) => l.join('\n');

describe('speaker conventions', () => {
  it('I: / R: research interview labels', () => {
    const text = lines('Interview 3, ward B', '', 'I: How long have you worked here?', 'R: About six years.', 'I: And before that?', 'R: Agency work.');
    const d = detectTurns(text);
    expect(d.convention).toBe('name-colon');
    expect(d.turns.map((t) => t.speaker)).toEqual(['I', 'R', 'I', 'R']);
    expect(text.slice(d.turns[1]!.textStart, d.turns[1]!.end)).toBe('About six years.');
    // The title before the first label belongs to no turn.
    expect(d.turns[0]!.start).toBe(text.indexOf('I: How'));
    expectWellFormedTurns(text, d.turns);
  });

  it('P1: / P2: and a turn running over several paragraphs to the next label', () => {
    const text = lines('P1: First I thought so.', '', 'Then I changed my mind.', '', '', 'P2: Me too.', 'P1: Really?');
    const d = detectTurns(text);
    expect(d.turns).toHaveLength(3);
    expect(text.slice(d.turns[0]!.start, d.turns[0]!.end)).toBe('P1: First I thought so.\n\nThen I changed my mind.');
  });

  it('**Name**: (bold name, colon outside) and **Name:** are both Markdown bold', () => {
    const text = lines('**Ana**: hello', '', '**Ben:** hi', '', '**Ana**: bye');
    const d = detectTurns(text);
    expect(d.convention).toBe('markdown-bold');
    expect(speakerCounts(d.turns)).toEqual({ Ana: 2, Ben: 1 });
  });

  it('Zoom-style "00:01:23 Name: text" keeps the time with the label', () => {
    const text = lines('00:00:05 Dr Shah: Shall we start?', '00:00:09 Participant 4: Yes.', '00:01:02 Dr Shah: Good.');
    const d = detectTurns(text);
    expect(d.convention).toBe('name-colon');
    expect(d.turns[1]).toMatchObject({ speaker: 'Participant 4', timestamp: '00:00:09', startMs: 9000 });
    expect(text.slice(d.turns[1]!.labelStart, d.turns[1]!.labelEnd)).toBe('00:00:09 Participant 4:');
  });

  it('Otter with hours: "Unknown Speaker  1:02:03"', () => {
    const text = lines('Sam  0:01  ', 'Hello.', '', 'Unknown Speaker  1:02:03  ', 'Hi.', '', 'Sam  1:02:09', 'Bye.');
    const d = detectTurns(text);
    expect(d.convention).toBe('otter');
    expect(d.turns[1]).toMatchObject({ speaker: 'Unknown Speaker', startMs: 3_723_000 });
    expect(text.slice(d.turns[1]!.textStart, d.turns[1]!.end)).toBe('Hi.');
  });

  it('indented labels (tab-led paragraphs from Word) are found; the label starts at the name', () => {
    const text = lines('\tMODERATOR: Please begin.', '\tOkay.', '\tMODERATOR: Next task.', '\tMODERATOR: Thank you.');
    const d = detectTurns(text);
    expect(d.turns).toHaveLength(3);
    expect(d.turns[0]!.labelStart).toBe(1);
    expect(d.notes.join(' ')).toContain('Only one speaker is labelled (MODERATOR)');
  });
});

describe('false positives', () => {
  it('a prose "Note:" or "Okay:" line inside an interview is not a speaker', () => {
    const text = lines('Interviewer: Tell me about the clinic.', 'Participant: It is busy.', 'Note: the participant laughed.', 'Interviewer: Why?', 'Participant: Okay: so, staffing.');
    const d = detectTurns(text);
    expect(Object.keys(speakerCounts(d.turns))).toEqual(['Interviewer', 'Participant']);
    expect(d.turns).toHaveLength(4);
  });

  it('prose with a few colons is not a transcript', () => {
    const text = lines(
      'The results were clear: staff were tired.',
      'Three themes emerged: workload, trust and time.',
      'In summary: more research is needed.',
    );
    const d = detectTurns(text);
    expect(d.convention).toBe('none');
    expect(d.turns).toEqual([]);
  });

  it('a heading once and a name once are not enough', () => {
    expect(detectTurns(lines('Summary: short.', 'Anna: hello.')).turns).toEqual([]);
  });

  it('[laughs] and [inaudible] at line starts are not bracketed speakers', () => {
    const text = lines('[laughs] yes', '[inaudible]', '[laughs] okay', '[inaudible] fine');
    expect(detectTurns(text).turns).toEqual([]);
  });

  it('a one-off name in prose case is dropped when every recurring speaker is in capitals', () => {
    const text = lines('ANA: Question one.', 'BEN: Answer.', 'Second part: another question.', 'ANA: Thanks.', 'BEN: Welcome.', 'CARLA SMITH: Mine.');
    const d = detectTurns(text);
    expect(d.turns.map((t) => t.speaker)).toEqual(['ANA', 'BEN', 'ANA', 'BEN', 'CARLA SMITH']);
  });
});

describe('timestamps without speakers', () => {
  it('[00:01:23] and \\[04:06\\] become time marks, not turns', () => {
    const text = lines('[00:00:01] Welcome.', '', '[00:01:23] Next.', '', '\\[04:06\\] Later.');
    const d = detectTurns(text);
    expect(d.convention).toBe('timestamps');
    expect(d.turns).toEqual([]);
    expect(d.timeMarks.map((m) => m.startMs)).toEqual([1000, 83_000, 246_000]);
    expect(text.slice(d.timeMarks[2]!.label!.start, d.timeMarks[2]!.label!.end)).toBe('\\[04:06\\]');
  });

  it('parses the clock forms transcripts use', () => {
    expect(parseTimestamp('1:02:03')).toBe(3_723_000);
    expect(parseTimestamp('00:00:01,250')).toBe(1250);
    expect(parseTimestamp('00:00:01.5')).toBe(1500);
    expect(parseTimestamp('4:06')).toBe(246_000);
    expect(parseTimestamp('3.480')).toBe(3480);
    expect(parseTimestamp('0:75')).toBeUndefined();
  });
});

describe('modes', () => {
  const text = lines('Q1 - Ana: first', 'Q2 - Ben: second', 'Q3 - Ana: third');

  it("'none' finds nothing", () => {
    const d = detectTurns(lines('A: x', 'B: y', 'A: z'), 'none');
    expect(d).toMatchObject({ convention: 'none', turns: [], speakers: [] });
  });

  it('a custom pattern with named groups speaker and time', () => {
    const d = detectTurns(text, { pattern: String.raw`^Q(?<time>\d) - (?<speaker>\w+):` });
    expect(d.convention).toBe('custom');
    expect(d.turns.map((t) => [t.speaker, text.slice(t.labelStart, t.labelEnd), text.slice(t.textStart, t.end)])).toEqual([
      ['Ana', 'Q1 - Ana:', 'first'],
      ['Ben', 'Q2 - Ben:', 'second'],
      ['Ana', 'Q3 - Ana:', 'third'],
    ]);
    expect(d.speakers).toEqual([
      { name: 'Ana', turnCount: 2, firstLine: 'first', firstOffset: 0 },
      { name: 'Ben', turnCount: 1, firstLine: 'second', firstOffset: text.indexOf('Q2') },
    ]);
  });

  it('a custom pattern that is not a regular expression, or names no speaker, is refused', () => {
    expect(() => detectTurns(text, { pattern: '(?<speaker>' })).toThrow(expect.objectContaining({ code: 'invalid-args' }));
    expect(() => detectTurns(text, { pattern: '^(\\w+):' })).toThrow(/named group for the speaker/);
  });
});

describe('preview summary', () => {
  it('lists speakers in order of appearance with counts and a first line cut at a character boundary', () => {
    const long = `${'x'.repeat(79)}😀 and more`;
    const text = lines(`Interviewer: ${long}`, 'Nurse 2: Fine.', 'Interviewer: Next.');
    const d = detectTurns(text);
    expect(d.speakers.map((s) => [s.name, s.turnCount])).toEqual([
      ['Interviewer', 2],
      ['Nurse 2', 1],
    ]);
    // Cutting at 80 UTF-16 units would split the emoji; the summary stops before it.
    expect(d.speakers[0]!.firstLine).toBe(`${'x'.repeat(79)}…`);
    expect(d.conventionLabel).toBe('Name: at the start of a line');
    expect(d.turnCount).toBe(3);
  });
});
