import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunner } from '../support/cliRunner';
import { corpusPath } from '../support/paths';
import { tempDir, testCore } from '../support/testCore';

describe('coherence codebook and codings', () => {
  let dir: string;
  let cleanup: () => void;
  let project: string;
  const run = (args: string[]) => cliRunner(path.join(dir, 'ud')).run(args);
  beforeAll(() => {
    ({ dir, cleanup } = tempDir());
    project = path.join(dir, 'p.coherence');
    run(['new', project]);
    run(['import', project, corpusPath('transcripts-txt', 'changelog', 'gotime', 'go-time-163.md')]);
  });
  afterAll(() => cleanup());

  it('imports codings in code points (past an emoji), creates codes and coders must exist', () => {
    const text = run(['text', project, 'go-time-163']).stdout;
    const cps = Array.from(text);
    const emoji = cps.findIndex((c) => c.codePointAt(0)! > 0xffff);
    const file = path.join(dir, 'codings.csv');
    writeFileSync(file, `document,coder,code,start,end,memo\ngo-time-163,SO,Humour/Emoji,${emoji},${emoji + 40},first\n`);
    const noCoder = run(['codings', 'import', project, file]);
    expect(noCoder.code).not.toBe(0);
    expect(noCoder.stderr).toMatch(/^coherence: codings\.csv: 1 problem\(s\), so nothing was imported\. line 2: no coder with initials "SO"/);

    const coders = path.join(dir, 'coders.csv');
    writeFileSync(coders, 'path\nHumour\n');
    expect(run(['codebook', 'import', project, coders]).stdout).toBe('1 codes created, 0 updated\n');
    expect(run(['coders', 'add', project, 'SO', 'Sam Okoro']).stdout).toBe('Added coder SO (Sam Okoro)\n');

    const ok = run(['codings', 'import', project, file]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toBe('1 codings imported; new codes: Humour/Emoji\n');
    const exported = parse(run(['codings', 'export', project, '--code', 'Humour', '--coder', 'SO', '--csv']).stdout, { columns: true }) as Record<string, string>[];
    expect(exported).toHaveLength(1);
    expect(exported[0]).toMatchObject({ document: 'go-time-163', code: 'Humour/Emoji', coder: 'SO', start: String(emoji), end: String(emoji + 40), memo: 'first' });
    expect(exported[0]!.text).toBe(cps.slice(emoji, emoji + 40).join(''));
  });

  it('exports the codebook to a file that imports back unchanged', () => {
    const out = path.join(dir, 'codebook.csv');
    expect(run(['codebook', 'export', project, out]).code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('path,colour,description,inclusion,exclusion,example');
    expect(run(['codebook', 'import', project, out]).stdout).toBe('0 codes created, 2 updated\n');
  });

  it('runs the queries for one coder, the same numbers as the core gives', async () => {
    const sample = path.join(dir, 'sample.coherence');
    expect(run(['new', sample, '--sample']).code).toBe(0);
    const themes = 'Collaborative care/Structured management plan,Collaborative care/Scheduled follow-up';
    const everyone = parse(run(['query', 'cooccurrence', sample, '--codes', themes]).stdout) as string[][];
    const ew = run(['query', 'cooccurrence', sample, '--codes', themes, '--coders', 'EW']);
    expect(ew.code, ew.stderr).toBe(0);
    const t = testCore();
    try {
      await t.call('project.open', { path: sample });
      const codes = await t.call('codes.list', {});
      const ids = themes.split(',').map((p) => codes.find((c) => c.path === p)!.id);
      const coder = (await t.call('coders.list', {})).find((c) => c.initials === 'EW')!;
      const result = await t.call('queries.cooccurrence', { codeIds: ids, coderIds: [coder.id] });
      expect((parse(ew.stdout) as string[][]).slice(1)).toEqual(result.codes.map((c, i) => [c.path, ...result.counts[i]!.map(String)]));
      expect(everyone).not.toEqual(parse(ew.stdout));
    } finally {
      t.close();
    }
    const unknown = run(['query', 'matrix', sample, '--codes', themes, '--attribute', 'stakeholder type', '--coders', 'XX']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('There is no coder with initials "XX".');
  });
});
