import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectSnapshot } from '../support/projectSnapshot';
import { testCore, type TestCore } from '../support/testCore';

describe('the codebook', () => {
  let t: TestCore;
  const db = () => t.core.session.project.sqlite;
  beforeEach(async () => {
    t = testCore();
    await t.call('project.create', { path: path.join(t.dir, 'c.coherence'), sample: true });
  });
  afterEach(() => t.close());

  const codeByPath = async (p: string) => (await t.call('codes.list', {})).find((c) => c.path === p)!;
  const statsOf = async (codeId: number) => (await t.call('codes.stats', {})).find((s) => s.codeId === codeId)!;

  it('keeps definitions: description, inclusion, exclusion and example', async () => {
    const soc = await codeByPath('Salutogenesis/Sense of coherence');
    expect(soc.inclusion.length).toBeGreaterThan(10);
    const updated = await t.call('codes.update', { codeId: soc.id, example: '"It all started to make sense." (Daniel)' });
    expect(updated.example).toBe('"It all started to make sense." (Daniel)');
    expect(updated.inclusion).toBe(soc.inclusion);
  });

  it('counts codings and documents per code, per coder and with children', async () => {
    const framework = await codeByPath('Collaborative care');
    const followUp = await codeByPath('Collaborative care/Scheduled follow-up');
    const stats = await statsOf(followUp.id);
    const direct = db().prepare('SELECT COUNT(*) AS n, COUNT(DISTINCT document_id) AS d FROM codings WHERE code_id = ?').get(followUp.id) as { n: number; d: number };
    expect([stats.codings, stats.documents]).toEqual([direct.n, direct.d]);
    expect(Object.values(stats.byCoder).reduce((a, b) => a + b, 0)).toBe(direct.n);
    const all = db()
      .prepare('SELECT COUNT(*) AS n FROM codings WHERE code_id IN (SELECT id FROM codes WHERE parent_id = ? OR id = ?)')
      .get(framework.id, framework.id) as { n: number };
    expect((await statsOf(framework.id)).withChildren.codings).toBe(all.n);
  });

  it('merges two codes, deletes a code, and undo brings counts and codings back exactly', async () => {
    const before = projectSnapshot(db());
    const plan = await codeByPath('Collaborative care/Structured management plan');
    const followUp = await codeByPath('Collaborative care/Scheduled follow-up');
    const planCount = (await statsOf(plan.id)).codings;
    const followUpCount = (await statsOf(followUp.id)).codings;

    const merged = await t.call('codes.merge', { sourceId: plan.id, targetId: followUp.id });
    expect(merged.path).toBe('Collaborative care/Scheduled follow-up');
    expect((await t.call('codes.list', {})).some((c) => c.id === plan.id)).toBe(false);
    expect((await statsOf(followUp.id)).codings).toBeLessThanOrEqual(planCount + followUpCount);
    expect((await statsOf(followUp.id)).codings).toBeGreaterThan(followUpCount);

    const soc = await codeByPath('Salutogenesis/Sense of coherence');
    const impact = await t.call('codes.deletionImpact', { codeId: soc.id });
    expect(impact.codes).toBe(4); // itself and its three children
    const deleted = await t.call('codes.delete', { codeId: soc.id });
    expect(deleted).toEqual(impact);
    expect((await t.call('codes.list', {})).filter((c) => c.path.startsWith('Salutogenesis/Sense of coherence'))).toEqual([]);

    expect((await t.call('history.undo', {}))?.label).toBe('Delete code Sense of coherence');
    expect((await t.call('history.undo', {}))?.label).toBe('Merge Structured management plan into Scheduled follow-up');
    expect(projectSnapshot(db())).toBe(before);
    expect((await statsOf(plan.id)).codings).toBe(planCount);
  });

  it('moves codes in the tree and refuses to put a code inside itself', async () => {
    const salutogenesis = await codeByPath('Salutogenesis');
    const support = await codeByPath('Salutogenesis/Resistance resources/Social support');
    await t.call('codes.move', { codeId: support.id, parentId: salutogenesis.id, index: 0 });
    const codes = await t.call('codes.list', {});
    expect(codes.find((c) => c.id === support.id)!.path).toBe('Salutogenesis/Social support');
    expect(codes.filter((c) => c.parentId === salutogenesis.id)[0]!.id).toBe(support.id);
    expect((await t.fail('codes.move', { codeId: salutogenesis.id, parentId: support.id })).message).toMatch(/cannot go inside itself/);
  });

  it('exports and re-imports the codebook CSV (quotes, commas and non-ASCII survive)', async () => {
    const soc = await codeByPath('Salutogenesis/Sense of coherence');
    await t.call('codes.update', { codeId: soc.id, description: 'Antonovsky: "the world is comprehensible", manageable, meaningful — café\nsecond line' });
    const { csv, fileName } = await t.call('codebook.exportCsv', {});
    expect(fileName).toBe('c codebook.csv');
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.path === soc.path)!.description).toBe('Antonovsky: "the world is comprehensible", manageable, meaningful — café\nsecond line');
    const other = testCore();
    try {
      await other.call('project.create', { path: path.join(other.dir, 'o.coherence') });
      const file = path.join(other.dir, 'codebook.csv');
      writeFileSync(file, csv);
      expect(await other.call('codebook.importCsv', { file: { path: file } })).toEqual({ created: rows.length, updated: 0 });
      const again = await other.call('codebook.exportCsv', {});
      expect(again.csv).toBe(csv);
    } finally {
      other.close();
    }
  });
});

describe('coded segments, codings CSV and memos', () => {
  let t: TestCore;
  beforeEach(async () => {
    t = testCore();
    await t.call('project.create', { path: path.join(t.dir, 's.coherence'), sample: true });
  });
  afterEach(() => t.close());

  it('retrieves coded segments of a code with its children, with participant, coder and context', async () => {
    const framework = (await t.call('codes.list', {})).find((c) => c.path === 'Collaborative care')!;
    const segments = await t.call('codings.segments', { codeId: framework.id, includeChildren: true });
    expect(segments.length).toBeGreaterThan(20);
    const margaret = segments.find((s) => s.documentTitle === 'Client interview 01 (Margaret)' && s.participant?.name === 'Margaret');
    expect(margaret).toBeTruthy();
    expect(margaret!.speaker).toBe('Margaret');
    const doc = await t.call('documents.get', { documentId: margaret!.documentId });
    expect(doc.text.slice(margaret!.start, margaret!.end)).toBe(margaret!.text);
    expect(doc.text.slice(margaret!.start - margaret!.before.length, margaret!.start)).toBe(margaret!.before);
    const so = (await t.call('coders.list', {})).find((c) => c.initials === 'SO')!;
    const onlySo = await t.call('codings.segments', { codeId: framework.id, includeChildren: true, coderIds: [so.id] });
    expect(onlySo.every((s) => s.coderInitials === 'SO')).toBe(true);
    expect(onlySo.length).toBeLessThan(segments.length);
  });

  it('imports codings from CSV in code points, creating codes, with memos; or refuses the file by line', async () => {
    const text = (await t.call('documents.get', { documentId: 2 })).text;
    const title = (await t.call('documents.get', { documentId: 2 })).title;
    const emojiAt = text.indexOf('😊');
    expect(emojiAt).toBeGreaterThan(0);
    const cp = (u: number) => Array.from(text.slice(0, u)).length;
    const passage = text.slice(emojiAt + 2, text.indexOf('.', emojiAt + 3) + 1).trim();
    const start = text.indexOf(passage, emojiAt);
    const good = path.join(t.dir, 'codings.csv');
    writeFileSync(good, `document,coder,code,start,end,memo\n"${title}",JC,New frame/Hope,${cp(start)},${cp(start + passage.length)},"after the text, he hopes"\n`);
    const result = await t.call('codings.importCsv', { file: { path: good } });
    expect(result).toEqual({ imported: 1, codesCreated: ['New frame/Hope'] });
    const hope = (await t.call('codes.list', {})).find((c) => c.path === 'New frame/Hope')!;
    const [segment] = await t.call('codings.segments', { codeId: hope.id });
    expect(segment!.text).toBe(passage);
    expect(segment!.memo).toBe('after the text, he hopes');

    const bad = path.join(t.dir, 'bad.csv');
    writeFileSync(bad, `document,coder,code,start,end\n"${title}",JC,X,5,10\nNo such document,JC,X,1,2\n"${title}",ZZ,X,1,2\n"${title}",JC,X,9,3\n"${title}",JC,X,1,99999999\n`);
    const before = projectSnapshot(t.core.session.project.sqlite);
    const err = await t.fail('codings.importCsv', { file: { path: bad } });
    expect(err.message).toMatch(/^bad\.csv: 4 problem\(s\), so nothing was imported\./);
    expect(err.message).toContain('line 3: no document titled "No such document"');
    expect(err.message).toContain('line 4: no coder with initials "ZZ"');
    expect(err.message).toContain('line 5: start and end must be whole numbers with end > start');
    expect(err.message).toMatch(/line 6: end 99999999 is past the end/);
    expect(projectSnapshot(t.core.session.project.sqlite)).toBe(before);
  });

  it('exports coded segments to CSV with participant attributes, and the export re-imports to the same codings', async () => {
    const { csv } = await t.call('codings.exportCsv', {});
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(193);
    expect(Object.keys(rows[0]!)).toEqual(['document', 'participant', 'stakeholder type', 'role', 'gender', 'age band', 'site', 'code', 'coder', 'start', 'end', 'text', 'memo']);
    const margaret = rows.find((r) => r.participant === 'Margaret')!;
    expect(margaret['stakeholder type']).toBe('client');
    // Same codings, same passages, in a fresh project with the same documents.
    const other = testCore();
    try {
      await other.call('project.create', { path: path.join(other.dir, 'o.coherence'), sample: true });
      const codings = (await other.call('codings.segments', {})).map((s) => `${s.documentTitle}|${s.codePath}|${s.coderInitials}|${s.text}`).sort();
      expect(rows.map((r) => `${r.document}|${r.code}|${r.coder}|${r.text}`).sort()).toEqual(codings);
    } finally {
      other.close();
    }
  });

  it('writes memos on every kind of thing, lists and searches them, and removes a coding memo with its coding', async () => {
    const [coding] = await t.call('codings.segments', {});
    const coder = (await t.call('coders.list', {}))[0]!;
    await t.call('memos.create', { target: { kind: 'project' }, title: 'Analysis plan', body: 'Framework first, then salutogenesis.' });
    await t.call('memos.create', { target: { kind: 'document', id: coding!.documentId }, body: 'Recorded in the cafe; noisy.' });
    await t.call('memos.create', { target: { kind: 'participant', id: 1 }, body: 'Widowed two years ago.' });
    await t.call('memos.create', { target: { kind: 'code', id: coding!.codeId }, body: 'Check boundary with Mechanism.' });
    const onCoding = await t.call('memos.create', { target: { kind: 'coding', id: coding!.codingId }, body: 'Strong example of trust.', authorId: coder.id });
    expect(onCoding.targetLabel).toMatch(/^Coding: .+ in .+: "/);
    expect((await t.call('memos.list', {})).length).toBe(5);
    expect((await t.call('memos.list', { query: 'cafe' })).map((m) => m.body)).toEqual(['Recorded in the cafe; noisy.']);
    expect((await t.call('memos.list', { target: { kind: 'coding', id: coding!.codingId } }))[0]!.body).toBe('Strong example of trust.');
    await t.call('codings.delete', { codingId: coding!.codingId });
    expect((await t.call('memos.list', {})).length).toBe(4);
    await t.call('history.undo', {});
    expect((await t.call('memos.list', { target: { kind: 'coding', id: coding!.codingId } })).length).toBe(1);
    expect((await t.fail('memos.create', { target: { kind: 'code', id: 9999 }, body: 'x' })).code).toBe('not-found');
  });

  it('adjusts a coding\'s boundaries', async () => {
    const [segment] = await t.call('codings.segments', {});
    const moved = await t.call('codings.update', { codingId: segment!.codingId, start: segment!.start + 1, end: segment!.end });
    expect(moved.start).toBe(segment!.start + 1);
    expect((await t.fail('codings.update', { codingId: segment!.codingId, start: 5, end: 3 })).code).toBe('invalid-args');
  });
});

describe('codebook details', () => {
  it('moves a code in the same step as editing it, counts documents per coder, and fetches one coding', async () => {
    const t = testCore();
    try {
      await t.call('project.create', { path: path.join(t.dir, 'd.coherence'), sample: true });
      const codes = await t.call('codes.list', {});
      const support = codes.find((c) => c.path === 'Salutogenesis/Resistance resources/Social support')!;
      const realist = codes.find((c) => c.path === 'Realist')!;
      const moved = await t.call('codes.update', { codeId: support.id, parentId: realist.id, description: 'moved' });
      expect(moved.path).toBe('Realist/Social support');
      expect((await t.call('history.list', {}))[0]!.label).toBe('Edit code Social support');
      await t.call('history.undo', {});
      expect((await t.call('codes.list', {})).find((c) => c.id === support.id)!.path).toBe(support.path);

      const stats = (await t.call('codes.stats', {})).find((s) => s.codeId === support.id)!;
      const so = (await t.call('coders.list', {})).find((c) => c.initials === 'SO')!;
      const soDocs = new Set((await t.call('codings.segments', { codeId: support.id, coderIds: [so.id] })).map((s) => s.documentId));
      expect(stats.documentsByCoder[so.id]).toBe(soDocs.size);

      const [segment] = await t.call('codings.segments', { codeId: support.id });
      expect(await t.call('codings.get', { codingId: segment!.codingId })).toEqual(segment);
      expect((await t.fail('codings.get', { codingId: 99999 })).code).toBe('not-found');
    } finally {
      t.close();
    }
  });
});
