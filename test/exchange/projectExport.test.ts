import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodePointMap } from '../../core/model/offsets';
import { testCore, type TestCore } from '../support/testCore';
import { entryNames, entryText } from './refiFixtures';
import { validateAgainst } from './validateXml';

/**
 * Export the sample project (with memos of every kind, a set, a yes/no attribute, a realist role
 * and a document with emoji) to .qdpx, import that into a new project, export again: the same
 * content comes back, both files are schema-valid, and every GUID is the same in both.
 */
let t: TestCore;
let first: { base64: string; xml: string; report: { notCarried: { subject: string; reason: string }[]; adjusted: { subject: string; reason: string }[] } };
let again: { xml: string };
let before: Awaited<ReturnType<typeof contentOf>>;
let after: Awaited<ReturnType<typeof contentOf>>;
let second: { base64: string; xml: string };
const EMOJI_TEXT = 'Facilitator: What helped? 🤔\nZoë: The café 😀 — people who knew my name.\n';

async function exported(): Promise<{ base64: string; xml: string; report: typeof first.report }> {
  const out = await t.call('project.exportQdpx', {});
  return { ...out, xml: await entryText(Buffer.from(out.base64, 'base64'), 'project.qde') };
}

/** Everything a researcher would compare, by names and text rather than ids. */
async function contentOf() {
  const docs = await t.call('documents.list', {});
  const title = new Map(docs.map((d) => [d.id, d.title]));
  const codes = await t.call('codes.list', {});
  const codePath = new Map(codes.map((c) => [c.id, c.path]));
  const coders = await t.call('coders.list', {});
  const initials = new Map(coders.map((c) => [c.id, c.initials]));
  const attributes = await t.call('attributes.list', {});
  const attributeName = new Map(attributes.map((a) => [a.id, `${a.scope}:${a.name}`]));
  const named = (values: Record<number, string>) => Object.fromEntries(Object.entries(values).map(([id, v]) => [attributeName.get(Number(id)), v]));
  const codings: string[] = [];
  const texts: Record<string, string> = {};
  for (const d of docs) {
    const view = await t.call('documents.get', { documentId: d.id });
    texts[d.title] = view.text;
    for (const c of view.codings) codings.push(`${d.title} | ${codePath.get(c.codeId)} | ${initials.get(c.coderId)} | ${c.start}-${c.end} | ${view.text.slice(c.start, c.end)}`);
  }
  const sets = await t.call('sets.list', {});
  return {
    coders: coders.map((c) => `${c.initials} ${c.name}`),
    documents: docs.map((d) => ({ title: d.title, words: d.words, attributes: named(d.attributes), participants: d.participants.map((p) => p.name) })),
    texts,
    codes: codes.map(({ path: p, colour, description, inclusion, exclusion, example, realistRole }) => ({ path: p, colour, description, inclusion, exclusion, example, realistRole })),
    codings: codings.sort(),
    memos: (await t.call('memos.list', {}))
      .map((m) => `${m.target.kind} | ${m.targetLabel} | ${m.title} | ${m.body} | ${m.authorId === null ? '-' : initials.get(m.authorId)} | ${m.createdAt}`)
      .sort(),
    participants: (await t.call('participants.list', {})).map((p) => ({ name: p.name, description: p.description, attributes: named(p.attributes), documents: p.documents.map((d) => d.title) })),
    attributes: attributes.map((a) => `${a.scope} | ${a.name} | ${a.type} | ${a.allowedValues.join(', ')}`).sort(),
    sets: sets.map((s) => `${s.name}: ${s.documentIds.map((id) => title.get(id)).sort().join(', ')}`),
  };
}

beforeAll(async () => {
  t = testCore();
  await t.call('project.create', { path: path.join(t.dir, 'Social prescribing.coherence'), sample: true });
  const coders = await t.call('coders.list', {});
  const so = coders.find((c) => c.initials === 'SO')!.id;
  const ew = coders.find((c) => c.initials === 'EW')!.id;
  const [emojiDoc] = await t.call('documents.import', { files: [{ name: 'Cafe group.txt', base64: Buffer.from(EMOJI_TEXT).toString('base64') }] });
  const codes = await t.call('codes.list', {});
  const mechanism = codes.find((c) => c.path === 'Realist/Mechanism')!;
  await t.call('codes.update', { codeId: mechanism.id, realistRole: 'mechanism' });
  const start = EMOJI_TEXT.indexOf('The café');
  const coding = await t.call('codings.create', { documentId: emojiDoc!.documentId!, codeId: mechanism.id, coderId: ew, start, end: start + 'The café 😀 — people who knew my name.'.length });
  const docs = await t.call('documents.list', {});
  const margaret = docs.find((d) => d.title.includes('Margaret'))!;
  const people = await t.call('participants.list', {});
  await t.call('memos.create', { target: { kind: 'project' }, title: 'Analysis plan', body: 'Framework first,\nthen CMO configurations.', authorId: so });
  await t.call('memos.create', { target: { kind: 'document', id: margaret.id }, title: 'Context', body: 'Interview at home; the kettle was on.', authorId: ew });
  await t.call('memos.create', { target: { kind: 'code', id: mechanism.id }, body: 'Feeling known is the mechanism & "trust" <here>.' });
  await t.call('memos.create', { target: { kind: 'coding', id: coding.id }, title: 'Why', body: 'Names matter 😀', authorId: ew });
  await t.call('memos.create', { target: { kind: 'participant', id: people.find((p) => p.name === 'Margaret')!.id }, title: 'Margaret', body: 'Widowed two years; COPD.', authorId: so });
  await t.call('sets.create', { name: 'Clients', documentIds: docs.filter((d) => d.title.startsWith('Client')).map((d) => d.id) });
  const consented = await t.call('attributes.create', { scope: 'participant', name: 'Consented to recording', type: 'category', allowedValues: ['yes', 'no'] });
  for (const p of people.filter((x) => ['Margaret', 'Daniel', 'Priya'].includes(x.name))) {
    await t.call('participants.setAttribute', { participantId: p.id, attributeId: consented.id, value: p.name === 'Daniel' ? 'no' : 'yes' });
  }

  before = await contentOf();
  first = await exported();
  again = await exported();
  await t.call('project.importQdpx', { path: path.join(t.dir, 'Round trip.coherence'), file: { name: 'Social prescribing.qdpx', base64: first.base64 } });
  after = await contentOf();
  second = await exported();
}, 60_000);
afterAll(() => t.close());

const withoutDates = (xml: string) => xml.replace(/ (creationDateTime|modifiedDateTime)="[^"]*"/g, '');

describe('exporting a project to REFI-QDA (.qdpx)', () => {
  it('writes schema-valid XML, before and after the round trip', async () => {
    expect(await validateAgainst('Project.xsd', first.xml)).toEqual({ valid: true, errors: [] });
    expect(await validateAgainst('Project.xsd', second.xml)).toEqual({ valid: true, errors: [] });
    expect(first.xml).toContain('origin="Coherence ');
  });

  it('writes each document as UTF-8 text without BOM, with LF line ends, named by its GUID', async () => {
    const bytes = Buffer.from(first.base64, 'base64');
    const names = await entryNames(bytes);
    expect(names[0]).toBe('project.qde');
    expect(names.filter((n) => n.startsWith('sources/'))).toHaveLength(8);
    const margaret = /<TextSource guid="([^"]+)" name="Client interview 01 \(Margaret\)" plainTextPath="internal:\/\/\1\.txt"/.exec(first.xml)!;
    const raw = Buffer.from(await entryText(bytes, `sources/${margaret[1]}.txt`), 'utf8');
    expect(raw[0]).not.toBe(0xef);
    expect(raw.includes(0x0d)).toBe(false);
    expect(raw.toString('utf8')).toBe(before.texts['Client interview 01 (Margaret)']);
    expect(raw.toString('utf8').startsWith('Interviewer: Thank you for seeing me, Margaret.')).toBe(true);
  });

  it('writes positions in code points (an emoji counts once)', () => {
    const start = EMOJI_TEXT.indexOf('The café');
    const map = new CodePointMap(EMOJI_TEXT);
    expect(map.toCodePoint(start)).toBe(start - 1);
    const emojiSource = /<TextSource guid="[^"]+" name="Cafe group"[\s\S]*?<\/TextSource>/.exec(first.xml)![0];
    expect(emojiSource).toContain(`startPosition="${start - 1}" endPosition="${map.toCodePoint(start + 'The café 😀 — people who knew my name.'.length)}"`);
  });

  it('gives every object the same GUID in every export, and keeps them through a round trip', () => {
    expect(again.xml).toBe(first.xml);
    expect(withoutDates(second.xml)).toBe(withoutDates(first.xml));
    const guids = (xml: string) => [...xml.matchAll(/guid="([^"]+)"/g)].map((m) => m[1]);
    expect(guids(first.xml).length).toBeGreaterThan(250);
    expect(guids(second.xml)).toEqual(guids(first.xml));
  });

  it('carries memos, participants, attributes and sets in the file', () => {
    expect(first.xml).toMatch(/<Note guid="[^"]+" name="Analysis plan" creatingUser="[^"]+"[^>]*>\s*<PlainTextContent>Framework first,\nthen CMO configurations.<\/PlainTextContent>/);
    expect(first.xml).toMatch(/<Note guid="[^"]+" name="Margaret"[^>]*>\s*<Description>About participant: Margaret<\/Description>/);
    expect(first.xml).toMatch(/<Variable guid="[^"]+" name="Consented to recording" typeOfVariable="Boolean">/);
    expect(first.xml).toMatch(/<Variable guid="[^"]+" name="stakeholder type" typeOfVariable="Text">\s*<Description>Coherence attribute of participants, one of:\n/);
    expect(first.xml).toMatch(/<Case guid="[^"]+" name="Margaret">[\s\S]*?<BooleanValue>true<\/BooleanValue>[\s\S]*?<SourceRef targetGUID=/);
    expect(first.xml).toMatch(/<Set guid="[^"]+" name="Clients">\s*<MemberSource/);
    expect(first.xml).toContain('Realist role: mechanism</Description>');
  });

  it('reports what REFI-QDA cannot hold, and what it holds in another form', () => {
    const subjects = first.report.notCarried.map((e) => e.subject);
    expect(subjects).toEqual(expect.arrayContaining(['speaker turns', 'speaker', 'statistics', 'history']));
    const adjusted = first.report.adjusted.map((e) => e.reason);
    expect(adjusted).toContain(
      'the inclusion criteria, exclusion criteria and examples of 17 codes were appended to their descriptions under those headings, so they survive in other programs (Coherence reads them back)',
    );
    expect(adjusted).toContain('the realist role of 1 code was written as a last line of the description ("Realist role: mechanism")');
    expect(adjusted.some((r) => r.startsWith('1 participant memo written as free-standing memos'))).toBe(true);
  });
});

describe('importing the export into a new project', () => {
  it('brings back the same documents, codes, codings, memos, participants, attributes and sets', () => {
    expect(after.documents).toEqual(before.documents);
    expect(after.texts).toEqual(before.texts);
    expect(after.codes).toEqual(before.codes);
    expect(after.codings).toEqual(before.codings);
    expect(after.codings.length).toBe(194);
    expect(after.memos).toEqual(before.memos);
    expect(after.memos.length).toBe(5);
    expect(after.participants).toEqual(before.participants);
    expect(after.attributes).toEqual(before.attributes);
    expect(after.sets).toEqual(before.sets);
    expect(after.coders).toEqual(['EW Emma Wright', 'JC Jamal Chaudhry', 'SO Sam Okoro']);
  });

  it('finds the speaker turns again', async () => {
    const docs = await t.call('documents.list', {});
    const margaret = await t.call('documents.get', { documentId: docs.find((d) => d.title === 'Client interview 01 (Margaret)')!.id });
    expect(new Set(margaret.turns.map((x) => x.speaker))).toEqual(new Set(['Interviewer', 'Margaret']));
    expect(margaret.speakers.find((s) => s.label === 'Margaret')?.participantId).not.toBeNull();
  });
});

describe('the codebook as REFI-QDA (.qdc)', () => {
  it('exports a schema-valid codebook with the same code GUIDs as the project export', async () => {
    const { fileName, xml, report } = await t.call('codebook.exportQdc', {});
    expect(fileName).toBe('Round trip codebook.qdc');
    expect(await validateAgainst('Codebook.xsd', xml)).toEqual({ valid: true, errors: [] });
    const codeGuids = (x: string) => [...x.matchAll(/<Code guid="([^"]+)" name="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(codeGuids(xml)).toEqual(codeGuids(first.xml));
    expect(report.adjusted.map((e) => e.subject)).toEqual(['code definition', 'realist role']);
  });
});
