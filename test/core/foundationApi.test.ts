import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../core/api';
import { corpusPath } from '../support/paths';
import { testCore, type TestCore } from '../support/testCore';

describe('the API over a real project file', () => {
  let t: TestCore;
  let events: ApiEvent[];
  beforeEach(() => {
    t = testCore();
    events = [];
    t.core.onEvent((e) => events.push(e));
  });
  afterEach(() => t.close());

  it('answers "no project" until one is open', async () => {
    expect(await t.call('project.current', {})).toBeNull();
    const err = await t.fail('documents.list', {});
    expect(err.code).toBe('no-project');
    expect(err.message).toMatch(/No project is open/);
  });

  it('validates arguments at the boundary with readable messages', async () => {
    const err = await t.fail('project.create', { path: '' } as never);
    expect(err.code).toBe('invalid-args');
    expect(err.message).toMatch(/path/);
    const unknown = await t.core.handle('codes.explode', {});
    expect(unknown).toEqual({ ok: false, error: { code: 'unknown-method', message: 'Coherence has no method "codes.explode".' } });
  });

  it('creates a project, imports text, codes it and reads it back after reopening', async () => {
    const file = path.join(t.dir, 'study.coherence');
    const info = await t.call('project.create', { path: file });
    expect(info.name).toBe('study');
    expect(events.map((e) => e.name)).toContain('project.changed');

    const transcript = corpusPath('transcripts-txt', 'mlss-interviews', 'Interview 4.txt');
    const [result] = await t.call('documents.import', { files: [{ path: transcript }] });
    expect(result).toMatchObject({ status: 'imported', title: 'Interview 4' });

    const coder = await t.call('coders.create', { name: 'Emma Wright', initials: 'ew' });
    expect(coder.initials).toBe('EW');
    const framework = await t.call('codes.create', { name: 'Collaborative care' });
    const followUp = await t.call('codes.create', { name: 'Scheduled follow-up', parentId: framework.id });
    expect(followUp.path).toBe('Collaborative care/Scheduled follow-up');

    const doc = await t.call('documents.get', { documentId: result!.documentId! });
    const start = doc.text.indexOf('machine learning software system');
    const coding = await t.call('codings.create', { documentId: doc.id, codeId: followUp.id, coderId: coder.id, start, end: start + 32 });
    expect(events.some((e) => e.name === 'codings.changed')).toBe(true);

    await t.call('project.close', {});
    await t.call('project.open', { path: file });
    const again = await t.call('documents.get', { documentId: doc.id });
    expect(again.codings).toEqual([coding]);
    expect(again.text.slice(coding.start, coding.end)).toBe('machine learning software system');
    const list = await t.call('documents.list', {});
    expect(list[0]).toMatchObject({ title: 'Interview 4', codingCount: 1, format: 'txt' });
    expect(await t.call('project.recent', {})).toEqual([expect.objectContaining({ path: file, name: 'study' })]);
  });

  it('refuses codings outside the text or splitting an emoji, and unknown references', async () => {
    await t.call('project.create', { path: path.join(t.dir, 'p.coherence') });
    const src = path.join(t.dir, 'emoji.txt');
    writeFileSync(src, 'See you Thursday 😊 bye');
    const [r] = await t.call('documents.import', { files: [{ path: src }] });
    const coder = await t.call('coders.create', { name: 'Jamal Chaudhry', initials: 'JC' });
    const code = await t.call('codes.create', { name: 'Social support' });
    const base = { documentId: r!.documentId!, codeId: code.id, coderId: coder.id };
    const emoji = 'See you Thursday '.length;
    expect((await t.fail('codings.create', { ...base, start: emoji + 1, end: emoji + 4 })).message).toMatch(/inside a character/);
    expect((await t.fail('codings.create', { ...base, start: 0, end: 999 })).message).toMatch(/runs past the end/);
    expect((await t.fail('codings.create', { ...base, codeId: 999, start: 0, end: 3 })).code).toBe('not-found');
    expect((await t.fail('codings.create', { ...base, start: 5, end: 5 })).code).toBe('invalid-args');
    const ok = await t.call('codings.create', { ...base, start: emoji, end: emoji + 2 });
    expect(ok.end - ok.start).toBe(2);
  });

  it('refuses duplicate code names at one level and duplicate initials', async () => {
    await t.call('project.create', { path: path.join(t.dir, 'p.coherence') });
    await t.call('codes.create', { name: 'Trust' });
    expect((await t.fail('codes.create', { name: 'trust' })).code).toBe('conflict');
    await t.call('coders.create', { name: 'Sam Okoro', initials: 'SO' });
    expect((await t.fail('coders.create', { name: 'Someone Else', initials: 'so' })).message).toMatch(/SO already belong to Sam Okoro/);
  });

  it('imports each file in its own transaction: a bad file is reported and the others land', async () => {
    await t.call('project.create', { path: path.join(t.dir, 'p.coherence') });
    const empty = path.join(t.dir, 'empty.txt');
    writeFileSync(empty, '');
    const good = corpusPath('transcripts-txt', 'mlss-interviews', 'Interview 10.txt');
    const results = await t.call('documents.import', { files: [{ path: empty }, { path: path.join(t.dir, 'missing.txt') }, { path: good }] });
    expect(results.map((r) => r.status)).toEqual(['failed', 'failed', 'imported']);
    expect(results[0]!.reason).toMatch(/empty/);
    expect(results[1]!.reason).toMatch(/missing\.txt does not exist/);
    expect((await t.call('documents.list', {})).map((d) => d.title)).toEqual(['Interview 10']);
    const again = await t.call('documents.import', { files: [{ path: good }] });
    expect(again[0]).toMatchObject({ status: 'skipped', reason: 'already imported as "Interview 10"' });
  });

  it('reports progress for an import with an operation id', async () => {
    await t.call('project.create', { path: path.join(t.dir, 'p.coherence') });
    const files = ['Interview 4.txt', 'Interview 10.txt'].map((f) => ({ path: corpusPath('transcripts-txt', 'mlss-interviews', f) }));
    await t.call('documents.import', { files, operationId: 'op-1' });
    const progress = events.filter((e) => e.name === 'operation.progress').map((e) => e.payload as { done: number; total: number });
    // The first and the last are always sent; those between are throttled.
    expect(progress[0]!.done).toBe(0);
    expect(progress.at(-1)!.done).toBe(2);
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort());
    expect(progress.every((p) => p.total === 2)).toBe(true);
  });
});
