import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument, type ParsedDocument } from '../../core/import';
import { corpusPath } from '../support/paths';
import { expectNormalised, expectWellFormedTurns, speakerCounts } from './turnChecks';

const root = corpusPath('subtitles');
const allFiles = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => statSync(path.join(root, f)).isFile())
  .sort();

async function read(rel: string): Promise<{ doc: ParsedDocument; raw: string }> {
  const bytes = readFileSync(path.join(root, rel));
  return { doc: await readDocument(path.basename(rel), bytes), raw: bytes.toString('utf8') };
}

/** Speaker changes in a sequence of names: what the turn count must be once repeats merge. */
const changes = (names: string[]) => names.filter((n, i) => i === 0 || names[i - 1] !== n).length;

describe('every subtitle file', () => {
  it('finds the 16 files of the corpus folder', () => {
    expect(allFiles.length).toBe(16);
  });

  it.each(allFiles)('%s: reads every cue, or is refused as data', async (rel) => {
    if (rel.endsWith('.json')) {
      await expect(read(rel)).rejects.toMatchObject({ code: 'unsupported-format' });
      return;
    }
    const { doc, raw } = await read(rel);
    expectNormalised(doc);
    expect(doc.format).toBe(rel.endsWith('.vtt') ? 'vtt' : 'srt');
    expect(doc.metadata.cueCount).toBe(raw.split('\n').filter((l) => l.includes('-->')).length);
    expectWellFormedTurns(doc.text, doc.turns);
    // No timing lines, cue numbers, tags or headers leak into the text.
    expect(doc.text).not.toMatch(/-->|^WEBVTT|<v |<\/?[a-z]+>|^\d+$/m);
    // Times are metadata: every paragraph has one, in order.
    expect(doc.timeMarks.length).toBe(doc.text.split('\n\n').length);
    const starts = doc.timeMarks.map((m) => m.startMs);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('speakers from <v Name> voice tags', () => {
  it('talkpython 538 (Teams-style tags): one turn per speaker change, written "Name: text"', async () => {
    const { doc, raw } = await read('talkpython/538-python-in-digital-humanities.vtt');
    const voices = [...raw.matchAll(/^<v ([^>]+)>/gm)].map((m) => m[1]!);
    expect(doc.turns.length).toBe(changes(voices));
    expect(speakerCounts(doc.turns)).toEqual({ 'Michael Kennedy': 84, 'David Flood': 83 });
    expect(doc.text.startsWith('Michael Kennedy: Digital humanities sounds niche until you realize that it can mean a searchable archive of U.S. amendment proposals')).toBe(true);
    const first = doc.turns[0]!;
    expect(doc.text.slice(first.labelStart, first.labelEnd)).toBe('Michael Kennedy:');
    expect(first.startMs).toBe(20);
    expect(doc.turns[1]!.startMs).toBeGreaterThanOrEqual(first.endMs!);
  });

  it('Podnews (WhisperX tags, timestamps in plain seconds "0.000 --> 3.480")', async () => {
    const { doc, raw } = await read('podcast-fixtures/podnews_weekly_review_2024-01-19.vtt');
    const voices = [...raw.matchAll(/^<v ([^>]+)>/gm)].map((m) => m[1]!);
    expect(doc.turns.length).toBe(changes(voices));
    expect(doc.turns[0]).toMatchObject({ speaker: 'SPEAKER_1', startMs: 0, endMs: 3480 });
    expect(doc.turns[1]).toMatchObject({ speaker: 'SPEAKER_2', startMs: 4240 });
    expect(doc.turnPreview.speakers.map((s) => s.name)).toEqual(['SPEAKER_1', 'SPEAKER_2', 'SPEAKER_3', 'SPEAKER_4']);
  });
});

describe('speakers from "Name:" prefixes', () => {
  it.each([
    ['podcast-fixtures/buzzcast.srt', ['Alban', 'Kevin', 'Travis', 'Tom', 'Dave']],
    ['podcast-fixtures/podcasting_20_episode_124.srt', ['Adam Curry', 'Unknown', 'Dave Jones']],
  ])('%s: hard-wrapped cues joined, prefix starts a turn', async (rel, speakers) => {
    const { doc, raw } = await read(rel);
    const prefixes = [...raw.matchAll(/^([A-Z][a-z]+(?: [A-Z][a-z]+)?): /gm)].map((m) => m[1]!);
    expect(doc.turns.length).toBe(changes(prefixes));
    expect(doc.turnPreview.speakers.map((s) => s.name)).toEqual(speakers);
    // The prefix is the label, said once; the cue's hard line breaks are gone.
    for (const t of doc.turns) expect(doc.text.slice(t.textStart, t.end)).not.toMatch(/\n/);
  });

  it('buzzcast opens with Alban', async () => {
    const { doc } = await read('podcast-fixtures/buzzcast.srt');
    expect(doc.text.startsWith('Alban: It is so stinking nice to like, show up and record this show. And Travis')).toBe(true);
  });
});

describe('subtitles without speakers', () => {
  it('YouTube: a leading "- " starts a new paragraph; a lone "Mac Leff:" is not a cast list', async () => {
    const { doc } = await read('talkpython/youtube-470-python-in-medicine-and-patient-care.vtt');
    expect(doc.turns).toEqual([]);
    expect(doc.text.startsWith('So, Mac, welcome to Talk Python To Me. Awesome to have you here. Mac Leff: Hey, thank you')).toBe(true);
    expect(doc.text).toContain('\n\nYeah, it really is quite amazing. It');
    expect(doc.text).not.toMatch(/^- /m);
    expect(doc.text.endsWith('Yep. Bye. Okay. Bye, Michael.')).toBe(true);
  });

  it('talkpython 470: sentence cues grouped into paragraphs', async () => {
    const { doc } = await read('talkpython/470-medicine.vtt');
    expect(doc.text.startsWith("Python is special. It's used by the big tech companies")).toBe(true);
    expect(doc.turnPreview.notes[0]).toContain('name no speakers');
    expect(doc.timeMarks[0]).toMatchObject({ offset: 0, startMs: 1 });
  });

  it('KDE Express (Spanish): leading spaces dropped, accents kept', async () => {
    const { doc } = await read('podcast-fixtures/kde_express-16_kde_en_telegram.vtt');
    expect(doc.text.startsWith('Buenas, bienvenidas de vuelta a KDE Express.')).toBe(true);
    expect(doc.text).toContain('versión movilidad que no tenemos a los compañeros');
  });

  it('Chinese subtitles join without spaces between cues', async () => {
    const { doc } = await read('morevna/morevna-ep3-zho.srt');
    expect(doc.text).toBe('Morevna 项目......和戈爾諾-阿爾泰斯克州立大学《Adamant》艺术学院...联合推出');
  });

  it.each([
    ['morevna/morevna-ep3-eng.srt', 'Morevna Project... ...in association with "Adamant" Art School'],
    ['morevna/morevna-ep3-kor.srt', '모레브나 프로젝트... ...고르노알타이스크의'],
    ['morevna/morevna-ep3-rus.srt', 'Проект'],
    ['morevna/pepper-and-carrot-ep6-jpn.srt', 'Morevna Projectが......"Ethic Cinema"との協賛で......お送りします'],
  ])('%s starts with the first cue', async (rel, start) => {
    const { doc } = await read(rel);
    expect(doc.text.startsWith(start)).toBe(true);
  });

  it('Thai subtitles keep the Thai text', async () => {
    const { doc, raw } = await read('morevna/morevna-ep3-tha.srt');
    const lastCueText = raw.trim().split('\n').pop()!.trim();
    expect(doc.text.endsWith(lastCueText)).toBe(true);
    expect(doc.text).toMatch(/\p{Script=Thai}/u);
  });

  it('multilingual SRT: the translators preamble is dropped, each cue keeps one line per language', async () => {
    const { doc } = await read('morevna/morevna-ep03.msrt');
    expect(doc.text).not.toContain('[*]');
    const firstCue = doc.text.split('\n\n')[0]!.split('\n');
    expect(firstCue).toHaveLength(10);
    expect(firstCue[0]).toBe('[deu] Morevna Projekt');
    expect(firstCue[9]).toBe('[zho] Morevna 项目...');
    expect(doc.text.split('\n\n')).toHaveLength(59);
    expect(doc.warnings[0]).toContain('several languages per cue');
  });
});
