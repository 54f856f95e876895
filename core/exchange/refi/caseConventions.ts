import type { ExchangeCode, ExchangeProject } from './model';
import type { ReportCollector } from './reports';

/**
 * Producers express case membership and document attributes in their own ways; these turn
 * two well-known conventions into the model's plain form (refi-qda.md §5.14, §5.25).
 */

/**
 * NVivo exports each case a second time as a code with the same GUID, and codes the case's
 * content with it. Those codings become case membership, and the shadow code goes (unless it
 * has sub-codes of its own).
 */
export function foldCaseCodes(project: ExchangeProject, report: ReportCollector): void {
  const codeGuids = new Set<string>();
  const walk = (codes: ExchangeCode[]): void => {
    for (const c of codes) {
      codeGuids.add(c.guid);
      walk(c.children);
    }
  };
  walk(project.codes);
  for (const c of project.cases) {
    if (!codeGuids.has(c.guid)) continue;
    let moved = 0;
    for (const source of project.sources) {
      const whole = source.codings.filter((k) => k.codeGuid === c.guid);
      if (whole.length) {
        source.codings = source.codings.filter((k) => k.codeGuid !== c.guid);
        if (!c.sourceGuids.includes(source.guid)) c.sourceGuids.push(source.guid);
        moved += whole.length;
      }
      for (const sel of source.selections) {
        const n = sel.codings.length;
        sel.codings = sel.codings.filter((k) => k.codeGuid !== c.guid);
        if (sel.codings.length < n) {
          if (!c.selectionGuids.includes(sel.guid)) c.selectionGuids.push(sel.guid);
          moved += n - sel.codings.length;
        }
      }
    }
    c.codeGuids = c.codeGuids.filter((g) => g !== c.guid);
    const removed = removeLeafCode(project.codes, c.guid);
    report.adjust(
      'case',
      `it was also exported as a code (as NVivo does)${moved ? `; its ${moved} coding(s) became case membership` : ''}${removed ? ' and the duplicate code was removed' : ''}`,
      { guid: c.guid, name: c.name },
    );
  }
}

function removeLeafCode(codes: ExchangeCode[], guid: string): boolean {
  const i = codes.findIndex((c) => c.guid === guid);
  if (i >= 0) {
    if (codes[i]!.children.length) return false;
    codes.splice(i, 1);
    return true;
  }
  return codes.some((c) => removeLeafCode(c.children, guid));
}

/**
 * An unnamed case holding exactly one whole document and nothing else is how some producers
 * (Quirkos, MAXQDA) attach document attributes; its values move to the document.
 */
export function foldDocumentCases(project: ExchangeProject, report: ReportCollector): void {
  project.cases = project.cases.filter((c) => {
    if (c.name || c.sourceGuids.length !== 1 || c.selectionGuids.length || c.codeGuids.length || c.description) return true;
    const source = project.sources.find((s) => s.guid === c.sourceGuids[0]);
    if (!source) return true;
    for (const v of c.variableValues) {
      if (!source.variableValues.some((x) => x.variableGuid === v.variableGuid)) source.variableValues.push(v);
    }
    report.adjust('case', `an unnamed case holding only this document carried its attributes; they became document attributes`, {
      guid: source.guid,
      name: source.name,
    });
    return false;
  });
}
