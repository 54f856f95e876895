/**
 * Issue 6 acceptance: every span case of /shared/agreement/cases.json with character-level
 * statistics, reproduced through the command line on a real project: `coherence new`,
 * `import` (one text file per case document, of the case's length), `coders add`,
 * `assign --complete` per the case's coders_assigned (a coder not assigned is missing data),
 * `codings import`, then `coherence agreement --unit character --json`. Driven by the file's
 * content, not by case ids: kept-back cases of the same kinds run the same way.
 *
 * One project holds every case (a document set and codes per case, chosen with --documents
 * and --codes), so the number of processes stays small.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/testCore';
import type { AgreementCase, CasePlan, Check, CliAgreement, ProjectNames } from './caseExpectations';
import { actual, caseCodes, caseCoders, loadAgreementCases, planCase } from './caseExpectations';
import { unionLength } from './characterOracle';
import { interviewText } from './interviewText';
import { cliList, cliRunner } from '../support/cliRunner';

interface CaseInProject {
  c: AgreementCase;
  plan: CasePlan;
  exact: CasePlan | null;
  names: ProjectNames;
  slots: string[];
  titles: string[];
  codePaths: string[];
}

/** "51/250" → 0.204, recursively (expected_exact). */
function fractions(value: unknown): unknown {
  if (typeof value === 'string' && /^-?\d+(\/\d+)?$/.test(value)) {
    const [n, d] = value.split('/');
    return Number(n) / (d === undefined ? 1 : Number(d));
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fractions(v)]));
  return value;
}

const spanCases = loadAgreementCases().filter((c) => c.data.format === 'spans');

const inProject: CaseInProject[] = spanCases.map((c, i) => {
  const slug = `c${String(i + 1).padStart(2, '0')}`;
  const coders = caseCoders(c);
  const docs = c.data.documents ?? [];
  const slot = (coder: string) => `K${coders.indexOf(coder) + 1}`;
  const title = (docId: string) => `${slug}-d${docs.findIndex((d) => d.id === docId) + 1}`;
  const codePath = (code: string) => `${slug} ${code.replace(/\//g, '-')}`;
  const names: ProjectNames = { code: codePath, document: title, coder: slot, unusedCode: `${slug} unused` };
  return {
    c,
    plan: planCase(c),
    exact: c.expected_exact ? planCase(c, fractions(c.expected_exact) as Record<string, unknown>) : null,
    names,
    slots: coders.map(slot),
    titles: docs.map((d) => title(d.id)),
    codePaths: caseCodes(c).map(codePath),
  };
});
const runnable = inProject.filter((p) => p.plan.checks.length > 0);
const documentLength = (d: NonNullable<AgreementCase['data']['documents']>[number]) => d.length ?? Math.max(...d.codings.map((g) => g.end - (d.begin ?? 0)));

function expectClose(got: number | null, check: Check, tolerance = check.tolerance): void {
  if (check.expected === null) {
    expect(got, `${check.path}: expected not applicable (null)`).toBeNull();
    return;
  }
  expect(got, `${check.path}: no value`).not.toBeNull();
  expect(Math.abs(got! - check.expected), `${check.path}: got ${String(got)}, expected ${check.expected}`).toBeLessThanOrEqual(tolerance);
}

describe('cases.json span cases through the command line', () => {
  let dir: string;
  let cleanup: () => void;
  let project: string;
  let cli: ReturnType<typeof cliRunner>;

  beforeAll(() => {
    ({ dir, cleanup } = tempDir('coherence-cases-'));
    cli = cliRunner(path.join(dir, 'user-data'));
    project = path.join(dir, 'cases.coherence');
    const textDir = path.join(dir, 'documents');
    mkdirSync(textDir);
    const files: string[] = [];
    const codings: (string | number)[][] = [];
    const assignments = new Map<string, string[]>(); // coders -> document titles
    let seed = 1;
    for (const p of runnable) {
      (p.c.data.documents ?? []).forEach((d, j) => {
        const file = path.join(textDir, `${p.titles[j]}.txt`);
        writeFileSync(file, interviewText(documentLength(d), seed++));
        files.push(file);
        const key = [...new Set(d.coders_assigned)].map(p.names.coder).join(',');
        assignments.set(key, [...(assignments.get(key) ?? []), p.titles[j]!]);
        for (const g of d.codings) {
          const start = g.start - (d.begin ?? 0);
          const end = g.end - (d.begin ?? 0);
          if (end > start) codings.push([p.titles[j]!, p.names.coder(g.coder), p.names.code(g.code), start, end]);
        }
      });
    }
    cli.ok(['new', project]);
    const imported = JSON.parse(cli.ok(['import', project, ...files, '--duplicates', 'import', '--json'])) as { status: string; title: string }[];
    expect(imported.map((r) => `${r.status} ${r.title}`)).toEqual(files.map((f) => `imported ${path.basename(f, '.txt')}`));
    const slots = Math.max(...runnable.map((p) => p.slots.length));
    for (let k = 1; k <= slots; k++) cli.ok(['coders', 'add', project, `K${k}`, `Case coder ${k}`]);
    writeFileSync(path.join(dir, 'codebook.csv'), stringify([['path'], ...runnable.map((p) => [p.names.unusedCode])]));
    cli.ok(['codebook', 'import', project, path.join(dir, 'codebook.csv')]);
    for (const [coders, titles] of assignments) {
      if (coders) cli.ok(['assign', project, '--coders', coders, '--documents', titles.join(','), '--complete']);
    }
    writeFileSync(path.join(dir, 'codings.csv'), stringify([['document', 'coder', 'code', 'start', 'end'], ...codings]));
    expect(cli.ok(['codings', 'import', project, path.join(dir, 'codings.csv')])).toMatch(new RegExp(`^${codings.length} codings imported`));
  }, 240_000);
  afterAll(() => cleanup());

  it('finds character-level span cases in the file', () => {
    expect(runnable.length).toBeGreaterThanOrEqual(1);
    expect(runnable.every((p) => (p.c.data.documents ?? []).length > 0)).toBe(true);
  });

  for (const p of inProject) {
    const keys = [...new Set(p.plan.checks.map((k) => k.path.split('.')[0]))].join(', ');
    if (p.plan.checks.length === 0) {
      it(`${p.c.id}: not run through the CLI, no character-level statistics (${p.plan.notHere.join('; ')}: checked by test/agreement)`, () => {
        expect(p.plan.unmapped, 'keys this test does not know').toEqual([]);
        expect(p.plan.notHere.length).toBeGreaterThan(0);
      });
      continue;
    }
    it(`${p.c.id}: ${keys} through coherence agreement`, () => {
      const docs = p.c.data.documents ?? [];
      const agreement = (codes: string[]) =>
        JSON.parse(
          cli.ok(['agreement', project, '--coders', p.slots.join(','), '--documents', p.titles.join(','), '--codes', cliList(codes), '--unit', 'character', '--json']),
        ) as CliAgreement;
      // A code named in the comparison takes part in the all-codes pooled figures, so the
      // unused code gets its own run when the case also expects those.
      const needsUnused = p.plan.checks.some((k) => k.target.kind === 'unused');
      const reportWide = p.plan.checks.some((k) => k.target.kind === 'report');
      const report = agreement(needsUnused && !reportWide ? [...p.codePaths, p.names.unusedCode] : p.codePaths);
      const withUnused = needsUnused && reportWide ? agreement([p.names.unusedCode]) : report;
      expect(p.plan.unmapped, 'keys this test does not know').toEqual([]);
      expect(report.unit).toBe('character');
      expect(report.coders).toEqual(p.slots);
      // Documents fewer than two coders completed say nothing about agreement and are left out.
      const compared = docs.filter((d) => new Set(d.coders_assigned).size >= 2);
      expect(report.documents).toEqual(compared.map((d) => p.names.document(d.id)).sort());

      const reportFor = (check: Check) => (check.target.kind === 'unused' ? withUnused : report);
      for (const check of p.plan.checks) expectClose(actual(reportFor(check), check, p.names), check);
      for (const check of p.exact?.checks ?? []) expectClose(actual(reportFor(check), check, p.names), check, 1e-12);

      // The counts behind the figures: every character of a compared document is a unit, and
      // each coder's coverage is the union of their spans where they completed the document.
      const units = compared.reduce((s, d) => s + documentLength(d), 0);
      for (const code of caseCodes(p.c)) {
        const entry = report.codes.find((k) => k.code === p.names.code(code))!;
        expect(entry.units, `${code}: units`).toBe(units);
        for (const coder of caseCoders(p.c)) {
          const coverage = compared
            .filter((d) => d.coders_assigned.includes(coder))
            .reduce((s, d) => s + unionLength(d.codings.filter((g) => g.coder === coder && g.code === code).map((g) => ({ start: g.start, end: g.end }))), 0);
          expect(entry.coverage[p.names.coder(coder)], `${code}: coverage of ${coder}`).toBe(coverage);
        }
      }
      if (needsUnused) {
        // A code nobody used is "not applicable", never 1.
        const unused = withUnused.codes.find((k) => k.code === p.names.unusedCode)!;
        expect([unused.alpha, unused.positiveAgreement, unused.trafficLight]).toEqual([null, null, 'not applicable']);
        expect(unused.note).toMatch(/not applicable \(not 1\)/);
      }
    });
  }
});
