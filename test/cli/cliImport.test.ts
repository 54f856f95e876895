import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunner } from '../support/cliRunner';
import { corpusPath } from '../support/paths';
import { tempDir } from '../support/testCore';

describe('coherence import, participants, search', () => {
  let dir: string;
  let cleanup: () => void;
  let project: string;
  const run = (args: string[]) => cliRunner(path.join(dir, 'ud')).run(args);
  beforeAll(() => {
    ({ dir, cleanup } = tempDir());
    project = path.join(dir, 'p.coherence');
    expect(run(['new', project]).code).toBe(0);
  });
  afterAll(() => cleanup());

  it('imports a folder with per-file JSON results, including the refused .doc', () => {
    const folder = path.join(dir, 'mixed');
    mkdirSync(folder);
    copyFileSync(corpusPath('transcripts-txt', 'otter-export', 'ladybug-62-security.md'), path.join(folder, 'otter.md'));
    copyFileSync(corpusPath('transcripts-docx', 'knesset-doc', '20_ptv_317899.doc'), path.join(folder, 'legacy.doc'));
    copyFileSync(corpusPath('subtitles', 'podcast-fixtures', 'buzzcast.srt'), path.join(folder, 'buzzcast.srt'));
    const r = run(['import', project, folder, '--json']);
    expect(r.code).not.toBe(0); // one file failed
    expect(r.stderr).toBe('coherence: 1 of 3 files could not be imported.\n');
    const results = JSON.parse(r.stdout) as { file: string; status: string; reason?: string }[];
    expect(results.map((x) => [x.file, x.status])).toEqual([
      ['mixed/buzzcast.srt', 'imported'],
      ['mixed/legacy.doc', 'failed'],
      ['mixed/otter.md', 'imported'],
    ]);
    expect(results[1]!.reason).toMatch(/legacy\.doc/);
  });

  it('honours --speakers none and a custom pattern', () => {
    const file = path.join(dir, 'qa.txt');
    writeFileSync(file, 'Q. How did you hear of it?\nA. My GP.\nQ. And then?\nA. I went along.\n');
    const none = JSON.parse(run(['import', project, file, '--speakers', 'none', '--json']).stdout) as { documentId: number }[];
    const custom = JSON.parse(run(['import', project, file, '--duplicates', 'import', '--speakers', '^(?<speaker>[QA])\\. ', '--json']).stdout) as { documentId: number }[];
    expect(none[0]!.documentId).toBeGreaterThan(0);
    expect(custom[0]!.documentId).toBeGreaterThan(none[0]!.documentId);
  });

  it('imports participant attributes and lists participants with them as JSON', () => {
    const csv = path.join(dir, 'people.csv');
    writeFileSync(csv, 'participant,stakeholder type\nEmma,client\nAlban,staff\nNobody,referrer\n');
    const r = run(['participants', 'import', project, csv, '--create-missing']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('3 participants updated, 3 created');
    const listed = JSON.parse(run(['list', project, 'participants', '--json']).stdout) as { name: string; attributes: Record<string, string> }[];
    expect(listed.map((p) => [p.name, p.attributes['stakeholder type']])).toEqual([
      ['Alban', 'staff'],
      ['Emma', 'client'],
      ['Nobody', 'referrer'],
    ]);
  });

  it('searches with JSON output whose offsets slice the stored text', () => {
    const result = JSON.parse(run(['search', project, 'security', '--json']).stdout) as { hits: { title: string; start: number; end: number; match: string }[] };
    expect(result.hits.length).toBeGreaterThan(0);
    const hit = result.hits[0]!;
    const text = run(['text', project, hit.title]).stdout;
    expect(text.slice(hit.start, hit.end)).toBe(hit.match);
  });
});
