import { chmodSync, mkdirSync, readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx, para } from '../import/officeFixtures';
import { corpusPath } from '../support/paths';
import { projectSnapshot } from '../support/projectSnapshot';
import { testCore, type TestCore } from '../support/testCore';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('importing the corpus into a project', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = testCore();
    await t.call('project.create', { path: path.join(t.dir, 'corpus.coherence') });
  });
  afterAll(() => t.close());

  it('imports every transcript and subtitle file, or refuses it with a specific reason', async () => {
    const folders = [corpusPath('transcripts-txt'), corpusPath('transcripts-docx'), corpusPath('subtitles')];
    const results = await t.call('documents.import', { files: folders.map((f) => ({ path: f })) });
    const expected = folders.flatMap(filesUnder);
    expect(results).toHaveLength(expected.length);
    const byFile = new Map(results.map((r) => [r.file, r]));

    const doc = byFile.get('transcripts-docx/knesset-doc/20_ptv_317899.doc')!;
    expect(doc.status).toBe('failed');
    expect(doc.reason).toMatch(/20_ptv_317899\.doc .*Word 97.*save it as \.docx|20_ptv_317899\.doc.*\.docx/i);
    for (const r of results.filter((x) => x.status === 'failed')) {
      // Only data files and the legacy .doc are refused, each with a reason naming it.
      expect(r.file, r.reason).toMatch(/\.(csv|json|doc|msrt)$/);
      expect(r.reason).toContain(path.basename(r.file));
    }
    const imported = results.filter((r) => r.status === 'imported');
    expect(imported.length).toBe(expected.length - results.filter((r) => r.status === "failed").length);
    expect(imported.length).toBeGreaterThanOrEqual(90);

    // Real content, as stored: speakers and first/last words of a few formats.
    const docs = await t.call('documents.list', {});
    const get = async (title: string) => t.call('documents.get', { documentId: docs.find((d) => d.title === title)!.id });
    const rev = await get('1-tool-switching');
    expect(rev.speakers.map((s) => [s.label, s.turnCount]).sort()).toEqual([['Speaker 1', 33], ['Speaker 2', 30], ['Speaker 3', 1]]);
    expect(rev.text).not.toContain('\r');
    const voice = await get('538-python-in-digital-humanities');
    expect(voice.turns.length).toBeGreaterThan(10);
    expect(voice.speakers.map((s) => s.label)).toContain('Michael Kennedy');
    const call = await get('Microsoft_FY24_Second_Quarter_Earnings_Conference_Call_Transcript');
    expect(call.text.startsWith('Microsoft FY24 Second Quarter Earnings Conference Call')).toBe(true);
    expect(call.speakers.map((s) => s.label)).toContain('BRETT IVERSEN');
    const odt = await get('P2_GMT20211119');
    expect(odt.format).toBe('odt');
  });

  it('keeps offsets exact for emoji, Hebrew, Chinese and CRLF files', async () => {
    const docs = await t.call('documents.list', {});
    const coder = await t.call('coders.create', { name: 'Sam Okoro', initials: 'SO' });
    const code = await t.call('codes.create', { name: 'Offsets' });
    const cases: [string, RegExp][] = [
      ['go-time-163', /💩/u],
      ['20_ptv_317899', /[\u0590-\u05ff]+/u],
      ['morevna-ep3-zho', /[\u4e00-\u9fff]{2,}/u],
      ['2-having-good-ideas', /[A-Za-z]+ [A-Za-z]+/],
    ];
    for (const [title, pattern] of cases) {
      const summary = docs.find((d) => d.title === title);
      expect(summary, title).toBeTruthy();
      const doc = await t.call('documents.get', { documentId: summary!.id });
      // Code a passage that ends after the interesting characters, far into the text.
      const at = doc.text.search(pattern);
      expect(at, title).toBeGreaterThan(0);
      const match = pattern.exec(doc.text)![0];
      const coding = await t.call('codings.create', { documentId: doc.id, codeId: code.id, coderId: coder.id, start: at, end: at + match.length });
      const again = await t.call('documents.get', { documentId: doc.id });
      expect(again.text.slice(coding.start, coding.end)).toBe(match);
      // The same passage in code points (what the CLI prints and speaks).
      const cp = Array.from(doc.text);
      const cpStart = Array.from(doc.text.slice(0, at)).length;
      expect(cp.slice(cpStart, cpStart + Array.from(match).length).join('')).toBe(match);
    }
  });
});

describe('bad input leaves the project as it was', () => {
  let t: TestCore;
  let folder: string;
  beforeAll(async () => {
    t = testCore();
    await t.call('project.create', { path: path.join(t.dir, 'p.coherence'), sample: true });
    folder = path.join(t.dir, 'bad');
    mkdirSync(folder);
  });
  afterAll(() => t.close());

  const expectRefused = async (file: string, reason: RegExp) => {
    const before = projectSnapshot(t.core.session.project.sqlite);
    const [result] = await t.call('documents.import', { files: [{ path: file }] });
    expect(result!.status).toBe('failed');
    expect(result!.reason).toMatch(reason);
    expect(projectSnapshot(t.core.session.project.sqlite)).toBe(before);
  };

  it('a corrupt .docx', async () => {
    const good = readFileSync(corpusPath('transcripts-docx', 'earnings-call', 'Microsoft_FY24_Second_Quarter_Earnings_Conference_Call_Transcript.docx'));
    const file = path.join(folder, 'broken.docx');
    writeFileSync(file, good.subarray(0, good.length / 2));
    await expectRefused(file, /broken\.docx .*(damaged|not a)/);
  });

  it('a zip bomb renamed .docx', async () => {
    const file = path.join(folder, 'bomb.docx');
    writeFileSync(file, await makeDocx(para('Hello'), { 'word/media/padding.bin': Buffer.alloc(64 * 1024 * 1024) }));
    await expectRefused(file, /bomb\.docx unpacks to far more data than it holds/);
  });

  it('a 0-byte file', async () => {
    const file = path.join(folder, 'empty.txt');
    writeFileSync(file, '');
    await expectRefused(file, /empty\.txt is empty/);
  });

  it('a 200 MB file', async () => {
    const file = path.join(folder, 'huge.txt');
    writeFileSync(file, '');
    truncateSync(file, 200 * 1024 * 1024);
    await expectRefused(file, /huge\.txt is 200 MB; Coherence imports transcripts up to 100 MB/);
  });

  it('binary junk named .txt', async () => {
    const file = path.join(folder, 'junk.txt');
    writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131) % 256)));
    await expectRefused(file, /junk\.txt is not a text file \(it contains binary data\)/);
  });

  it('a file without read permission', async () => {
    const file = path.join(folder, 'secret.txt');
    writeFileSync(file, 'Interviewer: hello\n');
    chmodSync(file, 0o000);
    await expectRefused(file, /secret\.txt cannot be read: permission denied/);
    chmodSync(file, 0o644);
  });
});

describe('cancelling an import', () => {
  it('stops before the next file; what was imported stays and the rest is reported as cancelled', async () => {
    const t = testCore();
    try {
      await t.call('project.create', { path: path.join(t.dir, 'c.coherence') });
      t.core.onEvent((e) => {
        const p = e.payload as { operationId?: string; done?: number };
        if (e.name === 'operation.progress' && p.operationId === 'big' && (p.done ?? 0) >= 3) void t.core.handle('operations.cancel', { operationId: 'big' });
      });
      const results = await t.call('documents.import', { files: [{ path: corpusPath('large', 'changelog', 'practicalai') }], operationId: 'big' });
      const imported = results.filter((r) => r.status === 'imported').length;
      const cancelled = results.filter((r) => r.status === 'cancelled');
      expect(imported).toBeGreaterThanOrEqual(3);
      expect(cancelled.length).toBeGreaterThan(200);
      expect(cancelled[0]!.reason).toBe('the import was cancelled before this file');
      expect((await t.call('documents.list', {})).length).toBe(imported);
    } finally {
      t.close();
    }
  });
});
