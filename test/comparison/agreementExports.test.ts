/**
 * The report's exports (issue 6 §6): CSV with a row per code, per code and document and per
 * code and coder pair, which parses back to the report's numbers (and is what
 * `coherence agreement --csv` prints); and one self-contained HTML page (no scripts, nothing
 * fetched from outside) with each code's alpha, the explanations and the methods sentence.
 */
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgreementReport } from '../../core/agreement';
import { cliRunner } from '../support/cliRunner';
import { buildStudy, type Study } from './studyFixture';

const CODES = ['Symptoms', 'Medication', 'Trust/Reassurance', 'Not used'];
const three = (v: number | null) => (v === null ? '' : String(Number(v.toFixed(3))));

describe('agreement exports', () => {
  let s: Study;
  let args: { coderIds: number[]; codeIds: number[]; bootstrap: { resamples: number; seed: number } };
  let report: AgreementReport;

  beforeAll(async () => {
    s = await buildStudy();
    args = { coderIds: ['SO', 'EW', 'JC'].map((c) => s.coderIds.get(c)!), codeIds: CODES.map((c) => s.codeIds.get(c)!), bootstrap: { resamples: 2000, seed: 1 } };
    report = (await s.t.call('agreement.compare', args)).report;
  });
  afterAll(() => s.t.close());

  it('writes CSV with a row per code, per document and per coder pair that parses back to the report', async () => {
    const { fileName, csv } = await s.t.call('agreement.exportCsv', args);
    expect(fileName).toBe('double-coding agreement.csv');
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['level', 'code', 'document', 'coders', 'alpha', 'percent agreement', 'cohen kappa', 'both', 'coverage SO', 'coverage EW', 'coverage JC', 'note']));
    expect(report.documents.map((d) => d.title)).toEqual(['D2N068', 'D2N069']);
    expect(rows).toHaveLength(CODES.length * (1 + 2 + 3));
    for (const code of report.codes) {
      const mine = rows.filter((r) => r.code === code.code);
      expect(mine.map((r) => r.level)).toEqual(['code', 'document', 'document', 'pair', 'pair', 'pair']);
      const [summary, ...rest] = mine;
      expect(summary!.alpha).toBe(three(code.alpha));
      expect(summary!['percent agreement']).toBe(three(code.percentAgreement));
      expect(summary!['ci95 low']).toBe(three(code.ci95?.[0] ?? null));
      expect(summary!.units).toBe(String(code.units));
      expect(['SO', 'EW', 'JC'].map((c) => Number(summary![`coverage ${c}`]))).toEqual(['SO', 'EW', 'JC'].map((c) => code.coverage[c]));
      expect(summary!.note).toBe(code.note);
      for (const d of code.documents) expect(rest.find((r) => r.level === 'document' && r.document === d.document)!.alpha).toBe(three(d.alpha));
      for (const p of code.pairs) {
        const row = rest.find((r) => r.level === 'pair' && r.coders === p.coders.join(' '))!;
        expect([row.both, row['only first'], row['only second'], row.neither].map(Number)).toEqual([p.counts.both, p.counts.onlyFirst, p.counts.onlySecond, p.counts.neither]);
        expect(row['cohen kappa']).toBe(three(p.cohenKappa));
      }
    }
    expect(rows.find((r) => r.level === 'code' && r.code === 'Not used')!.alpha).toBe('');
    expect(Number(rows.find((r) => r.level === 'code' && r.code === 'Symptoms')!.alpha)).toBeGreaterThan(0.5);
  });

  it('writes one self-contained HTML page with every alpha, the explanations and the methods sentence', async () => {
    const { fileName, html } = await s.t.call('agreement.exportHtml', args);
    expect(fileName).toBe('double-coding agreement.html');
    const dom = parseDocument(html);
    const tags = DomUtils.findAll(() => true, dom.children);
    expect(tags.map((e) => e.name)).toEqual(expect.arrayContaining(['html', 'head', 'style', 'body', 'h1', 'table', 'section']));
    expect(tags.filter((e) => ['script', 'link', 'iframe', 'img', 'object', 'embed'].includes(e.name))).toEqual([]);
    expect(tags.filter((e) => Object.keys(e.attribs).some((a) => ['src', 'href', 'srcset', 'action'].includes(a) || a.startsWith('on')))).toEqual([]);
    expect(html).not.toMatch(/https?:\/\/|url\(|@import/i);
    const text = DomUtils.textContent(DomUtils.findAll((e) => e.name === 'body', dom.children)).replace(/\s+/g, ' ');
    expect(text).toContain(report.methodsSentence);
    expect(report.methodsSentence).toMatch(/^Three coders independently coded two documents\. .*Krippendorff's α .*2,000 resamples, seed 1\)\.$/);
    for (const code of report.codes) {
      expect(text).toContain(`${code.code} α = ${code.alpha === null ? 'n/a' : three(code.alpha)} (${code.trafficLight})`);
      expect(text).toContain(code.explanations.alpha.replace(/\s+/g, ' '));
    }
  });

  it('coherence agreement --csv prints the same table from the saved project', async () => {
    const { csv } = await s.t.call('agreement.exportCsv', { ...args, codeIds: undefined });
    await s.t.call('project.close', {});
    const cli = cliRunner(path.join(s.t.dir, 'cli-user-data'));
    expect(cli.ok(['agreement', s.file, '--coders', 'SO,EW,JC', '--csv'])).toBe(csv);
  });
});
