import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectSnapshot } from '../support/projectSnapshot';
import { testCore, type TestCore } from '../support/testCore';

describe('participants, speakers and attributes', () => {
  let t: TestCore;
  beforeEach(async () => {
    t = testCore();
    await t.call('project.create', { path: path.join(t.dir, 'p.coherence') });
    const focus = path.join(t.dir, 'focus-group.txt');
    writeFileSync(focus, 'Facilitator: Welcome all.\n\nAmal: I go to the cafe.\n\nBen: I walk.\n\nFacilitator: Why?\n\nAmal: Friends.\n\nBen: Air.\n');
    const interview = path.join(t.dir, 'interview-amal.txt');
    writeFileSync(interview, 'Facilitator: Hello Amal.\n\nAmal: Hello.\n\nFacilitator: Tell me more.\n\nAmal: It helps.\n');
    await t.call('documents.import', { files: [{ path: focus }, { path: interview }] });
  });
  afterEach(() => t.close());

  it('lists speakers across documents and maps them to participants (new, existing, not a participant)', async () => {
    const labels = await t.call('speakers.list', {});
    expect(labels.map((l) => [l.label, l.documents.length])).toEqual([['Amal', 2], ['Ben', 1], ['Facilitator', 2]]);
    await t.call('speakers.map', {
      mappings: [
        { label: 'Amal', as: { newParticipant: 'Amal' } },
        { label: 'Ben', as: { newParticipant: 'Ben K.' } },
        { label: 'Facilitator', as: 'not-participant' },
      ],
    });
    const people = await t.call('participants.list', {});
    expect(people.map((p) => [p.name, p.documents.map((d) => d.title)])).toEqual([
      ['Amal', ['focus-group', 'interview-amal']],
      ['Ben K.', ['focus-group']],
    ]);
    const docs = await t.call('documents.list', {});
    expect(docs.map((d) => [d.title, d.participants.map((p) => p.name), d.unmappedSpeakers])).toEqual([
      ['focus-group', ['Amal', 'Ben K.'], 0],
      ['interview-amal', ['Amal'], 0],
    ]);
    // A later import remembers: Facilitator is not a participant, Amal is Amal.
    const more = path.join(t.dir, 'follow-up.txt');
    writeFileSync(more, 'Facilitator: Again.\n\nAmal: Yes.\n\nFacilitator: Thanks.\n\nAmal: Bye.\n');
    await t.call('documents.import', { files: [{ path: more }] });
    const followUp = (await t.call('documents.list', {})).find((d) => d.title === 'follow-up')!;
    expect(followUp.participants.map((p) => p.name)).toEqual(['Amal']);
    expect(followUp.unmappedSpeakers).toBe(0);
  });

  it('keeps typed attribute values canonical and refuses values that do not fit', async () => {
    const amal = await t.call('participants.create', { name: 'Amal' });
    const type = await t.call('attributes.create', { scope: 'participant', name: 'stakeholder type', type: 'category', allowedValues: ['client', 'staff', 'referrer'] });
    const age = await t.call('attributes.create', { scope: 'participant', name: 'age', type: 'number' });
    const joined = await t.call('attributes.create', { scope: 'participant', name: 'joined', type: 'date' });
    await t.call('participants.setAttribute', { participantId: amal.id, attributeId: type.id, value: 'CLIENT' });
    await t.call('participants.setAttribute', { participantId: amal.id, attributeId: age.id, value: ' 071 ' });
    await t.call('participants.setAttribute', { participantId: amal.id, attributeId: joined.id, value: '2024/03/01' });
    expect((await t.call('participants.list', {}))[0]!.attributes).toEqual({ [type.id]: 'client', [age.id]: '71', [joined.id]: '2024-03-01' });
    expect((await t.fail('participants.setAttribute', { participantId: amal.id, attributeId: type.id, value: 'patient' })).message).toBe(
      '"patient" is not one of the values of stakeholder type (client, staff, referrer).',
    );
    expect((await t.fail('participants.setAttribute', { participantId: amal.id, attributeId: joined.id, value: '2024-02-30' })).code).toBe('invalid-args');
    // A type change must fit the values already there.
    expect((await t.fail('attributes.update', { attributeId: type.id, type: 'number' })).message).toMatch(/"client" is not a number/);
  });

  it('imports attributes from CSV with a preview, a report of unmatched rows and nothing written on a bad value', async () => {
    await t.call('participants.create', { name: 'Amal' });
    await t.call('participants.create', { name: 'Ben' });
    const csv = path.join(t.dir, 'attributes.csv');
    writeFileSync(csv, '\ufeffparticipant,stakeholder type,age,site\nAmal,client,34,North hub\nBen,staff,51,North hub\nCara,client,29,South hub\n');
    const preview = await t.call('attributes.importPreview', { file: { path: csv }, scope: 'participant' });
    expect(preview).toMatchObject({ keyColumn: 'participant', rows: 3, matched: 2, unmatched: [{ line: 4, key: 'Cara' }] });
    expect(preview.columns.map((c) => [c.name, c.inferredType])).toEqual([
      ['stakeholder type', 'category'],
      ['age', 'number'],
      ['site', 'category'],
    ]);
    const result = await t.call('attributes.import', { file: { path: csv }, scope: 'participant', columns: [{ name: 'site', type: 'text', include: false }] });
    expect(result).toMatchObject({ updated: 2, created: 0, attributesCreated: ['stakeholder type', 'age'], unmatched: [{ line: 4, key: 'Cara' }] });
    const attrs = await t.call('attributes.list', { scope: 'participant' });
    const people = await t.call('participants.list', {});
    const value = (name: string, attr: string) => people.find((p) => p.name === name)!.attributes[attrs.find((a) => a.name === attr)!.id];
    expect([value('Amal', 'stakeholder type'), value('Ben', 'age')]).toEqual(['client', '51']);

    const bad = path.join(t.dir, 'bad.csv');
    writeFileSync(bad, 'name,age\nAmal,thirty\n');
    const before = projectSnapshot(t.core.session.project.sqlite);
    const err = await t.fail('attributes.import', { file: { path: bad }, scope: 'participant' });
    expect(err.message).toMatch(/bad\.csv: 1 value\(s\) do not fit their column, so nothing was imported\. line 2, column "age": "thirty" is not a number/);
    expect(projectSnapshot(t.core.session.project.sqlite)).toBe(before);
  });

  it('reads attributes from an Excel workbook and can create the missing participants', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('People');
    sheet.addRow(['Name', 'Stakeholder type', 'Interviewed']);
    sheet.addRow(['Dara', 'referrer', new Date(Date.UTC(2024, 4, 2))]);
    sheet.addRow(['Eli', 'referrer', new Date(Date.UTC(2024, 4, 9))]);
    const file = path.join(t.dir, 'people.xlsx');
    await workbook.xlsx.writeFile(file);
    const result = await t.call('attributes.import', { file: { path: file }, scope: 'participant', createMissing: true });
    expect(result).toMatchObject({ created: 2, updated: 2 });
    const attrs = await t.call('attributes.list', { scope: 'participant' });
    expect(attrs.map((a) => [a.name, a.type])).toEqual([['Stakeholder type', 'category'], ['Interviewed', 'date']]);
    const eli = (await t.call('participants.list', {})).find((p) => p.name === 'Eli')!;
    expect(Object.values(eli.attributes).sort()).toEqual(['2024-05-09', 'referrer']);
  });

  it('groups documents into sets and deletes documents with undo', async () => {
    const docs = await t.call('documents.list', {});
    const set = await t.call('sets.create', { name: 'Wave 1', documentIds: docs.map((d) => d.id) });
    expect((await t.call('sets.list', {}))[0]).toEqual({ id: set.id, name: 'Wave 1', documentIds: docs.map((d) => d.id) });
    const before = projectSnapshot(t.core.session.project.sqlite);
    await t.call('documents.delete', { documentIds: [docs[0]!.id] });
    expect((await t.call('documents.list', {})).map((d) => d.title)).toEqual(['interview-amal']);
    expect((await t.call('search.query', { query: 'cafe' })).documents).toBe(0);
    const undone = await t.call('history.undo', {});
    expect(undone?.label).toBe('Delete a document');
    expect(projectSnapshot(t.core.session.project.sqlite)).toBe(before);
    expect((await t.call('search.query', { query: 'cafe' })).documents).toBe(1);
  });
});
