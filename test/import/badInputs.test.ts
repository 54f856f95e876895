import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocumentSize, MAX_DOCUMENT_BYTES, readDocument } from '../../core/import';
import { corpusPath } from '../support/paths';
import { makeDocx, makeOdt, para, zip } from './officeFixtures';
import { makePdf } from './pdfFixture';

const earningsCall = () =>
  readFileSync(corpusPath('transcripts-docx', 'earnings-call', 'Microsoft_FY24_Second_Quarter_Earnings_Conference_Call_Transcript.docx'));

const refusal = (code: string, message: string | RegExp) => ({
  code,
  message: typeof message === 'string' ? message : expect.stringMatching(message),
});

describe('empty and oversized files', () => {
  it('a zero-byte file is empty', async () => {
    await expect(readDocument('interview-03.docx', new Uint8Array(0))).rejects.toMatchObject(refusal('bad-file', 'interview-03.docx is empty.'));
  });

  it('a file over the limit is refused before its content is looked at', async () => {
    expect(MAX_DOCUMENT_BYTES).toBe(100 * 1024 * 1024);
    // Binary junk: refused for its size, not for what it holds.
    const junk = new Uint8Array(2048).fill(0xff);
    await expect(readDocument('huge.txt', junk, { maxBytes: 1024 })).rejects.toMatchObject(refusal('file-too-large', 'huge.txt is 2 KB; Coherence imports transcripts up to 1 KB.'));
    expect(() => checkDocumentSize('big.docx', 150 * 1024 * 1024)).toThrow('big.docx is 150 MB; Coherence imports transcripts up to 100 MB.');
    expect(() => checkDocumentSize('ok.docx', MAX_DOCUMENT_BYTES)).not.toThrow();
  });
});

describe('content that is not what the name says', () => {
  it('a .txt holding binary data', async () => {
    const bytes = new Uint8Array(512).map((_, i) => (i * 37) % 256);
    await expect(readDocument('notes.txt', bytes)).rejects.toMatchObject(refusal('bad-file', 'notes.txt is not a text file (it contains binary data).'));
  });

  it('a PDF named .docx', async () => {
    await expect(readDocument('interview-03.docx', makePdf([['Hello']]))).rejects.toMatchObject(
      refusal('bad-file', 'interview-03.docx is not a Word document (it looks like a PDF).'),
    );
  });

  it('a .doc that is really a .docx is read as a Word document, with a note', async () => {
    const doc = await readDocument('call.doc', earningsCall());
    expect(doc.format).toBe('docx');
    expect(doc.text.startsWith('Microsoft FY24 Second Quarter Earnings Conference Call')).toBe(true);
    expect(doc.metadata.detectedByContent).toBe(true);
    expect(doc.warnings).toContain('call.doc was read as DOCX because that is what it contains, whatever its name says.');
  });

  it('an .odt named .docx is read as OpenDocument', async () => {
    const doc = await readDocument('odt-really.docx', await makeOdt('<text:p>Hello</text:p>'));
    expect(doc).toMatchObject({ format: 'odt', text: 'Hello', metadata: { detectedByContent: true } });
  });

  it('a Word document with no extension is recognised by its content', async () => {
    const doc = await readDocument('transcript', await makeDocx(para('Hello')));
    expect(doc).toMatchObject({ format: 'docx', text: 'Hello' });
    expect(doc.warnings).toEqual([]);
  });

  it('a spreadsheet named .docx', async () => {
    const xlsx = await zip({ 'xl/workbook.xml': '<workbook/>', '[Content_Types].xml': '<Types/>' });
    await expect(readDocument('data.docx', xlsx)).rejects.toMatchObject(refusal('bad-file', 'data.docx is not a Word document (it looks like an Excel spreadsheet).'));
  });

  it('a zip without a document inside, named .docx', async () => {
    const bytes = await zip({ 'notes.txt': 'hello' });
    await expect(readDocument('fake.docx', bytes)).rejects.toMatchObject(refusal('bad-file', /^fake\.docx is damaged or is not a Word document/));
  });

  it('a password-protected (or old binary) file named .docx', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(readDocument('locked.docx', ole)).rejects.toMatchObject(refusal('unsupported-format', /^locked\.docx is password-protected or is an old Word 97–2003 file/));
  });

  it('recordings and pictures are told apart from transcripts', async () => {
    const mp3 = new Uint8Array([0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0, 0, 0, 0]);
    await expect(readDocument('interview.mp3', mp3)).rejects.toMatchObject(refusal('unsupported-format', /^interview\.mp3 is an audio recording, not a transcript\. Transcribe it first/));
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    await expect(readDocument('page1.txt', png)).rejects.toMatchObject(refusal('unsupported-format', /^page1\.txt is an image, not a transcript/));
  });

  it('an unknown extension is named, with the formats that are read', async () => {
    await expect(readDocument('notes.pages', new Uint8Array([1, 2, 3]))).rejects.toMatchObject(
      refusal('unsupported-format', /^notes\.pages: Coherence cannot import \.pages files\. It reads Word \(\.docx\)/),
    );
  });
});

describe('damaged and hostile archives', () => {
  it('a truncated .docx is reported as damaged', async () => {
    const bytes = earningsCall();
    await expect(readDocument('cut.docx', bytes.subarray(0, Math.floor(bytes.length / 2)))).rejects.toMatchObject(
      refusal('bad-file', /^cut\.docx is damaged or is not a zip-based file/),
    );
  });

  it('a zip bomb named .docx is refused before mammoth unpacks it', async () => {
    // 64 MB of zeros deflates to about 64 KB; limits are lowered so the test stays quick.
    const bomb = await makeDocx(para('Hello'), { 'word/media/padding.bin': Buffer.alloc(64 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(
      readDocument('bomb.docx', bomb, { zipLimits: { maxEntries: 100, maxEntryBytes: 8 * 1024 * 1024, maxTotalBytes: 16 * 1024 * 1024 } }),
    ).rejects.toMatchObject({ code: 'unsafe-file', message: expect.stringContaining('bomb.docx') });
  });

  it('a zip whose parts together unpack past the total limit', async () => {
    const parts: Record<string, Buffer> = {};
    for (let i = 0; i < 4; i++) parts[`word/media/p${i}.bin`] = Buffer.alloc(6 * 1024 * 1024);
    const bomb = await makeDocx(para('Hello'), parts);
    await expect(
      readDocument('many.docx', bomb, { zipLimits: { maxEntries: 100, maxEntryBytes: 8 * 1024 * 1024, maxTotalBytes: 16 * 1024 * 1024 } }),
    ).rejects.toMatchObject(refusal('unsafe-file', 'many.docx unpacks to far more data than it holds (a "zip bomb"); it was refused.'));
  });
});

describe('data files in the transcript folders', () => {
  it.each([
    ['valid.csv', 'a data table (CSV)'],
    ['buzzcast.json', 'a data file (JSON)'],
    ['scores.xlsx', 'a spreadsheet'],
  ])('%s is refused as %s', async (name, what) => {
    await expect(readDocument(name, new Uint8Array(Buffer.from('a,b\n1,2\n')))).rejects.toMatchObject(
      refusal('unsupported-format', new RegExp(`^${name.replace('.', '\\.')} is ${what.replace(/[()]/g, '\\$&')}, not a transcript document\\.`)),
    );
  });
});
