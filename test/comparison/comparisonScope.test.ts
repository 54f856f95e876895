/**
 * Which documents and codes a comparison uses (agreement-methods.md §6, issue 6): the
 * documents every chosen coder completed; with no completion marks at all, the documents
 * every chosen coder coded; a document a coder was not assigned is missing data for that
 * coder, not "code absent"; a code nobody used is not in the default report and, named
 * explicitly, is "not applicable", never 1. Real SQLite, real transcripts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgreementReport } from '../../core/agreement';
import type { OracleDocument } from './characterOracle';
import { characterMatrix, nominalAlpha, percentAgreement } from './characterOracle';
import { buildStudy, DOCUMENTS, firstLine, type Study } from './studyFixture';

const [D68, D69, D70, D71] = DOCUMENTS as [string, string, string, string];

describe('comparison scope and missing data', () => {
  let s: Study;
  const coders = (...initials: string[]) => initials.map((i) => s.coderIds.get(i)!);
  const docs = (...titles: string[]) => titles.map((d) => s.documentIds.get(d)!);
  const complete = async (document: string, ...initials: string[]) => {
    for (const c of coders(...initials)) await s.t.call('assignments.complete', { documentId: s.documentIds.get(document)!, coderId: c, completed: true });
  };
  const compare = async (args: { coders: string[]; documents?: string[]; codes?: string[] }): Promise<AgreementReport> =>
    (
      await s.t.call('agreement.compare', {
        coderIds: coders(...args.coders),
        ...(args.documents ? { documentIds: docs(...args.documents) } : {}),
        ...(args.codes ? { codeIds: args.codes.map((c) => s.codeIds.get(c)!) } : {}),
        bootstrap: false,
      })
    ).report;
  /** The oracle's documents for a code: per coder, the fixture spans, or null where the coder gives no values. */
  const oracle = (code: string, initials: string[], valuesFrom: Record<string, string[]>): OracleDocument[] =>
    Object.keys(valuesFrom).map((document) => ({
      length: s.texts.get(document)!.length,
      coders: initials.map((c) => (valuesFrom[document]!.includes(c) ? s.spans(document, c, code) : null)),
    }));

  beforeEach(async () => {
    s = await buildStudy();
  });
  afterEach(() => s.t.close());

  it('builds the study on the real transcripts', () => {
    expect(s.texts.get(D68)!.startsWith(firstLine(D68))).toBe(true);
    expect(s.texts.get(D68)!.startsWith('[doctor] hi , brian . how are you ?')).toBe(true);
    expect(s.codings.filter((c) => c.coder === 'JC').map((c) => c.document)).not.toContain(D70);
    expect(new Set(s.codings.map((c) => c.code))).toEqual(new Set(['Symptoms', 'Medication', 'Trust/Reassurance']));
  });

  it('with no completion marks, counts the documents every chosen coder coded', async () => {
    const three = await s.t.call('agreement.scope', { coderIds: coders('SO', 'EW', 'JC') });
    expect(three.basis).toBe('codings present');
    expect(three.documents.map((d) => d.title)).toEqual([D68, D69]);
    expect(three.excluded.map((e) => `${e.title}: ${e.reason}`)).toEqual([`${D70}: not coded by JC`, `${D71}: not coded by JC`]);
    const two = await s.t.call('agreement.scope', { coderIds: coders('SO', 'EW') });
    expect(two.documents.map((d) => d.title)).toEqual(DOCUMENTS);
    expect(two.documents[0]!.completedBy).toEqual(['SO', 'EW']);
  });

  it('with completion marks, counts only the documents every chosen coder completed', async () => {
    await complete(D68, 'SO', 'EW', 'JC');
    await complete(D69, 'SO', 'EW', 'JC');
    await complete(D70, 'SO', 'EW');
    await complete(D71, 'SO');
    await s.t.call('assignments.set', { documentIds: docs(D71), coderIds: coders('EW'), assigned: true });
    const three = await s.t.call('agreement.scope', { coderIds: coders('SO', 'EW', 'JC') });
    expect(three.basis).toBe('completion marks');
    expect(three.documents.map((d) => d.title)).toEqual([D68, D69]);
    expect(three.excluded.map((e) => `${e.title}: ${e.reason}`)).toEqual([`${D70}: not completed by JC`, `${D71}: not completed by EW, JC`]);
    // EW coded D2N071 but has not marked it complete: once anyone marks completion, coding alone no longer counts.
    const two = await s.t.call('agreement.scope', { coderIds: coders('SO', 'EW') });
    expect(two.documents.map((d) => d.title)).toEqual([D68, D69, D70]);
    const assignments = await s.t.call('assignments.list', {});
    expect(assignments).toHaveLength(10);
    expect(assignments.filter((a) => a.completedAt === null).map((a) => [a.documentId, a.coderId])).toEqual([[s.documentIds.get(D71), s.coderIds.get('EW')]]);
  });

  it('treats a document a coder was not assigned as missing data, and alpha changes when it is completed', async () => {
    await complete(D68, 'SO', 'EW', 'JC');
    await complete(D69, 'SO', 'EW', 'JC');
    await complete(D70, 'SO', 'EW');
    const chosen = { coders: ['SO', 'EW', 'JC'], documents: [D68, D69, D70] };
    const missing = { [D68]: ['SO', 'EW', 'JC'], [D69]: ['SO', 'EW', 'JC'], [D70]: ['SO', 'EW'] };
    const absent = { ...missing, [D70]: ['SO', 'EW', 'JC'] };

    const before = await compare(chosen);
    expect(before.documents.map((d) => [d.title, d.completedBy])).toEqual([[D68, ['SO', 'EW', 'JC']], [D69, ['SO', 'EW', 'JC']], [D70, ['SO', 'EW']]]);
    for (const code of ['Symptoms', 'Medication', 'Trust/Reassurance']) {
      const got = before.codes.find((c) => c.code === code)!;
      const asMissing = characterMatrix(oracle(code, chosen.coders, missing));
      const asAbsent = characterMatrix(oracle(code, chosen.coders, absent));
      expect(Math.abs(got.alpha! - nominalAlpha(asMissing)!), `${code} alpha, JC missing in ${D70}`).toBeLessThan(1e-9);
      expect(Math.abs(got.percentAgreement! - percentAgreement(asMissing)!)).toBeLessThan(1e-9);
      expect(Math.abs(got.alpha! - nominalAlpha(asAbsent)!), `${code}: missing and absent must differ`).toBeGreaterThan(1e-3);
      expect(got.fleissKappa).toBeNull();
      expect(got.note).toMatch(/not completed by every coder/);
    }

    // JC now says D2N070 is done without coding anything in it: every character is "absent" for JC.
    await complete(D70, 'JC');
    const after = await compare(chosen);
    for (const code of ['Symptoms', 'Medication', 'Trust/Reassurance']) {
      const got = after.codes.find((c) => c.code === code)!;
      const asAbsent = characterMatrix(oracle(code, chosen.coders, absent));
      expect(Math.abs(got.alpha! - nominalAlpha(asAbsent)!), `${code} alpha, JC absent in ${D70}`).toBeLessThan(1e-9);
      expect(got.alpha!).toBeLessThan(before.codes.find((c) => c.code === code)!.alpha!);
      expect(got.fleissKappa).not.toBeNull();
    }
  });

  it('leaves a code nobody used out of the default report, and calls it not applicable when named', async () => {
    const report = await compare({ coders: ['SO', 'EW'] });
    expect(report.codes.map((c) => c.code)).toEqual(['Symptoms', 'Medication', 'Trust/Reassurance']);
    const named = await compare({ coders: ['SO', 'EW'], codes: ['Not used', 'Symptoms'] });
    expect(named.codes.map((c) => c.code)).toEqual(['Not used', 'Symptoms']);
    const unused = named.codes[0]!;
    expect([unused.alpha, unused.cohenKappa, unused.scottPi, unused.positiveAgreement, unused.gwetAC1]).toEqual([null, null, null, null, null]);
    expect(unused.trafficLight).toBe('not applicable');
    expect(unused.coverage).toEqual({ SO: 0, EW: 0 });
    expect(unused.note).toMatch(/No coder applied Not used in these documents, so agreement is not applicable \(not 1\)/);
    expect(named.codes[1]!.alpha).toBe(report.codes[0]!.alpha);
    // The parent of Trust/Reassurance has no codings of its own: it is a code nobody used, too.
    const parent = await compare({ coders: ['SO', 'EW'], codes: ['Trust'] });
    expect(parent.codes[0]!.alpha).toBeNull();
  });

  it('refuses a comparison of fewer than two coders, or of documents and codes that do not exist', async () => {
    expect((await s.t.fail('agreement.compare', { coderIds: coders('SO') })).code).toBe('invalid-args');
    expect((await s.t.fail('agreement.compare', { coderIds: coders('SO', 'SO') })).message).toMatch(/two different coders/);
    expect((await s.t.fail('agreement.compare', { coderIds: coders('SO', 'EW'), documentIds: [9999] })).code).toBe('not-found');
    expect((await s.t.fail('agreement.compare', { coderIds: coders('SO', 'EW'), codeIds: [9999] })).message).toBe('There is no code with id 9999.');
  });
});
