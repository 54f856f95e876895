import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { readQdc, readQdpx, type ExchangeCode, type ExchangeProject } from '../../core/exchange';
import { sharedPath } from '../support/paths';
import { sample } from './refiFixtures';

/** Every real export in /work/shared/refi-samples, read with its real content checked. */

function codeNames(codes: ExchangeCode[]): string[] {
  return codes.flatMap((c) => [c.name, ...codeNames(c.children)]);
}

function codingCount(p: ExchangeProject): number {
  return p.sources.reduce((n, s) => n + s.codings.length + s.selections.reduce((m, x) => m + x.codings.length, 0), 0);
}

function depth(codes: ExchangeCode[]): number {
  return codes.length ? 1 + Math.max(...codes.map((c) => depth(c.children))) : 0;
}

describe('REFI-QDA samples', () => {
  it('covers every file in the samples folder', () => {
    const files = readdirSync(sharedPath('refi-samples')).filter((f) => !f.endsWith('.md'));
    expect(files.sort()).toEqual([
      'atlasti-8.4_spec-annexA2.qde',
      'f4-2025.2.9_openqda-valid-document.qde',
      'maxqda-24.7_icls-themes.qdpx',
      'nvivo-mac-15.0_qc-project.qdpx',
      'nvivo-win-12.6_oltas0517.qdpx',
      'qc-1.3.2_demo-nonconformant.qdpx',
      'spec-annexA1_codebook.qdc',
      'taguette-1.4.1_codebook.qdc',
    ]);
  });

  it('NVivo for Windows 12.6: capital Sources/, BOM + CRLF text, 303 codings by two coders', async () => {
    const { project, report } = await readQdpx('oltas.qdpx', sample('nvivo-win-12.6_oltas0517.qdpx'));
    expect(report.origin).toBe('NVivo for Windows 12.6');
    expect(report.counts).toMatchObject({ users: 2, codes: 152, sources: 2, selections: 303, codings: 303, cases: 0, notes: 0, sets: 0 });
    expect(project.users.map((u) => u.name)).toEqual(['Gergo', 'floriansipos']);
    expect(project.codes.map((c) => c.name).slice(0, 3)).toEqual(['1. Oltás típusa', '2. Attitűd szint az oltáshoz', '3. Retorikai eszköz']);
    expect(project.codes[0]!.children.map((c) => c.name)).toEqual(['COVID', 'Nem COVID']);
    expect(project.codes[1]!.description).toBe('Erősen szkeptikus (piros)\nEnyhén szkeptikus, kétkedő (sárga)\nElfogadó (zöld)');
    expect(depth(project.codes)).toBe(4);
    expect(project.sources.map((s) => s.name)).toEqual(['videos_selection', 'videos_10_selected']);
    const coded = project.sources[1]!;
    expect(coded.text).not.toContain('\r');
    expect(coded.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(coded.selections[0]!.codings[0]!.creatingUser).toBe('29518289-d0e3-447b-b7dd-ae1d8cd880a0');
    expect(codingCount(project)).toBe(303);
    expect(report.notCarried).toEqual([
      {
        subject: 'formatted text',
        reason: '2 document(s) also came as a formatted Word file (richTextPath); their plain text was imported, without the formatting',
      },
    ]);
  });

  it('NVivo for Mac 15: junk sources/.root ignored, 262 codes 7 levels deep, empty documents', async () => {
    const { project, report } = await readQdpx('qc.qdpx', sample('nvivo-mac-15.0_qc-project.qdpx'));
    expect(report.counts).toMatchObject({ users: 2, codes: 262, sources: 2, selections: 0, codings: 0 });
    expect(project.users.find((u) => u.id === 'CP')?.name).toBe('chrisp');
    expect(depth(project.codes)).toBe(7);
    // Hex-encoded ASCII, not RFC 4122, and accepted as is.
    expect(project.users[1]!.guid).toBe('39633935-3331-3962-6632-373436373264');
    expect(codeNames(project.codes).filter((n) => n === 'programming')).toHaveLength(2);
    expect(project.sources.map((s) => s.text)).toEqual(['\n', '\n']);
  });

  it('qc 1.3.2: bare plainTextPath names resolved inside the archive and reported', async () => {
    const { project, report } = await readQdpx('demo.qdpx', sample('qc-1.3.2_demo-nonconformant.qdpx'));
    expect(report.counts).toMatchObject({ users: 1, codes: 262, sources: 2, selections: 158, codings: 205 });
    expect(project.sources.map((s) => s.name)).toEqual(['board_2017', 'admin-1']);
    expect(report.adjusted.filter((e) => e.reason.includes('not an internal:// path'))).toHaveLength(2);
    expect(report.adjusted.filter((e) => e.reason.includes('it had no name'))).toHaveLength(2);
    const board = project.sources[0]!;
    expect(codingCount(project)).toBe(205);
    const multi = board.selections.find((s) => s.name === 'line:836')!;
    expect(multi.codings).toHaveLength(4);
    // qc codes whole lines: every selection starts at the beginning of a line.
    expect(board.selections.every((s) => s.start === 0 || board.text[s.start - 1] === '\n')).toBe(true);
  });

  it('MAXQDA 24.7: upper-case GUID file names, colours, document groups as sets', async () => {
    const { project, report } = await readQdpx('icls.qdpx', sample('maxqda-24.7_icls-themes.qdpx'));
    expect(report.counts).toMatchObject({ users: 1, codes: 307, sources: 10, selections: 0, codings: 0, sets: 2 });
    expect(project.codes[0]!.name).toBe('Additional Themes and Ideas');
    expect(project.codes[0]!.color).toBe('#ef8256');
    expect(project.codes[0]!.children[0]!.name).toBe('THEME - Affinity Spaces (Gee)');
    expect(project.sources[0]!.guid).toBe('c5e4c960-5296-4fde-8c63-deaba4e17f92');
    expect(project.sources[0]!.name).toBe('ICLS 2024 3-10');
    expect(project.sources.every((s) => s.text.length > 30_000)).toBe(true);
    expect(project.sets.map((s) => [s.name, s.sourceGuids.length])).toEqual([
      ['ICLS 2024', 5],
      ['ICLS 2025', 5],
    ]);
  });

  it('ATLAS.ti 8.4 (spec Annex A.2, bare .qde): codes, memos and sets kept; sources without their files reported', async () => {
    const { project, report } = await readQdpx('annex.qde', sample('atlasti-8.4_spec-annexA2.qde'));
    expect(report.counts).toMatchObject({ users: 3, codes: 14, sources: 0, notes: 2, sets: 16 });
    expect(codeNames(project.codes)).toContain('Coke::diet Coke');
    expect(codeNames(project.codes)).toContain('"rushed"');
    expect(project.codes.find((c) => c.name === 'cornflakes')?.description).toBe('breakfast cereal made by Kellogg’s');
    expect(project.notes.map((n) => n.name)).toEqual(['Research Plan', 'My favorite Coke ad']);
    expect(project.notes[0]!.text).toBe('This is a great project by a dynamic team of researcher-developers. ');
    expect(project.sets.find((s) => s.name === 'Feelings')?.codeGuids).toHaveLength(6);
    const subjects = report.notCarried.map((e) => e.subject);
    expect(subjects.filter((s) => s === 'text document')).toHaveLength(6);
    expect(subjects).toEqual(expect.arrayContaining(['picture', 'PDF document', 'audio recording', 'video', 'link', 'graph', 'set member']));
    expect(report.notCarried.find((e) => e.subject === 'text document')?.reason).toContain('a bare .qde file carries no source files');
    expect(report.notCarried.find((e) => e.subject === 'picture')?.reason).toBe('Coherence imports text documents only; its 2 coding(s) were not carried over');
    expect(report.notCarried.find((e) => e.subject === 'graph')?.name).toBe('Netzwerk');
  });

  it('f4 2025.2.9 (bare .qde): no users, memo on a code, memo texts in files that are missing', async () => {
    const { project, report } = await readQdpx('f4.qde', sample('f4-2025.2.9_openqda-valid-document.qde'));
    expect(report.counts).toMatchObject({ users: 0, codes: 1, sources: 0, notes: 3 });
    expect(project.codes[0]).toMatchObject({ name: 'Dies ist ein Test-Code', color: '#044b9b', description: 'Dies ist der Kommentar vom Test-Code' });
    const codeMemo = project.notes.find((n) => n.guid === '768169b3-d336-4ef3-8060-83bcb776a23d')!;
    expect(codeMemo.attachedTo).toEqual([{ kind: 'code', guid: project.codes[0]!.guid }]);
    expect(report.adjusted.filter((e) => e.subject === 'memo')).toHaveLength(3);
    expect(report.notCarried.filter((e) => e.subject === 'text document').map((e) => e.name)).toEqual([
      'Interview 15mins',
      'Interview 30mins',
      'Interview 60mins',
      'testfile',
    ]);
  });

  it('spec Annex A.1 codebook: braces and bare GUIDs, folder codes, lower-case colours', async () => {
    const { codebook, report } = await readQdc('annex.qdc', sample('spec-annexA1_codebook.qdc'));
    expect(report.counts.codes).toBe(6);
    expect(codebook.codes.map((c) => [c.name, c.isCodable, c.color ?? null])).toEqual([
      ['Topics', false, null],
      ['Economy', true, '#ffff00'],
      ['Health care', true, '#33cc33'],
      ['Values', false, null],
      ['Conservatives', true, '#ff0000'],
      ['Liberals', true, '#0000ff'],
    ]);
    expect(codebook.codes[0]!.guid).toBe('5215cc69-b628-4e02-afb9-9beeaee55808');
    expect(codebook.codes[3]!.guid).toBe('9fa9bcb7-5b59-47a9-8c3e-f65cffdc7520');
  });

  it('Taguette 1.4.1 codebook: schema-invalid empty <Sets/> accepted', async () => {
    const { codebook, report } = await readQdc('taguette.qdc', sample('taguette-1.4.1_codebook.qdc'));
    expect(report.origin).toBe('Taguette 1.4.1');
    expect(codebook.codes.map((c) => c.name)).toEqual(['xsd:element name', 'CodeBook', 'Variables']);
    expect(codebook.codes[0]!.guid).toBe('098ac082-a9c7-50f4-9728-48730081a95e');
    expect(codebook.sets).toEqual([]);
  });

  it('refuses a codebook given as a project and a project given as a codebook, saying which it is', async () => {
    await expect(readQdpx('taguette.qdc', sample('taguette-1.4.1_codebook.qdc'))).rejects.toThrow(/is a REFI-QDA codebook \(\.qdc\), not a project/);
    await expect(readQdc('oltas.qdpx', sample('nvivo-win-12.6_oltas0517.qdpx'))).rejects.toThrow(/zip archive .* not a REFI-QDA codebook/);
    await expect(readQdc('annex.qde', sample('atlasti-8.4_spec-annexA2.qde'))).rejects.toThrow(/main element is <Project>.*import it as a project/);
  });
});
