import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseText } from '../../core/model/offsets';
import { sharedPath } from '../support/paths';
import { testCore, type TestCore } from '../support/testCore';
import { entryText, sample } from './refiFixtures';

/**
 * Real REFI-QDA exports into new Coherence projects, checked through the API and the database:
 * every sample becomes a project (with a report of what was not carried over) or is refused
 * with a precise reason, and no half-made project file is left behind.
 */
const NVIVO = 'nvivo-win-12.6_oltas0517.qdpx';
const CODED_SOURCE = '68bbdc14-c361-4432-b4dd-ae1dbfc12890';

let t: TestCore;
beforeAll(() => {
  t = testCore();
});
afterAll(() => t.close());

const importSample = (name: string, project = `${name}.coherence`) =>
  t.call('project.importQdpx', { path: path.join(t.dir, project), file: { path: sharedPath('refi-samples', name) } });

/** What NVivo coded, computed from the archive itself: code name and the normalised slice of the raw .txt. */
async function nvivoCodedTexts(): Promise<string[]> {
  const bytes = sample(NVIVO);
  const xml = await entryText(bytes, 'project.qde');
  const raw = (await entryText(bytes, `Sources/${CODED_SOURCE}.txt`)).replace(/^\uFEFF/, '');
  const names = new Map([...xml.matchAll(/<Code guid="([^"]+)" name="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replace(/&amp;/g, '&')]));
  const out: string[] = [];
  for (const m of xml.matchAll(/<PlainTextSelection guid="[^"]+" name="" startPosition="(\d+)" endPosition="(\d+)"[\s\S]*?<CodeRef targetGUID="([^"]+)"/g)) {
    out.push(`${names.get(m[3]!)}\u0000${normaliseText(raw.slice(Number(m[1]), Number(m[2])))}`);
  }
  return out;
}

describe('importing REFI-QDA projects into new Coherence projects', () => {
  it('NVivo 12.6: 303 codings land on the same words as in NVivo, read back from the database', async () => {
    const { project, report } = await importSample(NVIVO);
    expect(project.counts).toEqual({ documents: 2, codes: 152, codings: 303, coders: 2 });
    expect(report.offsets).toMatchObject({ profile: 'utf16-crlf2', chosenBy: 'evidence' });
    expect(report.notCarried.map((e) => e.subject)).toEqual(['formatted text']);
    expect(report.adjusted.find((e) => e.subject === 'code colour')?.reason).toBe("152 code(s) had no colour; they were given colours from Coherence's palette");

    const docs = await t.call('documents.list', {});
    expect(docs.map((d) => [d.title, d.codingCount])).toEqual([
      ['videos_10_selected', 303],
      ['videos_selection', 0],
    ]);
    const doc = await t.call('documents.get', { documentId: docs[0]!.id });
    expect(doc.text).not.toContain('\r');
    const codes = new Map((await t.call('codes.list', {})).map((c) => [c.id, c]));
    const stored = doc.codings.map((c) => `${codes.get(c.codeId)!.name}\u0000${doc.text.slice(c.start, c.end)}`);
    const expected = await nvivoCodedTexts();
    expect(expected).toHaveLength(303);
    // Each stored coding is matched to one of NVivo's (same code, same words), once.
    const left = new Map<string, number>();
    for (const e of expected) left.set(e, (left.get(e) ?? 0) + 1);
    let same = 0;
    for (const s of stored) {
      const n = left.get(s) ?? 0;
      if (n > 0) {
        left.set(s, n - 1);
        same++;
      }
    }
    expect(same).toBeGreaterThanOrEqual(300);
    expect(same).toBe(303);

    const coded = (words: string) => doc.codings.filter((c) => doc.text.slice(c.start, c.end) === words).map((c) => codes.get(c.codeId)!.name);
    expect(coded('Záhertorta egy alkesz nulla').length).toBeGreaterThan(0);
    expect(coded('tudatos hal äl reklám, hatalmas árulás').length).toBeGreaterThan(0);
    expect(doc.codings.filter((c) => codes.get(c.codeId)!.path.endsWith('Resisting coercion'))).toHaveLength(28);
    // The emoji-laden comment measured in refi-qda.md §4.3, emoji intact.
    expect(doc.codings.some((c) => doc.text.slice(c.start, c.end) === '@@szilagyitamas2823 És milyen igazad lett!☝️👌👍👍👍\n')).toBe(true);

    // Codings keep their creating user as coder: every Coding in this file names Gergo.
    const coders = await t.call('coders.list', {});
    expect(coders.map((c) => `${c.initials} ${c.name}`)).toEqual(['FL floriansipos', 'GE Gergo']);
    const byCoder = (initials: string) => doc.codings.filter((c) => c.coderId === coders.find((x) => x.initials === initials)!.id).length;
    expect(byCoder('GE')).toBe(303);
    expect(byCoder('FL')).toBe(0);
    // Hierarchy and descriptions came along.
    const top = [...codes.values()].filter((c) => c.parentId === null).map((c) => c.name);
    expect(top.slice(0, 3)).toEqual(['1. Oltás típusa', '2. Attitűd szint az oltáshoz', '3. Retorikai eszköz']);
    expect([...codes.values()].find((c) => c.name === '2. Attitűd szint az oltáshoz')!.description).toBe(
      'Erősen szkeptikus (piros)\nEnyhén szkeptikus, kétkedő (sárga)\nElfogadó (zöld)',
    );
    expect(Math.max(...[...codes.values()].map((c) => c.path.split('/').length))).toBe(4);
  });

  it('MAXQDA 24.7: ten documents with their colours, document groups as sets, speaker turns looked for', async () => {
    const { project, report } = await importSample('maxqda-24.7_icls-themes.qdpx');
    expect(project.counts).toEqual({ documents: 10, codes: 307, codings: 0, coders: 1 });
    expect(report.notCarried).toEqual([]);
    const sets = await t.call('sets.list', {});
    expect(sets.map((s) => [s.name, s.documentIds.length])).toEqual([
      ['ICLS 2024', 5],
      ['ICLS 2025', 5],
    ]);
    const codes = await t.call('codes.list', {});
    expect(codes[0]).toMatchObject({ name: 'Additional Themes and Ideas', colour: '#ef8256' });
    expect(codes[1]).toMatchObject({ name: 'THEME - Affinity Spaces (Gee)', path: 'Additional Themes and Ideas/THEME - Affinity Spaces (Gee)' });
    const docs = await t.call('documents.list', {});
    expect(docs.map((d) => d.title)).toContain('ICLS 2024 3-10');
    expect(docs.every((d) => d.length > 30_000)).toBe(true);
    expect((await t.call('coders.list', {})).map((c) => c.name)).toEqual(['johnb']);
  });

  it('qc 1.3.2: bare paths and unnamed sources reported; 205 codings on whole lines', async () => {
    const { project, report } = await importSample('qc-1.3.2_demo-nonconformant.qdpx');
    expect(project.counts).toEqual({ documents: 2, codes: 262, codings: 205, coders: 1 });
    expect(report.adjusted.filter((e) => e.reason.includes('not an internal:// path'))).toHaveLength(2);
    const docs = await t.call('documents.list', {});
    const board = await t.call('documents.get', { documentId: docs.find((d) => d.title === 'board_2017')!.id });
    expect(board.codings.length).toBeGreaterThan(100);
    expect(board.codings.every((c) => c.start === 0 || board.text[c.start - 1] === '\n')).toBe(true);
  });

  it('NVivo for Mac 15: empty documents and 262 codes seven levels deep; coders from the users\' short ids', async () => {
    const { project } = await importSample('nvivo-mac-15.0_qc-project.qdpx');
    expect(project.counts).toEqual({ documents: 2, codes: 262, codings: 0, coders: 2 });
    expect((await t.call('coders.list', {})).map((c) => `${c.initials} ${c.name}`)).toEqual(['C cp', 'CP chrisp']);
    const codes = await t.call('codes.list', {});
    expect(Math.max(...codes.map((c) => c.path.split('/').length))).toBe(7);
    // Two "programming" codes at different levels stay two codes.
    expect(codes.filter((c) => c.name === 'programming')).toHaveLength(2);
  });

  it('ATLAS.ti 8.4 (bare .qde): codes, coders and memos kept; sources without files, media and code groups reported', async () => {
    const { project, report } = await importSample('atlasti-8.4_spec-annexA2.qde');
    expect(project.counts).toEqual({ documents: 0, codes: 14, codings: 0, coders: 3 });
    const memos = await t.call('memos.list', {});
    expect(memos.map((m) => [m.target.kind, m.title]).sort()).toEqual([
      ['project', 'My favorite Coke ad'],
      ['project', 'Research Plan'],
    ]);
    expect(report.notCarried.filter((e) => e.subject === 'text document')).toHaveLength(6);
    expect(report.notCarried.find((e) => e.subject === 'set member' && e.name === 'Feelings')?.reason).toBe('6 code(s) in set "Feelings" were left out: Coherence groups documents only');
    expect(report.adjusted.find((e) => e.subject === 'memo')?.reason).toBe('2 memo(s) attached to nothing in particular became project memos');
    expect((await t.call('codes.list', {})).map((c) => c.name)).toContain('Coke::diet Coke');
  });

  it('f4 2025.2.9 (bare .qde): a code with its memo; codings without a coder would go to a coder named after the program', async () => {
    const { project } = await importSample('f4-2025.2.9_openqda-valid-document.qde');
    expect(project.counts).toEqual({ documents: 0, codes: 1, codings: 0, coders: 0 });
    const memos = await t.call('memos.list', {});
    expect(memos.filter((m) => m.target.kind === 'code').map((m) => m.targetLabel)).toEqual(['Code: Dies ist ein Test-Code']);
  });

  it('refuses the codebook samples as projects, saying to import them as codebooks, and leaves no file', async () => {
    for (const name of ['spec-annexA1_codebook.qdc', 'taguette-1.4.1_codebook.qdc']) {
      const target = path.join(t.dir, `${name}.coherence`);
      const e = await t.fail('project.importQdpx', { path: target, file: { path: sharedPath('refi-samples', name) } });
      expect(e.code).toBe('unsupported-format');
      expect(e.message).toBe(`${name} is a REFI-QDA codebook (.qdc), not a project; import it as a codebook.`);
      expect(existsSync(target)).toBe(false);
    }
  });

  it('has covered every sample in the folder', () => {
    const tried = new Set(readdirSync(t.dir).filter((f) => f.endsWith('.coherence')).map((f) => f.replace(/\.coherence$/, '')));
    const samples = readdirSync(sharedPath('refi-samples')).filter((f) => !f.endsWith('.md'));
    expect(samples.filter((s) => !s.endsWith('.qdc')).every((s) => tried.has(s))).toBe(true);
    expect(samples).toHaveLength(8);
  });

  it('refuses to overwrite an existing project, before reading the file', async () => {
    const e = await t.fail('project.importQdpx', { path: path.join(t.dir, `${NVIVO}.coherence`), file: { path: sharedPath('refi-samples', NVIVO) } });
    expect(e.code).toBe('conflict');
    expect(e.message).toBe(`${NVIVO}.coherence already exists; choose another name for the new project.`);
  });
});
