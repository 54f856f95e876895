import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument, type ParsedDocument } from '../../core/import';
import { corpusPath } from '../support/paths';
import { expectNormalised, expectWellFormedTurns, firstWords, lastWords, speakerCounts } from './turnChecks';

const root = corpusPath('transcripts-txt');
const allFiles = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => statSync(path.join(root, f)).isFile())
  .sort();

async function read(rel: string): Promise<{ doc: ParsedDocument; raw: string }> {
  const bytes = readFileSync(path.join(root, rel));
  return { doc: await readDocument(path.basename(rel), bytes), raw: bytes.toString('utf8') };
}

/** Lines of the original file (either line end), for counting labels independently. */
const rawLines = (raw: string) => raw.split(/\r\n|\n/);

describe('every file in transcripts-txt', () => {
  it('finds the files the corpus README lists', () => {
    expect(allFiles.filter((f) => f.endsWith('.txt') || f.endsWith('.md')).length).toBe(69);
    expect(allFiles.filter((f) => f.endsWith('.csv') || f.endsWith('.json')).length).toBe(6);
  });

  it.each(allFiles)('%s imports with its text unchanged, or is refused as data', async (rel) => {
    const bytes = readFileSync(path.join(root, rel));
    if (/\.(csv|json)$/.test(rel)) {
      // Tables and JSON dumps are data about transcripts, not documents to code.
      await expect(readDocument(path.basename(rel), bytes)).rejects.toMatchObject({
        code: 'unsupported-format',
        message: expect.stringContaining(`${path.basename(rel)} is a data`),
      });
      return;
    }
    const doc = await readDocument(path.basename(rel), bytes);
    expectNormalised(doc);
    // Plain text is stored exactly as written, bar line ends; Markdown's character
    // references (it&#39;s, &quot;) become the characters a reader sees.
    const written = bytes.toString('utf8').replace(/\r\n?/g, '\n');
    const references: Record<string, string> = { '&#39;': "'", '&quot;': '"', '&lt;': '<', '&gt;': '>', '&amp;': '&' };
    expect(doc.text).toBe(rel.endsWith('.md') ? written.replace(/&(#39|quot|lt|gt|amp);/g, (m) => references[m]!) : written);
    expect(doc.metadata.encoding).toBe('utf-8');
    expect(doc.format).toBe(rel.endsWith('.md') ? 'md' : 'txt');
    expectWellFormedTurns(doc.text, doc.turns);
  });
});

describe('aci-bench [doctor] / [patient] dialogues', () => {
  const dialogues = allFiles.filter((f) => f.startsWith('aci-bench/valid-dialogues/'));

  it.each(dialogues)('%s has one turn per bracketed label', async (rel) => {
    const { doc, raw } = await read(rel);
    const labels = rawLines(raw).filter((l) => /^\[[a-z_]+\](?= |$)/.test(l));
    expect(doc.turnPreview.convention).toBe('bracket');
    expect(doc.turns.length).toBe(labels.length);
    expect(doc.turns[0]!.speaker).toBe('doctor');
    expect(doc.turns.map((t) => t.speaker).every((s) => ['doctor', 'patient', 'patient_guest'].includes(s))).toBe(true);
  });

  it('D2N068 starts with the doctor greeting Brian and ends with the note', async () => {
    const { doc } = await read('aci-bench/valid-dialogues/D2N068.txt');
    expect(firstWords(doc.text, 4)).toBe('[doctor] hi , brian');
    expect(lastWords(doc.text, 3)).toBe('the note .');
    expect(speakerCounts(doc.turns)).toEqual({ doctor: 37, patient: 36 });
  });
});

describe('Markdown **Name:** transcripts (Changelog)', () => {
  const brainScience = allFiles.filter((f) => f.startsWith('changelog/brainscience/'));

  it.each(brainScience)('%s has one turn per bold label', async (rel) => {
    const { doc, raw } = await read(rel);
    const labels = rawLines(raw).filter((l) => /^\*\*[^*]+:\*\*/.test(l) && !l.startsWith('**Break:**'));
    expect(doc.turnPreview.convention).toBe('markdown-bold');
    expect(doc.turns.length).toBe(labels.length);
    expect(Object.keys(speakerCounts(doc.turns))).toContain('Adam Stacoviak');
  });

  it('brain-science-1 names Mireille B. Reece and records the \\[04:06\\] timestamps', async () => {
    const { doc } = await read('changelog/brainscience/brain-science-1.md');
    expect(doc.turnPreview.speakers.map((s) => s.name)).toEqual(['Mireille B. Reece, Psy.D', 'Adam Stacoviak']);
    expect(doc.turnPreview.speakers[0]!.firstLine.startsWith("It's interesting having worked with people")).toBe(true);
    const timed = doc.turns.find((t) => t.timestamp === '04:06')!;
    expect(timed.startMs).toBe(246_000);
    expect(doc.text.slice(timed.labelStart, timed.labelEnd)).toBe('**Mireille B. Reece, Psy.D:** \\[04:06\\]');
    expect(doc.text.slice(timed.textStart).startsWith('And we don')).toBe(true);
    // A paragraph opening with \[12:15\] continues a turn and is only a time mark.
    const mark = doc.timeMarks.find((m) => m.startMs === 735_000)!;
    expect(doc.text.slice(mark.label!.start, mark.label!.end)).toBe('\\[12:15\\]');
  });
});

describe('Rev exports: "Speaker 1 (00:00):" then the paragraph (CRLF)', () => {
  it.each(allFiles.filter((f) => f.startsWith('metamuse/rev-')))('%s has one turn per header line', async (rel) => {
    const { doc, raw } = await read(rel);
    expect(raw.includes('\r\n')).toBe(true);
    const headers = rawLines(raw).filter((l) => /^[^()]+ \(\d{2}:\d{2}(:\d{2})?\):\s*$/.test(l));
    expect(doc.turnPreview.convention).toBe('rev');
    expect(doc.turns.length).toBe(headers.length);
    expect(doc.turns.every((t) => t.startMs !== undefined)).toBe(true);
  });

  it('1-tool-switching: Speaker 1 opens with "Uh, so I" and the header is not part of the speech', async () => {
    const { doc } = await read('metamuse/rev-original/1-tool-switching.txt');
    const first = doc.turns[0]!;
    expect(doc.text.slice(first.labelStart, first.labelEnd)).toBe('Speaker 1 (00:00):');
    expect(doc.text.slice(first.textStart, first.textStart + 9)).toBe('Uh, so I,');
    expect(doc.turns[1]!.speaker).toBe('Speaker 2');
    expect(doc.turns[1]!.startMs).toBe(37_000);
    expect(speakerCounts(doc.turns)).toEqual({ 'Speaker 1': 33, 'Speaker 2': 30, 'Speaker 3': 1 });
  });
});

describe('other text layouts', () => {
  it.each(allFiles.filter((f) => f.startsWith('metamuse/plaintext/')))('%s: "Adam Wiggins (00:00:15) - text"', async (rel) => {
    const { doc, raw } = await read(rel);
    const labels = rawLines(raw).filter((l) => /^[A-Z][\w ]+ \(\d{2}:\d{2}:\d{2}\) - /.test(l));
    expect(doc.turnPreview.convention).toBe('name-time-dash');
    expect(doc.turns.length).toBe(labels.length);
    expect(Object.keys(speakerCounts(doc.turns))).toEqual(expect.arrayContaining(['Adam Wiggins', 'Mark McGranaghan']));
  });

  it('Otter export: name, two spaces, m:ss on its own line', async () => {
    const { doc, raw } = await read('otter-export/ladybug-62-security.md');
    const labels = rawLines(raw).filter((l) => /^[A-Z][A-Za-z ]* {2}\d{1,2}:\d{2}(:\d{2})?\s*$/.test(l));
    expect(doc.turnPreview.convention).toBe('otter');
    expect(doc.turns.length).toBe(labels.length);
    expect(doc.turns[0]).toMatchObject({ speaker: 'Emma', startMs: 0 });
    expect(speakerCounts(doc.turns)['Unknown Speaker']).toBe(81);
    expect(lastWords(doc.text, 3)).toBe('Transcribed by https://otter.ai');
  });

  it.each(['mlss-interviews/Interview 4.txt', 'mlss-interviews/Interview 10.txt'])('%s: interviewer / interviewee labels', async (rel) => {
    const { doc, raw } = await read(rel);
    const labels = rawLines(raw).filter((l) => /^(interviewer|interviewee)( \d)?: /i.test(l));
    expect(doc.turnPreview.convention).toBe('name-colon');
    expect(doc.turns.length).toBe(labels.length);
  });

  it('Interview 4 speakers and their turn counts', async () => {
    const { doc } = await read('mlss-interviews/Interview 4.txt');
    expect(speakerCounts(doc.turns)).toEqual({ 'Interviewer 1': 61, Interviewee: 159, 'Interviewer 2': 5 });
    expect(firstWords(doc.text, 5)).toBe('Interviewer 1: okay. I will');
    expect(lastWords(doc.text, 2)).toBe('too. Bye-bye.');
  });

  it('Knesset protocol (Hebrew): names alone on a line ending in ":" after a header of attendees', async () => {
    const { doc } = await read('knesset-hebrew/20_ptv_317899.txt');
    expect(doc.turnPreview.convention).toBe('name-colon');
    expect(doc.turns.length).toBe(49);
    expect(speakerCounts(doc.turns)).toEqual({
      'היו"ר משה גפני': 23,
      'קובי בוזו': 7,
      'שלומית ארליך': 1,
      'רפאל חדד': 10,
      'גיא גולדמן': 4,
      'שאול ששון': 3,
      'טמיר כהן': 1,
    });
    // "Agenda:", "Present:", "Committee members:" ... are a header, not speakers.
    expect(doc.turnPreview.notes.join(' ')).toContain('"סדר היום"');
    const last = doc.turns[doc.turns.length - 1]!;
    expect(doc.text.slice(last.textStart, last.end)).toBe('תודה רבה, הישיבה נעולה.\n\nהישיבה ננעלה בשעה 10:18.');
  });

  it.each(['talkpython/470-medicine.txt', 'talkpython/164-python-in-brain-science.txt'])('%s: timestamps without speakers make no turns', async (rel) => {
    const { doc, raw } = await read(rel);
    const stamped = rawLines(raw).filter((l) => /^\d{2}:\d{2}:\d{2} /.test(l));
    expect(doc.turns).toEqual([]);
    expect(doc.turnPreview.convention).toBe('timestamps');
    expect(doc.timeMarks.length).toBe(stamped.length);
    const [h, m, sec] = stamped[1]!.slice(0, 8).split(':').map(Number) as [number, number, number];
    expect(doc.timeMarks[1]!.startMs).toBe(((h * 60 + m) * 60 + sec) * 1000);
  });

  it('talkpython 538: "00:00:05 <v Michael Kennedy>" lines merge into one turn per speaker change', async () => {
    const { doc, raw } = await read('talkpython/538-python-in-digital-humanities.txt');
    const voices = rawLines(raw)
      .map((l) => /^\d{2}:\d{2}:\d{2} <v ([^>]+)>/.exec(l)?.[1])
      .filter((v): v is string => v !== undefined);
    const changes = voices.filter((v, i) => i === 0 || voices[i - 1] !== v).length;
    expect(doc.turnPreview.convention).toBe('voice-tag');
    expect(doc.turns.length).toBe(changes);
    expect(doc.turns[0]!.speaker).toBe('Michael Kennedy');
    expect(doc.turns[1]!.speaker).toBe('David Flood');
    // Every line's timestamp is a time mark, including one closing line with no voice tag.
    expect(doc.timeMarks.length).toBe(rawLines(raw).filter((l) => /^\d{2}:\d{2}:\d{2} /.test(l)).length);
  });
});
