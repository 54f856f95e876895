import { describe, expect, it } from 'vitest';
import { readDocument } from '../../core/import';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('plain-text encodings', () => {
  const sample = 'Interviewer: Café “quoted” – ok\r\nP1: Ja, schön.\r\nInterviewer: Gut.\r\n';
  const expected = 'Interviewer: Café “quoted” – ok\nP1: Ja, schön.\nInterviewer: Gut.\n';

  it('UTF-8 without BOM', async () => {
    const doc = await readDocument('a.txt', utf8(sample));
    expect(doc).toMatchObject({ text: expected, format: 'txt', metadata: { encoding: 'utf-8' } });
  });

  it('UTF-8 with BOM: the BOM is not part of the text', async () => {
    const doc = await readDocument('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(sample)]));
    expect(doc).toMatchObject({ text: expected, metadata: { encoding: 'utf-8 (BOM)' } });
    expect(doc.turns[0]!.start).toBe(0);
  });

  it('UTF-16 LE and BE with BOM (Windows "Unicode" saves)', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect((await readDocument('le.txt', le)).text).toBe(expected);
    const beDoc = await readDocument('be.txt', be);
    expect(beDoc).toMatchObject({ text: expected, metadata: { encoding: 'utf-16be' } });
    expect(beDoc.turns.map((t) => t.speaker)).toEqual(['Interviewer', 'P1', 'Interviewer']);
  });

  it('UTF-16 LE without a BOM is recognised, not called binary', async () => {
    const doc = await readDocument('nobom.txt', Buffer.from('Interviewer: hello\nP1: hi\n', 'utf16le'));
    expect(doc).toMatchObject({ text: 'Interviewer: hello\nP1: hi\n', metadata: { encoding: 'utf-16le' } });
    // Two labels of two different people are not yet a pattern.
    expect(doc.turns).toEqual([]);
  });

  it('Windows-1252 when the bytes are not UTF-8 (old Word "Save as text")', async () => {
    // “Caf\xe9” with curly quotes and an en dash, as windows-1252 bytes.
    const bytes = new Uint8Array([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x6f, 0x6b, 0x0d, 0x0a]);
    const doc = await readDocument('old.txt', bytes);
    expect(doc).toMatchObject({ text: '“Café” – ok\n', metadata: { encoding: 'windows-1252' } });
  });

  it('old Mac CR line ends become LF', async () => {
    expect((await readDocument('mac.txt', utf8('A: one\rB: two\rA: three'))).text).toBe('A: one\nB: two\nA: three');
  });

  it('Markdown is kept as written, not rendered', async () => {
    const md = '# Interview 2\n\n**Ana:** I *really* think [so](http://x).\n\n**Ben:** Yes.\n\n**Ana:** Ok.';
    const doc = await readDocument('i2.md', utf8(md));
    expect(doc).toMatchObject({ text: md, format: 'md' });
    expect(doc.turns.map((t) => t.speaker)).toEqual(['Ana', 'Ben', 'Ana']);
  });
});

describe('web pages (.html)', () => {
  it('block elements become paragraphs, script and style vanish, entities are decoded', async () => {
    const html = `<!DOCTYPE html><html><head><title>Ignored</title><style>p{color:red}</style></head><body>
      <h1>Focus   group&nbsp;2</h1>
      <script>alert("no")</script>
      <p>Facilitator: Welcome &amp; thanks &mdash; let&#8217;s   begin.</p>
      <p>P1: I <b>agree</b><br>with that.</p>
      <ul><li>first</li><li>second</li></ul>
      <table><tr><th>Name</th><th>Role</th></tr><tr><td>Ana</td><td><p>Nurse</p><p>(night)</p></td></tr></table>
      <div>Facilitator: Thanks.</div>
    </body></html>`;
    const doc = await readDocument('focus.html', utf8(html));
    expect(doc.format).toBe('html');
    expect(doc.text).toBe(
      [
        'Focus group\u00a02',
        'Facilitator: Welcome & thanks — let’s begin.',
        'P1: I agree\nwith that.',
        '• first\n• second',
        'Name\tRole\nAna\tNurse (night)',
        'Facilitator: Thanks.',
      ].join('\n\n'),
    );
    expect(doc.turns.map((t) => t.speaker)).toEqual(['Facilitator', 'P1', 'Facilitator']);
  });
});

describe('subtitle details', () => {
  it('WebVTT with NOTE blocks, cue ids, styling tags and entities', async () => {
    const vtt = [
      'WEBVTT - interview',
      '',
      'NOTE exported by Teams',
      '',
      'intro',
      '00:00.000 --> 00:02.500 align:start',
      '<v.loud Dr Ana Shah><i>Welcome</i> &amp; thanks.</v>',
      '',
      '00:02.500 --> 00:04.000',
      '<v Dr Ana Shah>Shall we start?',
      '',
      '00:04.200 --> 00:06.000',
      '<v Participant 3><c.yellow>Yes</c> &lt;laughs&gt;',
      '',
    ].join('\n');
    const doc = await readDocument('teams.vtt', utf8(vtt));
    expect(doc.text).toBe('Dr Ana Shah: Welcome & thanks. Shall we start?\n\nParticipant 3: Yes <laughs>');
    expect(doc.turns.map((t) => [t.speaker, t.startMs, t.endMs])).toEqual([
      ['Dr Ana Shah', 0, 4000],
      ['Participant 3', 4200, 6000],
    ]);
    expect(doc.metadata.cueCount).toBe(3);
  });

  it('SRT whose cue numbers follow text with no blank line', async () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nAna: Hello.\n2\n00:00:02,000 --> 00:00:03,000\nBen: Hi.\n3\n00:00:03,000 --> 00:00:04,000\nAna: Bye.';
    const doc = await readDocument('s.srt', utf8(srt));
    expect(doc.text).toBe('Ana: Hello.\n\nBen: Hi.\n\nAna: Bye.');
  });

  it('a subtitle file with no cues is reported', async () => {
    await expect(readDocument('empty.vtt', utf8('WEBVTT\n\nNOTE nothing here\n'))).rejects.toMatchObject({
      code: 'bad-file',
      message: expect.stringContaining('empty.vtt has no subtitle cues'),
    });
  });

  it("turn detection 'none' drops the cue turns but keeps the text", async () => {
    const vtt = 'WEBVTT\n\n00:00.000 --> 00:01.000\n<v A>x\n\n00:01.000 --> 00:02.000\n<v B>y\n';
    const doc = await readDocument('t.vtt', utf8(vtt), { turns: 'none' });
    expect(doc).toMatchObject({ text: 'A: x\n\nB: y', turns: [] });
  });
});
