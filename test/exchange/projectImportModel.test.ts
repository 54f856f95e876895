import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeQdpx } from '../../core/exchange';
import type { QdpxImportResult } from '../../core/contract/exchange';
import { testCore, type TestCore } from '../support/testCore';
import { CODE_B, projectXml, SOURCE_1, zipOf } from './refiFixtures';
import { roundTripProject, TEXTS } from './roundTripModel';

/**
 * A synthetic REFI project with everything the mapping handles — cases with typed variables,
 * document variables, memos on every kind of object, segment comments, a memo-only passage,
 * whole-document codings, a folder code, a set of documents and codes — imported through the
 * API, then read back object by object.
 */
let t: TestCore;
let result: QdpxImportResult;
beforeAll(async () => {
  t = testCore();
  const bytes = await writeQdpx(roundTripProject());
  result = await t.call('project.importQdpx', { path: path.join(t.dir, 'model.coherence'), file: { name: 'clinic.qdpx', base64: Buffer.from(bytes).toString('base64') } });
});
afterAll(() => t.close());

const reasons = (list: { subject: string; reason: string }[]) => list.map((e) => `${e.subject}: ${e.reason}`);

describe('a REFI project mapped into Coherence', () => {
  it('makes the project with its name, documents, coders and codings', async () => {
    expect(result.project.name).toBe('Clinic access study — wave 1 & 2');
    expect(result.project.counts).toEqual({ documents: 4, codes: 6, codings: 9, coders: 2 });
    const docs = await t.call('documents.list', {});
    expect(docs.map((d) => d.title).sort()).toEqual(['Interview 01 😀', 'Interview 03 日本', 'Interview 04 (Windows)', 'ראיון 02']);
    const emoji = await t.call('documents.get', { documentId: docs.find((d) => d.title === 'Interview 01 😀')!.id });
    expect(emoji.text).toBe(TEXTS.emoji);
    const codes = new Map((await t.call('codes.list', {})).map((c) => [c.id, c]));
    const coders = new Map((await t.call('coders.list', {})).map((c) => [c.id, c.initials]));
    expect(emoji.codings.map((c) => [codes.get(c.codeId)!.name, coders.get(c.coderId), emoji.text.slice(c.start, c.end)])).toEqual([
      // The whole-document coding covers the whole text.
      ['Barriers', 'EW', TEXTS.emoji],
      ['Facilitators', 'SO', 'Honestly 😀 it was fine 👍🏽 mostly'],
      ['Access', 'EW', 'Honestly 😀 it was fine 👍🏽 mostly'],
      ['Transport', 'SO', '👍🏽 mostly, but the bus'],
      ['Cost & "value" <per visit>', 'SO', 'the bus cost £4'],
    ]);
  });

  it('keeps the code tree, colours and descriptions; folder codes become ordinary codes', async () => {
    const codes = await t.call('codes.list', {});
    expect(codes.map((c) => c.path)).toEqual(['Barriers', 'Barriers/Cost & "value" <per visit>', 'Barriers/Access', 'Barriers/Access/Transport', 'Framework', 'Framework/Facilitators']);
    expect(codes[0]).toMatchObject({ colour: '#c0392b', description: 'Anything that stops people reaching care' });
    expect(reasons(result.report.adjusted)).toContain('code: 1 folder code(s) (not meant for coding) became ordinary codes; Coherence codes can always be applied');
  });

  it('turns the case into a participant with typed attributes, and document variables into document attributes', async () => {
    const attributes = await t.call('attributes.list', {});
    expect(attributes.map((a) => [a.scope, a.name, a.type, a.allowedValues])).toEqual([
      ['document', 'Site', 'text', []],
      ['participant', 'Age', 'number', []],
      ['participant', 'Consented', 'category', ['no', 'yes']],
      ['participant', 'Interview date', 'date', []],
      ['participant', 'Satisfaction', 'number', []],
    ]);
    const [p01] = await t.call('participants.list', {});
    const named = (values: Record<number, string>) => Object.fromEntries(Object.entries(values).map(([id, v]) => [attributes.find((a) => a.id === Number(id))!.name, v]));
    expect(p01).toMatchObject({ name: 'P01', description: 'First participant' });
    expect(named(p01!.attributes)).toEqual({ Age: '34', Consented: 'yes', 'Interview date': '2024-05-01', Satisfaction: '3.5' });
    // The whole document, and the document holding a passage of the case.
    expect(p01!.documents.map((d) => d.title).sort()).toEqual(['Interview 01 😀', 'ראיון 02']);
    const docs = await t.call('documents.list', {});
    expect(docs.map((d) => [d.title, named(d.attributes)]).sort()).toEqual([
      ['Interview 01 😀', { Site: 'North clinic' }],
      ['Interview 03 日本', {}],
      ['Interview 04 (Windows)', {}],
      ['ראיון 02', { Site: 'South clinic' }],
    ]);
    expect(reasons(result.report.adjusted)).toContain('case member: 1 passage(s) of case "P01" in 1 document(s) became links to those whole documents');
  });

  it('turns notes, segment comments and descriptions into memos on the right things', async () => {
    const memos = await t.call('memos.list', {});
    const shown = memos.map((m) => `${m.target.kind} | ${m.targetLabel.replace(/: ".*$/s, '')} | ${m.title} | ${m.body.split('\n')[0]}`).sort();
    expect(shown).toEqual([
      'code | Code: Cost & "value" <per visit> | About cost | Cost means money and time.',
      'coding | Coding: Cost & "value" <per visit> in Interview 01 😀 | Comment | Coding comment: cost of the bus & the fare',
      'coding | Coding: Cost & "value" <per visit> in Interview 01 😀 | Segment memo | short',
      'coding | Coding: Facilitators in Interview 01 😀 | Segment memo | short',
      'document | Document: Interview 01 😀 | Segment memo | short',
      'document | Document: ראיון 02 | Comment | On the passage “English” (characters 35–42):',
      'project | Project |  | A free-standing memo without a name.',
      'project | Project | Project description | Project memo: double-coded by SO and EW.',
      'project | Project | Project journal | Started coding.',
    ]);
    const coders = await t.call('coders.list', {});
    expect(memos.find((m) => m.title === 'About cost')!.authorId).toBe(coders.find((c) => c.initials === 'EW')!.id);
    expect(memos.find((m) => m.title === 'Project journal')!.body).toBe('Started coding.\n\tIndented & "quoted" <tag>');
  });

  it('keeps the set of documents and reports the codes and memos it also held', async () => {
    const sets = await t.call('sets.list', {});
    expect(sets.map((s) => [s.name, s.documentIds.length])).toEqual([['Wave 1', 2]]);
    expect(reasons(result.report.notCarried)).toContain('set member: 1 code(s) and 1 memo(s) in set "Wave 1" were left out: Coherence groups documents only');
  });
});

describe('codings without a coder', () => {
  it('go to a coder named after the producing program, and the report says how many', async () => {
    const text = 'Interviewer: Why?\nP1: The cost of the bus.\n';
    const xml = projectXml(
      `<CodeBook><Codes><Code guid="${CODE_B}" name="Cost" isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="${SOURCE_1}" name="Interview" plainTextPath="internal://${SOURCE_1}.txt">` +
        `<PlainTextSelection guid="5e100000-0000-4000-8000-00000000aaaa" startPosition="22" endPosition="41"><Coding guid="c1000000-0000-4000-8000-00000000aaaa"><CodeRef targetGUID="${CODE_B}"/></Coding></PlainTextSelection>` +
        `</TextSource></Sources>`,
      'xmlns="urn:QDA-XML:project:1.0" name="Anonymous" origin="NVivo 14.23.0"',
    );
    const zip = await zipOf({ 'project.qde': xml, [`sources/${SOURCE_1}.txt`]: text });
    const imported = await t.call('project.importQdpx', { path: path.join(t.dir, 'anonymous.coherence'), file: { name: 'anonymous.qdpx', base64: Buffer.from(zip).toString('base64') } });
    expect(await t.call('coders.list', {})).toEqual([expect.objectContaining({ name: 'NVivo', initials: 'NV' })]);
    expect(reasons(imported.report.adjusted)).toContain('coding: 1 coding(s) named no coder in the file (or a coder not in it); they were given to a coder called "NVivo"');
    const [doc] = await t.call('documents.list', {});
    const view = await t.call('documents.get', { documentId: doc!.id });
    expect(view.codings.map((c) => view.text.slice(c.start, c.end))).toEqual(['The cost of the bus']);
  });
});
