import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectSnapshot } from '../support/projectSnapshot';
import { corpusPath } from '../support/paths';
import { testCore, type TestCore } from '../support/testCore';
import { copyProject, doWork, THREE_CODERS } from './mergeCopies';

/**
 * Merging a coder's copy of the project: what it adds, what it matches, what it finds in
 * conflict (listed before anything is written), and that it is one undoable action that,
 * repeated, changes nothing.
 */
let t: TestCore;
let main: string;
let copy: string;
const snapshot = () => projectSnapshot(t.core.session.project.sqlite);
const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

beforeEach(async () => {
  t = testCore();
  main = path.join(t.dir, 'study.coherence');
  await t.call('project.create', { path: main, sample: true });
  copy = await copyProject(t, main, 'study-JC.coherence');
  await t.call('project.open', { path: copy });
  await doWork(t, THREE_CODERS[2]!);
  await t.call('codes.create', { name: 'Trust', description: 'Believing the service will help.' });
  await t.call('coders.create', { name: 'Nadia Rahman', initials: 'NR' });
  await t.call('project.close', {});
  await t.call('project.open', { path: main });
});
afterEach(() => t.close());

describe('merging a coder’s copy', () => {
  it('plans first: what would be added and matched, without writing anything (the copy is not touched)', async () => {
    const before = snapshot();
    const copyHash = hash(copy);
    const plan = await t.call('project.merge', { path: copy, dryRun: true });
    expect(plan).toMatchObject({ merged: false, canMerge: true, conflicts: [], other: { path: copy, name: 'study', sameProject: true } });
    expect(plan.tallies).toMatchObject({
      documents: { added: 0, matched: 7 },
      codes: { added: 1, matched: 17 },
      coders: { added: 1, matched: 3 },
      codings: { added: 4, matched: 193 },
      memos: { added: 1, matched: 0 },
      assignments: { added: 3, matched: 0 },
      participants: { added: 0, matched: 9 },
    });
    expect(plan.added).toMatchObject({ codes: ['Trust'], coders: ['Nadia Rahman (NR)'], documents: [] });
    expect(snapshot()).toBe(before);
    expect(hash(copy)).toBe(copyHash);
  });

  it('merges in one undoable action; merging the same copy again changes nothing', async () => {
    const before = snapshot();
    const outcome = await t.call('project.merge', { path: copy });
    expect(outcome.merged).toBe(true);
    const jc = (await t.call('coders.list', {})).find((c) => c.initials === 'JC')!;
    const docs = (await t.call('documents.list', {})).sort((a, b) => a.id - b.id);
    const view = await t.call('documents.get', { documentId: docs[0]!.id });
    const codes = new Map((await t.call('codes.list', {})).map((c) => [c.id, c.path]));
    expect(view.codings.filter((c) => c.coderId === jc.id && c.start === 310).map((c) => [codes.get(c.codeId), view.text.slice(c.start, c.end)])).toEqual([
      ['Realist/Mechanism', view.text.slice(310, 400)],
    ]);
    const memo = (await t.call('memos.list', {})).find((m) => m.body === 'JC: not sure this is mechanism.')!;
    expect(memo).toMatchObject({ target: { kind: 'coding' }, authorId: jc.id });
    expect(memo.targetLabel).toMatch(/^Coding: Context in Client interview 01 \(Margaret\)/);
    expect((await t.call('history.list', {}))[0]?.label).toBe('Merge study-JC.coherence');

    const after = snapshot();
    const history = (await t.call('history.list', {})).length;
    const repeat = await t.call('project.merge', { path: copy });
    expect(repeat.tallies.codings).toEqual({ added: 0, matched: 197, updated: 0 });
    expect(repeat.tallies.memos).toEqual({ added: 0, matched: 1, updated: 0 });
    expect(snapshot()).toBe(after);
    expect((await t.call('history.list', {})).length).toBe(history);

    await t.call('history.undo', {});
    expect(snapshot()).toBe(before);
    await t.call('history.redo', {});
    expect(snapshot()).toBe(after);
  });

  it('refuses, before writing anything, two different coders with the same initials', async () => {
    await t.call('project.close', {});
    const other = await copyProject(t, main, 'study-other.coherence');
    await t.call('project.open', { path: other });
    await t.call('coders.create', { name: 'Sarah Owusu', initials: 'SA' });
    await t.call('project.close', {});
    await t.call('project.open', { path: main });
    await t.call('coders.create', { name: 'Samuel Adeyemi', initials: 'SA' });
    const before = snapshot();
    const plan = await t.call('project.merge', { path: other, dryRun: true });
    expect(plan.canMerge).toBe(false);
    expect(plan.conflicts[0]).toEqual({
      kind: 'coder',
      subject: 'coder SA',
      detail: 'SA is Samuel Adeyemi here but Sarah Owusu in the other project. Give one of them other initials (in either project) before merging, so their codings stay apart',
      blocking: true,
    });
    const e = await t.fail('project.merge', { path: other });
    expect(e.code).toBe('conflict');
    expect(e.message).toBe(`Nothing was merged. coder SA: ${plan.conflicts[0]!.detail}.`);
    expect(snapshot()).toBe(before);
  });

  it('lists differences it does not block on, keeping this project’s version', async () => {
    await t.call('project.close', {});
    const other = await copyProject(t, main, 'study-edited.coherence');
    await t.call('project.open', { path: other });
    const codes = await t.call('codes.list', {});
    await t.call('codes.update', { codeId: codes.find((c) => c.path === 'Realist/Context')!.id, colour: '#000000' });
    const [margaret] = (await t.call('participants.list', {})).filter((p) => p.name === 'Margaret');
    const site = (await t.call('attributes.list', { scope: 'participant' })).find((a) => a.name === 'site')!;
    await t.call('participants.setAttribute', { participantId: margaret!.id, attributeId: site.id, value: 'South hub' });
    await t.call('participants.update', { participantId: margaret!.id, description: 'Widowed.' });
    await t.call('attributes.create', { scope: 'document', name: 'Length', type: 'number' });
    await t.call('project.close', {});
    await t.call('project.open', { path: main });
    await t.call('attributes.create', { scope: 'document', name: 'length', type: 'text' });
    const plan = await t.call('project.merge', { path: other, dryRun: true });
    expect(plan.canMerge).toBe(true);
    expect(plan.conflicts.map((c) => `${c.kind} | ${c.subject} | ${c.detail}`)).toEqual([
      "code | code Realist/Context | colour (#bcaaa4 here, #000000 there) differs in the other project; this project's version is kept",
      "participant | participant Margaret | the description differs in the other project; this project's is kept",
      "attribute | document attribute length | it is a text attribute here but number in the other project; this project's type is kept, and values that do not fit it are left out",
      `attribute value | Margaret: site | "North hub" here, "South hub" in the other project; this project's value is kept`,
    ]);
    await t.call('project.merge', { path: other });
    expect((await t.call('codes.list', {})).find((c) => c.path === 'Realist/Context')!.colour).toBe('#bcaaa4');
  });

  it('brings in a document the project does not have, with its codings, speakers, participant and attributes', async () => {
    await t.call('project.close', {});
    const other = await copyProject(t, main, 'study-more.coherence');
    await t.call('project.open', { path: other });
    const transcript = corpusPath('transcripts-txt', 'mlss-interviews', 'Interview 10.txt');
    const [imported] = await t.call('documents.import', { files: [{ path: transcript }] });
    const view = await t.call('documents.get', { documentId: imported!.documentId! });
    const so = (await t.call('coders.list', {})).find((c) => c.initials === 'SO')!;
    const code = (await t.call('codes.list', {})).find((c) => c.path === 'Realist/Outcome')!;
    await t.call('codings.create', { documentId: view.id, codeId: code.id, coderId: so.id, start: 0, end: 40 });
    const phase = (await t.call('attributes.list', { scope: 'document' })).find((a) => a.name === 'phase')!;
    await t.call('documents.setAttribute', { documentId: view.id, attributeId: phase.id, value: 'interview' });
    const p = await t.call('participants.create', { name: 'Interviewee 10' });
    await t.call('documents.setParticipants', { documentId: view.id, participantIds: [p.id] });
    await t.call('sets.create', { name: 'MLSS', documentIds: [view.id] });
    await t.call('project.close', {});
    await t.call('project.open', { path: main });

    const outcome = await t.call('project.merge', { path: other });
    expect(outcome.added).toMatchObject({ documents: ['Interview 10'], participants: ['Interviewee 10'], sets: ['MLSS'] });
    const docs = await t.call('documents.list', {});
    const merged = docs.find((d) => d.title === 'Interview 10')!;
    expect(merged).toMatchObject({ codingCount: 1, participants: [{ name: 'Interviewee 10' }] });
    expect(Object.values(merged.attributes)).toEqual(['interview']);
    const text = await t.call('documents.get', { documentId: merged.id });
    expect(text.text).toBe(view.text);
    expect(text.speakers.map((s) => s.label)).toEqual(view.speakers.map((s) => s.label));
    expect((await t.call('sets.list', {})).find((s) => s.name === 'MLSS')?.documentIds).toEqual([merged.id]);
  });

  it('reads a copy marked read-only without changing it, and refuses what is not a project', async () => {
    chmodSync(copy, 0o444);
    const plan = await t.call('project.merge', { path: copy, dryRun: true });
    expect(plan.tallies.codings.added).toBe(4);
    chmodSync(copy, 0o644);
    const self = await t.fail('project.merge', { path: main, dryRun: true });
    expect(self).toMatchObject({ code: 'invalid-args', message: 'study.coherence is the open project; choose another project to merge into it.' });
    const missing = await t.fail('project.merge', { path: path.join(t.dir, 'nowhere.coherence') });
    expect(missing.code).toBe('file-not-found');
    const notes = path.join(t.dir, 'notes.coherence');
    writeFileSync(notes, 'not a database');
    const wrong = await t.fail('project.merge', { path: notes });
    expect(wrong).toMatchObject({ code: 'not-a-project', message: 'notes.coherence is not a Coherence project (it is not a database file).' });
  });
});
