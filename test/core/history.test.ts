import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectSnapshot } from '../support/projectSnapshot';
import { testCore, type TestCore } from '../support/testCore';

describe('undo and redo', () => {
  let t: TestCore;
  beforeEach(async () => {
    t = testCore();
    await t.call('project.create', { path: path.join(t.dir, 'h.coherence'), sample: true });
  });
  afterEach(() => t.close());

  it('undoes every kind of change back to the start, and redoes to the end, exactly', async () => {
    const db = () => t.core.session.project.sqlite;
    const start = projectSnapshot(db());
    const docs = await t.call('documents.list', {});
    const coders = await t.call('coders.list', {});
    const code = await t.call('codes.create', { name: 'Trust', description: 'trust in the service' });
    await t.call('codings.create', { documentId: docs[0]!.id, codeId: code.id, coderId: coders[0]!.id, start: 10, end: 40 });
    const participant = await t.call('participants.create', { name: 'New person' });
    const attrs = await t.call('attributes.list', { scope: 'participant' });
    await t.call('participants.setAttribute', { participantId: participant.id, attributeId: attrs[0]!.id, value: 'client' });
    await t.call('documents.rename', { documentId: docs[1]!.id, title: 'Renamed interview' });
    await t.call('speakers.map', { mappings: [{ label: 'Interviewer', as: { newParticipant: 'Interviewer person' } }] });
    await t.call('documents.delete', { documentIds: [docs[2]!.id, docs[3]!.id] });
    await t.call('sets.create', { name: 'Clients', documentIds: [docs[0]!.id] });
    const end = projectSnapshot(db());

    const labels: string[] = [];
    for (let entry = await t.call('history.undo', {}); entry; entry = await t.call('history.undo', {})) labels.push(entry.label);
    expect(labels).toEqual([
      'Create set Clients',
      'Delete 2 documents',
      'Map speakers to participants',
      'Rename document to "Renamed interview"',
      'Set a participant attribute',
      'Add participant New person',
      'Apply Trust',
      'Add code Trust',
    ]);
    expect(projectSnapshot(db())).toBe(start);
    while (await t.call('history.redo', {}));
    expect(projectSnapshot(db())).toBe(end);
  });

  it('survives closing and reopening the project, and a new change ends the redo list', async () => {
    const file = t.core.session.project.path;
    await t.call('codes.create', { name: 'Hope' });
    await t.call('project.close', {});
    await t.call('project.open', { path: file });
    expect((await t.call('history.list', {}))[0]).toMatchObject({ label: 'Add code Hope', state: 'done' });
    expect((await t.call('history.undo', {}))?.label).toBe('Add code Hope');
    expect((await t.call('codes.list', {})).some((c) => c.name === 'Hope')).toBe(false);
    await t.call('codes.create', { name: 'Fear' });
    expect(await t.call('history.redo', {})).toBeNull();
    expect((await t.call('history.list', {})).map((h) => h.label)).toEqual(['Add code Fear']);
  });

  it('undoes a whole import in one step', async () => {
    const before = projectSnapshot(t.core.session.project.sqlite);
    const results = await t.call('documents.import', { files: [{ name: 'a.txt', base64: Buffer.from('A: one\n\nB: two\n\nA: three\n\nB: four\n').toString('base64') }, { name: 'b.txt', base64: Buffer.from('more text').toString('base64') }] });
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported']);
    expect((await t.call('history.undo', {}))?.label).toBe('Import 2 files');
    expect(projectSnapshot(t.core.session.project.sqlite)).toBe(before);
  });
});

describe('who did what, and undoing the right thing', () => {
  it('records the current coder on every change and refuses to undo past a newer action', async () => {
    const t = testCore();
    try {
      await t.call('project.create', { path: path.join(t.dir, 'w.coherence'), sample: true });
      const ew = (await t.call('coders.list', {})).find((c) => c.initials === 'EW')!;
      await t.call('coders.setCurrent', { coderId: ew.id });
      await t.call('codes.create', { name: 'Hope' });
      const [first] = await t.call('history.list', {});
      expect(first).toMatchObject({ label: 'Add code Hope', coder: 'EW' });
      await t.call('codes.create', { name: 'Fear' });
      const err = await t.fail('history.undo', { expectedId: first!.id });
      expect(err.code).toBe('conflict');
      expect(err.message).toBe('"Add code Fear" happened since; undo that first (or use the activity history).');
      expect((await t.call('codes.list', {})).some((c) => c.name === 'Fear')).toBe(true);
      const latest = (await t.call('history.list', {}))[0]!;
      expect((await t.call('history.undo', { expectedId: latest.id }))?.label).toBe('Add code Fear');
    } finally {
      t.close();
    }
  });
});
