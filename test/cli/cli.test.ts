import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunner, type CliRun } from '../support/cliRunner';
import { corpusPath } from '../support/paths';
import { tempDir } from '../support/testCore';


describe('coherence CLI', () => {
  let dir: string;
  let cleanup: () => void;
  let project: string;
  let run: (args: string[]) => CliRun;
  beforeAll(() => {
    ({ dir, cleanup } = tempDir());
    project = path.join(dir, 'p.coherence');
    run = cliRunner(path.join(dir, 'user-data')).run;
  });
  afterAll(() => cleanup());

  it('new, import, list --json and text work together', () => {
    const created = run(['new', project]);
    expect(created.code, created.stderr).toBe(0);
    const transcript = corpusPath('transcripts-txt', 'mlss-interviews', 'Interview 10.txt');
    const imported = run(['import', project, transcript]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('Interview 10.txt: imported as "Interview 10"');

    const listed = run(['list', project, 'documents', '--json']);
    expect(listed.code).toBe(0);
    const docs = JSON.parse(listed.stdout) as { title: string; format: string; words: number }[];
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ title: 'Interview 10', format: 'txt' });

    const text = run(['text', project, 'Interview 10']);
    expect(text.code).toBe(0);
    // Exactly the stored text: the original (UTF-8, LF) byte for byte, with nothing added.
    expect(text.stdout).toBe(readFileSync(transcript, 'utf8').replace(/\r\n?/g, '\n'));
  });

  it('lists codes and coders, as tables and as JSON', () => {
    expect(JSON.parse(run(['list', project, 'codes', '--json']).stdout)).toEqual([]);
    expect(run(['list', project, 'coders']).stdout).toContain('(none)');
  });

  it('fails with one line on stderr and a non-zero exit code', () => {
    const missing = run(['list', path.join(dir, 'nope.coherence'), 'documents']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toBe('coherence: nope.coherence does not exist (' + path.join(dir, 'nope.coherence') + ').\n');
    const wrongKind = run(['list', project, 'widgets']);
    expect(wrongKind.code).not.toBe(0);
    expect(wrongKind.stderr.trim().split('\n')).toHaveLength(1);
    const noDoc = run(['text', project, 'Interview 99']);
    expect(noDoc.stderr).toBe('coherence: There is no document called "Interview 99" in this project.\n');
    const exists = run(['new', project]);
    expect(exists.code).not.toBe(0);
    expect(exists.stderr).toMatch(/already exists/);
  });

  it('has --help on every command', () => {
    for (const command of [[], ['new'], ['import'], ['list'], ['text'], ['serve']]) {
      const help = run([...command, '--help']);
      expect(help.code, command.join(' ')).toBe(0);
      expect(help.stdout).toMatch(/Usage: coherence/);
    }
  });
});
