import { describe, expect, it } from 'vitest';
import { appVersion } from '../../core/appVersion';
import {
  qdcExportReport,
  qdpxExportReport,
  readQdc,
  readQdpx,
  writeQdc,
  writeQdpx,
  type ExchangeCodebook,
  type ExchangeProject,
  type NoteAttachment,
} from '../../core/exchange';
import { CodePointMap } from '../../core/model/offsets';
import { entryNames, entryText, sample } from './refiFixtures';
import { G, roundTripProject, TEXTS } from './roundTripModel';
import { validateAgainst } from './validateXml';

function withSortedAttachments(p: ExchangeProject): ExchangeProject {
  const key = (a: NoteAttachment): string => (a.kind === 'project' ? a.kind : `${a.kind}:${a.guid}`);
  return { ...p, notes: p.notes.map((n) => ({ ...n, attachedTo: [...n.attachedTo].sort((a, b) => key(a).localeCompare(key(b))) })) };
}

describe('REFI-QDA project round trip', () => {
  it('writes a .qdpx whose project.qde is valid against Project.xsd', async () => {
    const bytes = await writeQdpx(roundTripProject());
    const names = await entryNames(bytes);
    expect(names.sort()).toEqual(['project.qde', ...[G.emoji, G.hebrew, G.cjk, G.crlf].map((g) => `sources/${g}.txt`)].sort());
    const xml = await entryText(bytes, 'project.qde');
    const result = await validateAgainst('Project.xsd', xml, 'project.qde');
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(xml).toContain('<Project xmlns="urn:QDA-XML:project:1.0" name="Clinic access study — wave 1 &amp; 2"');
    expect(xml).toContain(`origin="Coherence ${appVersion}"`);
    expect(xml).toContain(`plainTextPath="internal://${G.emoji}.txt"`);
    expect(xml).toContain('isCodable="false"');
    expect(xml).toContain('name="the bus&#10;cost &quot;£4&quot;"');
  });

  it('stores texts as UTF-8 without BOM, with LF, and positions in code points', async () => {
    const bytes = await writeQdpx(roundTripProject());
    const raw = await entryText(bytes, `sources/${G.crlf}.txt`);
    expect(raw).toBe(TEXTS.crlf);
    expect(raw).not.toContain('\r');
    expect(raw.charCodeAt(0)).not.toBe(0xfeff);
    const xml = await entryText(bytes, 'project.qde');
    const map = new CodePointMap(TEXTS.emoji);
    const start = TEXTS.emoji.indexOf('the bus cost £4');
    const m = /guid="5e100000-0000-4000-8000-000000000012"[^>]*startPosition="(\d+)" endPosition="(\d+)"/.exec(xml)!;
    expect(Number(m[1])).toBe(map.toCodePoint(start));
    expect(Number(m[2])).toBe(map.toCodePoint(start + 'the bus cost £4'.length));
    // Three astral characters come before it: 😀, and 👍 with its skin-tone modifier 🏽.
    expect(Number(m[1])).toBe(start - 3);
  });

  it('reads back the same project: sources, codes, codings on the same text, memos, cases, attributes, sets', async () => {
    const model = roundTripProject();
    const { project, report } = await readQdpx('export.qdpx', await writeQdpx(model));
    expect(report.notCarried).toEqual([]);
    expect(report.adjusted).toEqual([]);
    expect(report.offsets).toMatchObject({ profile: 'codepoint-crlf2', chosenBy: 'origin' });
    // A memo's attachments are a set: the file keeps them at their targets, not in a list.
    expect(withSortedAttachments(project)).toEqual(withSortedAttachments({ ...model, origin: `Coherence ${appVersion}` }));
    const emoji = project.sources.find((s) => s.guid === G.emoji)!;
    expect(emoji.selections.map((s) => emoji.text.slice(s.start, s.end))).toEqual([
      'Honestly 😀 it was fine 👍🏽 mostly',
      'the bus cost £4',
      '👍🏽 mostly, but the bus',
    ]);
    const crlf = project.sources.find((s) => s.guid === G.crlf)!;
    expect(crlf.text.slice(crlf.selections[0]!.start, crlf.selections[0]!.end)).toBe('Line two has 🎉 a party\nLine three');
  });

  it('keeps GUIDs stable: writing the re-imported project gives the same project.qde', async () => {
    const first = await writeQdpx(roundTripProject());
    const again = await writeQdpx(roundTripProject());
    const { project } = await readQdpx('export.qdpx', first);
    const second = await writeQdpx(project);
    const xml1 = await entryText(first, 'project.qde');
    expect(await entryText(again, 'project.qde')).toBe(xml1);
    expect(await entryText(second, 'project.qde')).toBe(xml1);
  });

  it('reports what it changed or could not write, and still writes a valid file', async () => {
    const model = roundTripProject();
    model.reportOnExport = [{ subject: 'framework matrix', reason: 'REFI-QDA has no place for framework matrices' }];
    model.codes[0]!.color = 'red';
    model.sources[0]!.selections.push({ guid: '5e100000-0000-4000-8000-0000000000ff', start: 5, end: 9999, codings: [] });
    model.sources[2]!.selections[0]!.codings.push({ guid: 'c1000000-0000-4000-8000-0000000000ff', codeGuid: 'c0000000-0000-4000-8000-0000000000ff' });
    model.cases[0]!.variableValues.push({ variableGuid: G.age, value: 'thirty-four' });
    model.notes[0]!.text = 'bell \u0007 character';
    const report = qdpxExportReport(model);
    expect(report.notCarried.map((e) => e.subject)).toEqual(['framework matrix', 'coded segment', 'coding']);
    expect(report.adjusted.map((e) => e.subject)).toEqual(['code colour', 'attribute value', 'text']);
    const bytes = await writeQdpx(model);
    expect((await validateAgainst('Project.xsd', await entryText(bytes, 'project.qde'))).valid).toBe(true);
    const { project } = await readQdpx('export.qdpx', bytes);
    expect(project.codes[0]!.color).toBeUndefined();
    expect(project.cases[0]!.variableValues.at(-1)).toEqual({ variableGuid: G.age, value: 'thirty-four' });
    expect(project.notes[0]!.text).toBe('bell \uFFFD character');
  });

  it('normalises a text handed over with CRLF and a BOM, moving its positions along', async () => {
    const model = roundTripProject();
    const raw = '\uFEFFFirst line\r\nSecond 🎉 line\r\nThird line';
    const source = model.sources[3]!;
    source.text = raw;
    source.selections = [{ guid: '5e100000-0000-4000-8000-000000000041', start: raw.indexOf('Second'), end: raw.indexOf('Third') + 5, codings: [] }];
    const report = qdpxExportReport(model);
    expect(report.adjusted.map((e) => e.reason)).toEqual(['its text had CR line ends or a byte-order mark; they were normalised']);
    const { project } = await readQdpx('export.qdpx', await writeQdpx(model));
    const back = project.sources[3]!;
    expect(back.text).toBe('First line\nSecond 🎉 line\nThird line');
    expect(back.text.slice(back.selections[0]!.start, back.selections[0]!.end)).toBe('Second 🎉 line\nThird');
  });

  it('refuses a model with a broken identifier, naming the object', async () => {
    const model = roundTripProject();
    model.codes[0]!.children[0]!.guid = 'not-a-guid';
    await expect(writeQdpx(model)).rejects.toThrow(/code "Cost & "value" <per visit>" has an invalid identifier/);
  });
});

describe('re-exporting the real samples', () => {
  const projects = [
    'nvivo-win-12.6_oltas0517.qdpx',
    'nvivo-mac-15.0_qc-project.qdpx',
    'qc-1.3.2_demo-nonconformant.qdpx',
    'maxqda-24.7_icls-themes.qdpx',
    'atlasti-8.4_spec-annexA2.qde',
    'f4-2025.2.9_openqda-valid-document.qde',
  ];

  it.each(projects)('%s: valid against Project.xsd, same codings on the same text after re-import', async (name) => {
    const { project, report } = await readQdpx(name, sample(name));
    const bytes = await writeQdpx(project);
    expect((await validateAgainst('Project.xsd', await entryText(bytes, 'project.qde'), 'project.qde')).errors).toEqual([]);
    const again = await readQdpx('re-export.qdpx', bytes);
    expect(again.report.counts).toEqual(report.counts);
    const slices = (p: typeof project): string[] =>
      p.sources.flatMap((s) => s.selections.flatMap((x) => x.codings.map((c) => `${c.codeGuid} ${s.text.slice(x.start, x.end)}`)));
    expect(slices(again.project)).toEqual(slices(project));
  });

  it.each(['spec-annexA1_codebook.qdc', 'taguette-1.4.1_codebook.qdc'])('%s: valid against Codebook.xsd after re-export', async (name) => {
    const { codebook } = await readQdc(name, sample(name));
    const xml = writeQdc(codebook);
    expect((await validateAgainst('Codebook.xsd', xml, 'codebook.qdc')).errors).toEqual([]);
    expect((await readQdc('re-export.qdc', new TextEncoder().encode(xml))).codebook.codes).toEqual(codebook.codes);
  });
});

describe('REFI-QDA codebook round trip', () => {
  const codebook = (): ExchangeCodebook => ({
    codes: roundTripProject().codes,
    sets: [{ guid: G.setWave1, name: 'Money matters', description: 'Code group', codeGuids: [G.cost, G.barriers] }],
  });

  it('writes a .qdc valid against Codebook.xsd and reads it back unchanged', async () => {
    const xml = writeQdc(codebook());
    const result = await validateAgainst('Codebook.xsd', xml, 'codebook.qdc');
    expect(result.errors).toEqual([]);
    expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
    expect(xml).toContain(`<MemberCode guid="${G.cost}"/>`);
    const { codebook: back, report } = await readQdc('codebook.qdc', new TextEncoder().encode(xml));
    expect(report.notCarried).toEqual([]);
    expect(back).toEqual({ ...codebook(), origin: `Coherence ${appVersion}` });
    expect(writeQdc(back)).toBe(xml);
  });

  it('refuses an empty codebook, which the schema cannot express', () => {
    expect(() => writeQdc({ codes: [], sets: [] })).toThrow(/must contain at least one code/);
    expect(qdcExportReport({ codes: [], sets: [{ guid: G.setWave1, name: 'x', codeGuids: [G.cost] }] }).notCarried[0]!.reason).toContain(
      'to a code not in the project',
    );
  });
});
