import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoSample, testCore, type TestCore } from '../support/testCore';

describe('the sample project', () => {
  let t: TestCore;
  beforeEach(() => (t = testCore()));
  afterEach(() => t.close());

  it('loads every document, code, coder and coding of resources/sample', async () => {
    const info = await t.call('project.create', { path: path.join(t.dir, 'sample.coherence'), sample: true });
    const csv = (name: string) => parse(readFileSync(path.join(repoSample, name)), { columns: true }) as Record<string, string>[];
    const codings = csv('codings.csv');
    expect(info.counts).toEqual({ documents: csv('documents.csv').length, codes: csv('codebook.csv').length, codings: codings.length, coders: 3 });

    const codes = await t.call('codes.list', {});
    expect(codes.map((c) => c.path)).toContain('Collaborative care/Scheduled follow-up');
    expect(codes.find((c) => c.path === 'Salutogenesis/Sense of coherence/Meaningfulness')).toBeTruthy();

    // Offsets in the CSV are code points; the stored codings are UTF-16 and cover the same words.
    const docs = await t.call('documents.list', {});
    for (const row of codings.slice(0, 40)) {
      const doc = docs.find((d) => d.title === row.document)!;
      const view = await t.call('documents.get', { documentId: doc.id });
      const expected = Array.from(view.text).slice(Number(row.start), Number(row.end)).join('');
      const code = codes.find((c) => c.path === row.code)!;
      const match = view.codings.find((c) => c.codeId === code.id && view.text.slice(c.start, c.end) === expected);
      expect(match, `${row.document} ${row.code} ${row.start}`).toBeTruthy();
    }
  });

  it('opens the same sample again from the start screen action', async () => {
    const first = await t.call('project.openSample', {});
    expect(first.counts.documents).toBe(7);
    await t.call('project.close', {});
    const again = await t.call('project.openSample', {});
    expect(again.path).toBe(first.path);
  });
});
