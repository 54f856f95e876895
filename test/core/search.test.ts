import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPath } from '../support/paths';
import { testCore, type TestCore } from '../support/testCore';

describe('full-text search', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = testCore();
    await t.call('project.create', { path: path.join(t.dir, 's.coherence'), sample: true });
    await t.call('documents.import', {
      files: [
        { path: corpusPath('transcripts-txt', 'knesset-hebrew', '20_ptv_317899.txt') },
        { path: corpusPath('subtitles', 'morevna', 'morevna-ep3-zho.srt') },
        { path: corpusPath('transcripts-txt', 'changelog', 'gotime', 'go-time-163.md') },
      ],
    });
  });
  afterAll(() => t.close());

  const textOf = async (documentId: number) => (await t.call('documents.get', { documentId })).text;

  it('finds words in context, and every hit slices to its match', async () => {
    const result = await t.call('search.query', { query: 'lemon drizzle' });
    expect(result.hits.length).toBeGreaterThan(0);
    for (const hit of result.hits) {
      expect((await textOf(hit.documentId)).slice(hit.start, hit.end)).toBe(hit.match);
      expect(hit.match.toLowerCase()).toMatch(/lemon|drizzle/);
      expect(hit.before.length + hit.after.length).toBeGreaterThan(20);
    }
  });

  it('matches phrases, prefixes and ignores accents and case', async () => {
    const phrase = await t.call('search.query', { query: '"walking group"' });
    expect(phrase.hits.every((h) => h.match.toLowerCase() === 'walking group')).toBe(true);
    const prefix = await t.call('search.query', { query: 'coordinat*' });
    expect(prefix.hits.every((h) => h.match.toLowerCase().startsWith('coordinat'))).toBe(true);
    expect(prefix.hits.some((h) => h.match.toLowerCase() === 'coordinator')).toBe(true);
    const accents = await t.call('search.query', { query: 'CAFE' });
    expect(accents.hits.some((h) => h.match === 'café')).toBe(true);
  });

  it('works for Hebrew and Chinese, with exact offsets', async () => {
    const docs = await t.call('documents.list', {});
    const hebrewDoc = docs.find((d) => d.title === '20_ptv_317899')!;
    const hebrewText = await textOf(hebrewDoc.id);
    const word = hebrewText.match(/[\u05d0-\u05ea]{4,}/u)![0];
    const hebrew = await t.call('search.query', { query: word });
    expect(hebrew.hits.length).toBeGreaterThan(0);
    const hit = hebrew.hits.find((h) => h.documentId === hebrewDoc.id)!;
    expect(hebrewText.slice(hit.start, hit.end)).toBe(word);

    const chineseDoc = docs.find((d) => d.title === 'morevna-ep3-zho')!;
    const chineseText = await textOf(chineseDoc.id);
    const run = chineseText.match(/[\u4e00-\u9fff]{4,}/u)![0];
    const segments = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(run)].map((s) => s.segment).filter((s) => s.length >= 2);
    const chineseWord = segments[0] ?? run.slice(0, 2);
    const chinese = await t.call('search.query', { query: chineseWord });
    const zh = chinese.hits.find((h) => h.documentId === chineseDoc.id)!;
    expect(zh).toBeTruthy();
    expect(chineseText.slice(zh.start, zh.end)).toBe(chineseWord);
  });

  it('finds text next to emoji with UTF-16 offsets', async () => {
    const doc = (await t.call('documents.list', {})).find((d) => d.title === 'go-time-163')!;
    const text = await textOf(doc.id);
    const at = text.indexOf('💩');
    const after = text.slice(at + 2).match(/[A-Za-z]{5,}/)![0];
    const result = await t.call('search.query', { query: after, documentIds: [doc.id] });
    expect(result.hits.every((h) => text.slice(h.start, h.end).toLowerCase() === after.toLowerCase())).toBe(true);
  });

  it('folds decomposed accents and stray marks, and maps hits back to the original text', async () => {
    // "Café" typed with a combining accent, and a coordinator's name in Hangul (which decomposes).
    const text = 'P1: I met the cafe\u0301 owner and 한국어 coordinator Ms Ha\u0308nsel there.\n';
    const [imported] = await t.call('documents.import', { files: [{ name: 'decomposed.txt', base64: Buffer.from(text).toString('base64') }] });
    const id = imported!.documentId!;
    const stored = await textOf(id);
    for (const [query, expected] of [['cafe', 'cafe\u0301'], ['coordinator', 'coordinator'], ['hansel', 'Ha\u0308nsel']] as const) {
      const result = await t.call('search.query', { query, documentIds: [id] });
      expect(result.hits.map((h) => stored.slice(h.start, h.end))).toEqual([expected]);
    }
  });

  it('stops reading documents once the list is full, and says the count is a lower bound', async () => {
    const all = await t.call('search.query', { query: 'the', limit: 5000 });
    expect(all.totalIsExact).toBe(true);
    expect(all.documents).toBeGreaterThan(2);
    const first = await t.call('search.query', { query: 'the', limit: 1 });
    expect(first.hits).toHaveLength(1);
    expect(first.hits[0]).toEqual(all.hits[0]);
    expect(first.truncated).toBe(true);
    expect(first.totalIsExact).toBe(false);
    expect(first.total).toBeLessThan(all.total);
    expect(first.documents).toBe(all.documents);
  });

  it('refuses an empty query and reports nothing for unknown words', async () => {
    expect((await t.fail('search.query', { query: '  ' })).code).toBe('invalid-args');
    expect(await t.call('search.query', { query: 'xylophonequartz' })).toMatchObject({ hits: [], documents: 0, total: 0 });
  });
});
