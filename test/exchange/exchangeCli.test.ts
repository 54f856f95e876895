import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunner, type CliRun } from '../support/cliRunner';
import { sharedPath } from '../support/paths';
import { tempDir } from '../support/testCore';
import { entryNames, entryText } from './refiFixtures';
import { validateAgainst } from './validateXml';

/** The exchange commands of `coherence`, run as a researcher runs them. */
let dir: string;
let cleanup: () => void;
let run: (args: string[]) => CliRun;

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  run = cliRunner(path.join(dir, 'user-data'), dir).run;
});
afterAll(() => cleanup());

// Each command starts a process through tsx (a few seconds on a small machine).
const SLOW = 120_000;

describe('coherence exchange commands', () => {
  it('new --from makes a project from an NVivo export and prints the report', () => {
    const r = run(['new', path.join(dir, 'oltas.coherence'), '--from', sharedPath('refi-samples', 'nvivo-win-12.6_oltas0517.qdpx')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Created ${path.join(dir, 'oltas.coherence')} from nvivo-win-12.6_oltas0517.qdpx (2 documents, 152 codes, 303 codings, 2 coders)`);
    expect(r.stdout).toContain('Not carried over:\n  - formatted text: 2 document(s) also came as a formatted Word file (richTextPath)');
  }, SLOW);

  it('new --from refuses a codebook with one line on stderr', () => {
    const r = run(['new', path.join(dir, 'nope.coherence'), '--from', sharedPath('refi-samples', 'taguette-1.4.1_codebook.qdc')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('coherence: taguette-1.4.1_codebook.qdc is a REFI-QDA codebook (.qdc), not a project; import it as a codebook.\n');
    expect(existsSync(path.join(dir, 'nope.coherence'))).toBe(false);
  }, SLOW);

  it('export writes a schema-valid .qdpx, and a .qdc with --format qdc', async () => {
    const sample = path.join(dir, 'sample.coherence');
    expect(run(['new', sample, '--sample']).code).toBe(0);
    const qdpx = run(['export', sample, '--format', 'qdpx', '--out', path.join(dir, 'sample.qdpx')]);
    expect(qdpx.code, qdpx.stderr).toBe(0);
    expect(qdpx.stdout).toContain(`Wrote ${path.join(dir, 'sample.qdpx')}\nNot carried over:\n  - speaker turns: the speaker turns of 7 documents`);
    const bytes = readFileSync(path.join(dir, 'sample.qdpx'));
    expect((await entryNames(bytes)).filter((n) => n.startsWith('sources/'))).toHaveLength(7);
    expect((await validateAgainst('Project.xsd', await entryText(bytes, 'project.qde'))).valid).toBe(true);

    const qdc = run(['export', sample, '--format', 'qdc', '--out', path.join(dir, 'codes.qdc'), '--json']);
    expect(qdc.code, qdc.stderr).toBe(0);
    expect(JSON.parse(qdc.stdout).report.adjusted[0].subject).toBe('code definition');
    const xml = readFileSync(path.join(dir, 'codes.qdc'), 'utf8');
    expect((await validateAgainst('Codebook.xsd', xml)).valid).toBe(true);
    expect(xml).toContain('name="Collaborative care"');
  }, SLOW);

  it('codebook import reads a .qdc into the project; codebook export writes one', () => {
    const project = path.join(dir, 'codebook.coherence');
    expect(run(['new', project]).code).toBe(0);
    const r = run(['codebook', 'import', project, sharedPath('refi-samples', 'spec-annexA1_codebook.qdc')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('6 codes created, 0 updated\nChanged on the way:\n  - code: 2 folder code(s) (not meant for coding) are ordinary codes in Coherence\n');
    const out = run(['codebook', 'export', project, path.join(dir, 'again.qdc')]);
    expect(out.code, out.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'again.qdc'), 'utf8')).toContain('<Code guid="9fa9bcb7-5b59-47a9-8c3e-f65cffdc7520" name="Values" isCodable="true"');
  }, SLOW);

  it('merge --dry-run shows the plan; merge brings the copy in; a second merge adds nothing', () => {
    const main = path.join(dir, 'main.coherence');
    const copy = path.join(dir, 'copy.coherence');
    expect(run(['new', main, '--sample']).code).toBe(0);
    copyFileSync(main, copy);
    expect(run(['coders', 'add', copy, 'NR', 'Nadia Rahman']).code).toBe(0);

    const plan = run(['merge', main, copy, '--dry-run']);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain(`Would merge ${copy} ("main")`);
    expect(plan.stdout).toContain('Merging only adds: nothing in this project is deleted');
    expect(plan.stdout).toMatch(/coders\s+1\s+3\s+0/);
    expect(plan.stdout).toMatch(/codings\s+0\s+193\s+0/);

    const merged = run(['merge', main, copy, '--json']);
    expect(merged.code, merged.stderr).toBe(0);
    expect(JSON.parse(merged.stdout)).toMatchObject({ merged: true, added: { coders: ['Nadia Rahman (NR)'] } });
    const again = JSON.parse(run(['merge', main, copy, '--json']).stdout);
    expect(again.tallies.coders).toEqual({ added: 0, matched: 4, updated: 0 });
  }, SLOW);
});
