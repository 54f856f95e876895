import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectSnapshot } from '../support/projectSnapshot';
import { sharedPath } from '../support/paths';
import { testCore, type TestCore } from '../support/testCore';

/** REFI-QDA codebooks (.qdc) into an open project: codes found by path are updated, the others created. */
let t: TestCore;
beforeEach(async () => {
  t = testCore();
  await t.call('project.create', { path: path.join(t.dir, 'p.coherence'), sample: true });
});
afterEach(() => t.close());

const qdc = (name: string) => ({ file: { path: sharedPath('refi-samples', name) } });

describe('importing a .qdc codebook', () => {
  it('adds the spec example codebook to the sample codebook, with colours, and reports folder codes', async () => {
    const before = (await t.call('codes.list', {})).length;
    const result = await t.call('codebook.importQdc', qdc('spec-annexA1_codebook.qdc'));
    expect(result).toMatchObject({ created: 6, updated: 0 });
    expect(result.report.adjusted.map((e) => e.reason)).toContain('2 folder code(s) (not meant for coding) are ordinary codes in Coherence');
    const codes = await t.call('codes.list', {});
    expect(codes).toHaveLength(before + 6);
    expect(codes.filter((c) => ['Economy', 'Health care', 'Conservatives', 'Liberals'].includes(c.path)).map((c) => [c.path, c.colour])).toEqual([
      ['Economy', '#ffff00'],
      ['Health care', '#33cc33'],
      ['Conservatives', '#ff0000'],
      ['Liberals', '#0000ff'],
    ]);
    expect((await t.call('history.list', {}))[0]?.label).toBe('Import codebook spec-annexA1_codebook.qdc');
  });

  it("accepts Taguette's schema-invalid codebook (an empty <Sets/>)", async () => {
    const result = await t.call('codebook.importQdc', qdc('taguette-1.4.1_codebook.qdc'));
    expect(result).toMatchObject({ created: 3, updated: 0 });
    expect(result.report.origin).toBe('Taguette 1.4.1');
    expect((await t.call('codes.list', {})).map((c) => c.path)).toEqual(expect.arrayContaining(['xsd:element name', 'CodeBook', 'Variables']));
  });

  it('updates codes found by path and creates the rest, definitions unfolded; once undone, the codebook is as before', async () => {
    const { xml } = await t.call('codebook.exportQdc', {});
    // Another project's codebook: the same paths with other colours and a code more.
    const edited = xml
      .replace('name="Collaborative care" isCodable="true" color="#b0bec5"', 'name="collaborative CARE" isCodable="true" color="#123456"')
      .replace('</Codes>', '<Code guid="0f8a1907-7e42-4739-8610-a676b4d1b69f" name="Trust" isCodable="true" color="#abcdef"><Description>Believing the service will help.\n\nExample:\n“I trusted her.”</Description></Code></Codes>');
    const before = projectSnapshot(t.core.session.project.sqlite);
    const result = await t.call('codebook.importQdc', { file: { name: 'shared.qdc', base64: Buffer.from(edited).toString('base64') } });
    expect(result).toMatchObject({ created: 1, updated: 17 });
    const codes = await t.call('codes.list', {});
    expect(codes.find((c) => c.path === 'Collaborative care')?.colour).toBe('#123456');
    expect(codes.find((c) => c.path === 'Trust')).toMatchObject({ colour: '#abcdef', description: 'Believing the service will help.', example: '“I trusted her.”', inclusion: '' });
    // Definitions folded by the export come back into their own fields, unchanged.
    const plan = codes.find((c) => c.path === 'Collaborative care/Structured management plan')!;
    expect(plan.inclusion).toMatch(/^The what matters to me plan, goals written in the client's words/);
    expect(plan.description).toBe('A written plan, agreed with the client, sets out goals, steps and who does what.');
    await t.call('history.undo', {});
    expect(projectSnapshot(t.core.session.project.sqlite)).toBe(before);
  });

  it('refuses a project export given as a codebook, and changes nothing', async () => {
    const before = projectSnapshot(t.core.session.project.sqlite);
    const e = await t.fail('codebook.importQdc', qdc('nvivo-win-12.6_oltas0517.qdpx'));
    expect(e.code).toBe('unsupported-format');
    expect(e.message).toBe('nvivo-win-12.6_oltas0517.qdpx is a zip archive (a project export, .qdpx?), not a REFI-QDA codebook (.qdc).');
    expect(projectSnapshot(t.core.session.project.sqlite)).toBe(before);
  });
});
