import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../core/import';
import { openZipArchive } from '../../core/files/zipArchive';
import { corpusPath } from '../support/paths';
import { expectNormalised, expectWellFormedTurns, speakerCounts } from './turnChecks';

const office = (...parts: string[]) => corpusPath('transcripts-docx', ...parts);
const readFile = (file: string) => readDocument(path.basename(file), readFileSync(file));

describe('Word (.docx) files from the corpus', () => {
  const earnings = office('earnings-call', 'Microsoft_FY24_Second_Quarter_Earnings_Conference_Call_Transcript.docx');

  it('reads the earnings call with its paragraphs, curly quotes and ampersands', async () => {
    const doc = await readFile(earnings);
    expectNormalised(doc);
    expect(doc.format).toBe('docx');
    expect(doc.text.startsWith('Microsoft FY24 Second Quarter Earnings Conference Call\n\nBrett Iversen, Satya Nadella, Amy Hood\n\n')).toBe(true);
    expect(doc.text.endsWith('SATYA NADELLA: Thank you.\n\n(Operator Direction.)\n\nEND')).toBe(true);
    expect(doc.text).toContain('during today’s call');
    expect(doc.text).toContain('AT&T, EY, and Thomson R');
    expect(doc.text).not.toContain('&amp;');
    // mammoth's complaints about unknown Word styles are noise to a researcher.
    expect(doc.warnings).toEqual([]);
  });

  it('finds the speakers of the earnings call, affiliations kept out of their names', async () => {
    const doc = await readFile(earnings);
    expectWellFormedTurns(doc.text, doc.turns);
    // Independent count: paragraphs opening with a name in capitals and a colon.
    const labels = doc.text.split('\n').filter((l) => /^[A-Z][A-Z. ]+[A-Z](, [^:]+)?:( |$)/.test(l));
    expect(doc.turns.length).toBe(labels.length);
    const counts = speakerCounts(doc.turns);
    expect(counts).toMatchObject({ 'BRETT IVERSEN': 10, 'SATYA NADELLA': 8, 'AMY HOOD': 9, 'MARK MOERDLER': 2 });
    const moerdler = doc.turns.find((t) => t.speaker === 'MARK MOERDLER')!;
    expect(doc.text.slice(moerdler.labelStart, moerdler.labelEnd)).toBe('MARK MOERDLER, Bernstein Research:');
    // "Second part: On AI, ..." inside a question is prose, not a speaker.
    expect(counts['Second part']).toBeUndefined();
  });

  it('reads the Taguette highlights export: one "Document:" line per highlight', async () => {
    const doc = await readFile(office('taguette-export', 'all_tags_20220303.docx'));
    expect(doc.text.startsWith('Taguette highlights\n\nOkay, I read this and I think the text is clear.')).toBe(true);
    const highlights = parse(readFileSync(corpusPath('double-coded', 'taguette-serdif', 'all_tags_20220303.csv')), { columns: true }) as { id: string }[];
    const documentLines = doc.text.split('\n').filter((l) => l.startsWith('Document: '));
    expect(documentLines.length).toBe(new Set(highlights.map((h) => h.id)).size);
    // "Document:" heads each highlight but is not a speaker.
    expect(Object.keys(speakerCounts(doc.turns))).toEqual(['MODERATOR']);
  });
});

describe('LibreOffice (.odt) think-aloud sessions', () => {
  const sessions = ['P1_GMT20211118.odt', 'P2_GMT20211119.odt', 'P3_GMT20211125.odt', 'P4_GMT20211125.odt'];

  it.each(sessions)('%s: text from content.xml, tabs and repeated spaces kept', async (name) => {
    const file = office('serdif-usability-odt', name);
    const doc = await readFile(file);
    expectNormalised(doc);
    expect(doc.format).toBe('odt');
    expect(doc.text.startsWith('1 Read the ‘Home’ tab information.\n\n\t')).toBe(true);
    // <text:s text:c="4"/> before a sub-question is four spaces.
    expect(doc.text).toMatch(/\n\n {4}1\.a /);
    expect(doc.text).not.toMatch(/<text:|&apos;|&amp;/);

    const archive = await openZipArchive(readFileSync(file), name);
    const xml = (await archive.read('content.xml')).toString('utf8');
    archive.close();
    const moderatorLabels = xml.split('MODERATOR:').length - 1;
    expectWellFormedTurns(doc.text, doc.turns);
    // A single MODERATOR: label is not a convention; several are (the participant is unlabelled).
    expect(doc.turns.length).toBe(moderatorLabels >= 3 ? moderatorLabels : 0);
    if (doc.turns.length > 0) expect(doc.turnPreview.notes.join(' ')).toContain('Only one speaker is labelled (MODERATOR)');
  });

  it('P1 ends with the participant summing up', async () => {
    const doc = await readFile(office('serdif-usability-odt', 'P1_GMT20211118.odt'));
    expect(doc.text.endsWith('\tIt is good, yeah, a few little hiccups here and there but it is nice. This is all I have to say.')).toBe(true);
  });
});

describe('legacy Word 97–2003 (.doc)', () => {
  it('is refused with advice to save it as .docx', async () => {
    const file = office('knesset-doc', '20_ptv_317899.doc');
    await expect(readFile(file)).rejects.toMatchObject({
      code: 'unsupported-format',
      message: expect.stringMatching(/^20_ptv_317899\.doc is an old Word 97–2003 document .*save it as a Word Document \(\.docx\)/),
    });
  });
});
