import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../support/testCore';
import { copyProject, doWork, THREE_CODERS } from './mergeCopies';

/**
 * The double-coding workflow: the PI hands each of SO, EW and JC a copy of the project; each
 * codes the same documents in their copy; the PI merges the three copies into the project and
 * compares them. The comparison must be the one the team would get had all three coded in one
 * project directly.
 */
let t: TestCore;
let merged: string;
let direct: string;

async function compare(file: string) {
  await t.call('project.open', { path: file });
  const coders = await t.call('coders.list', {});
  const coderIds = ['SO', 'EW', 'JC'].map((i) => coders.find((c) => c.initials === i)!.id);
  const docs = (await t.call('documents.list', {})).sort((a, b) => a.id - b.id);
  const report = await t.call('agreement.compare', { coderIds, bootstrap: false });
  const words = await t.call('agreement.compare', { coderIds, documentIds: docs.slice(0, 3).map((d) => d.id), unit: 'word', bootstrap: false });
  const codings = [];
  for (const d of docs) {
    const view = await t.call('documents.get', { documentId: d.id });
    codings.push(...view.codings.map((c) => `${d.title}|${c.codeId}|${c.coderId}|${c.start}|${c.end}`));
  }
  return { report, words, codings: codings.sort(), memos: (await t.call('memos.list', {})).map((m) => `${m.targetLabel}|${m.body}`).sort() };
}

beforeAll(async () => {
  t = testCore();
  const base = path.join(t.dir, 'study.coherence');
  await t.call('project.create', { path: base, sample: true });
  const copies: string[] = [];
  for (const work of THREE_CODERS) {
    const copy = await copyProject(t, base, `study-${work.initials}.coherence`);
    await t.call('project.open', { path: copy });
    await doWork(t, work);
    await t.call('project.close', {});
    copies.push(copy);
  }
  direct = await copyProject(t, base, 'study-direct.coherence');
  await t.call('project.open', { path: direct });
  for (const work of THREE_CODERS) await doWork(t, work);
  await t.call('project.close', {});

  merged = await copyProject(t, base, 'study-merged.coherence');
  await t.call('project.open', { path: merged });
  for (const copy of copies) {
    const outcome = await t.call('project.merge', { path: copy });
    expect(outcome.merged).toBe(true);
    expect(outcome.tallies.codings.added).toBe(4);
    expect(outcome.tallies.assignments.added).toBe(3);
  }
  await t.call('project.close', {});
}, 60_000);
afterAll(() => t.close());

describe('three coders copies merged into one project', () => {
  it('hold the same codings, memos and completion marks as a project coded directly', async () => {
    const b = await compare(direct);
    const a = await compare(merged);
    expect(a.codings).toEqual(b.codings);
    expect(a.codings).toHaveLength(193 + 12);
    expect(a.memos).toEqual(b.memos);
    // The merged project (open last) has every coder's completion marks.
    expect(t.core.session.project.path).toBe(merged);
    expect((await t.call('assignments.list', {})).filter((x) => x.completedAt !== null)).toHaveLength(9);
  });

  it('give the same agreement comparison across SO, EW and JC as the project coded directly', async () => {
    const a = await compare(merged);
    const b = await compare(direct);
    expect(a.report.scope.basis).toBe('completion marks');
    expect(a.report.scope.documents.map((d) => d.title)).toEqual(b.report.scope.documents.map((d) => d.title));
    expect(a.report.scope.documents).toHaveLength(3);
    expect(a.report).toEqual(b.report);
    expect(a.words).toEqual(b.words);
    expect(a.report.report.coders.map((c) => c.id)).toEqual(['SO', 'EW', 'JC']);
    expect(a.report.report.pooled.alpha).toBeGreaterThan(0);
    expect(a.report.report.pooled.alpha).toBeLessThan(1);
    expect(a.report.report.codes.length).toBeGreaterThanOrEqual(5);
  });
});
