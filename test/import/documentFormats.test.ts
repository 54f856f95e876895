import { describe, expect, it } from 'vitest';
import { readDocument } from '../../core/import';
import { makeDocx, makeOdt, para, table } from './officeFixtures';
import { makePdf } from './pdfFixture';

describe('Word (.docx) built in the test', () => {
  it('paragraphs, a table flattened to tab-separated rows, curly quotes and ampersands', async () => {
    const body = [
      para('Focus group 2 — “Night shifts” & staffing'),
      para('FACILITATOR: Shall we begin?'),
      table([
        ['Participant', 'Role'],
        ['P1', 'Nurse & mentor'],
      ]),
      para('P1: I’d say   yes.'),
      para(''),
      para('FACILITATOR: Thank you.'),
      para('P1: Bye.'),
    ].join('');
    const doc = await readDocument('group2.docx', await makeDocx(body));
    expect(doc.format).toBe('docx');
    expect(doc.text).toBe(
      [
        'Focus group 2 — “Night shifts” & staffing',
        'FACILITATOR: Shall we begin?',
        'Participant\tRole\nP1\tNurse & mentor',
        // Word keeps the spaces a person typed, so they are kept here too.
        'P1: I’d say   yes.',
        'FACILITATOR: Thank you.',
        'P1: Bye.',
      ].join('\n\n'),
    );
    expect(doc.turns.map((t) => t.speaker)).toEqual(['FACILITATOR', 'P1', 'FACILITATOR', 'P1']);
  });

  it('a tab inside a paragraph stays a tab', async () => {
    const body = '<w:p><w:r><w:t>Time</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>Note</w:t></w:r></w:p>';
    expect((await readDocument('tab.docx', await makeDocx(body))).text).toBe('Time\tNote');
  });
});

describe('OpenDocument (.odt) built in the test', () => {
  it('honours spans, text:s counts, tabs, line breaks, headings, lists and tables, and skips comments', async () => {
    const xml = [
      '<text:h text:outline-level="1">Session <text:span>4</text:span></text:h>',
      '<text:p>MODERATOR:<text:s/>Please read<text:s text:c="3"/>the task.<office:annotation><dc:creator>SO</dc:creator><text:p>check this</text:p></office:annotation></text:p>',
      '<text:p><text:tab/>P4: First line<text:line-break/>second   line</text:p>',
      '<text:list><text:list-item><text:p>one</text:p></text:list-item><text:list-item><text:p>two &amp; three</text:p></text:list-item></text:list>',
      '<table:table><table:table-row><table:table-cell><text:p>Task</text:p></table:table-cell><table:table-cell><text:p>Time</text:p></table:table-cell></table:table-row>',
      '<table:table-row><table:table-cell><text:p>1</text:p></table:table-cell><table:table-cell><text:p>2 min</text:p><text:p>(approx.)</text:p></table:table-cell></table:table-row></table:table>',
      '<text:p>MODERATOR: Thanks.</text:p>',
      '<text:p>P4: Bye.</text:p>',
    ].join('');
    const doc = await readDocument('P4.odt', await makeOdt(xml));
    expect(doc.format).toBe('odt');
    expect(doc.text).toBe(
      [
        'Session 4',
        'MODERATOR: Please read   the task.',
        '\tP4: First line\nsecond line',
        '• one\n• two & three',
        'Task\tTime\n1\t2 min (approx.)',
        'MODERATOR: Thanks.',
        'P4: Bye.',
      ].join('\n\n'),
    );
    expect(doc.warnings).toEqual(['P4.odt: 1 comment(s) were left out of the text.']);
    expect(doc.turns.map((t) => t.speaker)).toEqual(['MODERATOR', 'P4', 'MODERATOR', 'P4']);
  });

  it('an .odt without content.xml is damaged', async () => {
    const { zip } = await import('./officeFixtures');
    const bytes = await zip({ mimetype: 'application/vnd.oasis.opendocument.text' });
    await expect(readDocument('broken.odt', bytes)).rejects.toMatchObject({ code: 'bad-file', message: expect.stringContaining('broken.odt is damaged') });
  });
});

describe('RTF (hand-written extractor; the corpus has no RTF)', () => {
  const rtf = (body: string) => new Uint8Array(Buffer.from(body, 'latin1'));

  it('skips font, colour and style tables and document info; \\par, \\line and \\tab', async () => {
    const src =
      '{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Helvetica;}{\\f1 Times;}}{\\colortbl;\\red255\\green0\\blue0;}' +
      '{\\stylesheet{\\s0 Normal;}}{\\info{\\title Secret title}{\\author Someone}}' +
      '\\pard\\f0\\fs24 Interviewer:\\tab How are you?\\par\n' +
      'P1: Fine\\line thanks \\{really\\}.\\par\n' +
      '{\\*\\generator Some App;}{\\*\\unknowndest hidden}' +
      'Interviewer: Good.\\par}';
    const doc = await readDocument('i.rtf', rtf(src));
    expect(doc.format).toBe('rtf');
    expect(doc.text).toBe('Interviewer:\tHow are you?\n\nP1: Fine\nthanks {really}.\n\nInterviewer: Good.');
    expect(doc.turns.map((t) => t.speaker)).toEqual(['Interviewer', 'P1', 'Interviewer']);
  });

  it("\\uN with \\uc fallback skipping, negative \\u, \\'hh in the \\ansicpg code page, and named quotes", async () => {
    const src =
      "{\\rtf1\\ansi\\ansicpg1252 Caf\\'e9 \\u8220?quoted\\u8221? " + // é and curly quotes
      '\\uc2\\u-3971xx \\uc1 ' + // U+F07D given as a negative number, two fallback characters skipped
      '\\u55357?\\u56489? ' + // a surrogate pair: 💩
      "\\lquote ok\\rquote  \\emdash\\~end\\'85}";
    const doc = await readDocument('u.rtf', rtf(src));
    expect(doc.text).toBe('Café “quoted” \uf07d 💩 ‘ok’ —\u00a0end…');
  });

  it("Hebrew bytes decoded with the font's \\fcharset177 (code page 1255)", async () => {
    const src = "{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Arial;}{\\f1\\fcharset177 David;}}\\f1 \\'f9\\'ec\\'e5\\'ed\\f0  ok\\par}";
    expect((await readDocument('he.rtf', rtf(src))).text).toBe('שלום ok');
  });

  it('keeps a field result, drops its instruction, and skips pictures', async () => {
    const src = '{\\rtf1 See {\\field{\\*\\fldinst HYPERLINK "http://x"}{\\fldrslt the site}} now.{\\pict\\pngblip 89504e47}\\par}';
    expect((await readDocument('f.rtf', rtf(src))).text).toBe('See the site now.');
  });
});

describe('PDF (built in the test; the corpus has none)', () => {
  it('joins text into lines, pages separated by a blank line', async () => {
    const pdf = makePdf([
      ['Interviewer: Hello there (and welcome).', 'P1: Thanks, caf\u00e9.'],
      ['Interviewer: Second page.'],
    ]);
    const doc = await readDocument('interview.pdf', pdf);
    expect(doc).toMatchObject({ format: 'pdf', metadata: { pageCount: 2 } });
    expect(doc.text).toBe('Interviewer: Hello there (and welcome).\nP1: Thanks, café.\n\nInterviewer: Second page.');
    expect(doc.turns.map((t) => t.speaker)).toEqual(['Interviewer', 'P1', 'Interviewer']);
  });

  it('does not consume the caller’s bytes (pdf.js detaches what it is given)', async () => {
    const pdf = makePdf([['Hello.']]);
    await readDocument('a.pdf', pdf);
    expect(pdf.byteLength).toBeGreaterThan(0);
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });

  it('a scanned PDF (no text layer) is refused with advice to run OCR', async () => {
    await expect(readDocument('scan.pdf', makePdf([[], []]))).rejects.toMatchObject({
      code: 'unsupported-format',
      message: 'scan.pdf has no text layer (it looks like a scanned image); run OCR first or import a Word/text version.',
    });
  });

  it('a damaged PDF is reported as damaged', async () => {
    const truncated = makePdf([['Hello.']]).subarray(0, 40);
    await expect(readDocument('cut.pdf', truncated)).rejects.toMatchObject({ code: 'bad-file', message: expect.stringContaining('cut.pdf') });
  });
});
