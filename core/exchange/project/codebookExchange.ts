import type { ProjectFile } from '../../../db/projectFile';
import { resolveCodePath } from '../../codebook/codePathLookup';
import { listCodes, updateCode, type CodeFields } from '../../codebook/codeQueries';
import { joinCodePath } from '../../model/codePaths';
import type { ExchangeCode, ExchangeCodebook, ReportEntry } from '../refi/model';
import { ReportCollector, type ExportReport } from '../refi/reports';
import { qdcExportReport, writeQdc } from '../refi/writeCodebook';
import { adoptGuid } from './adoptIdentity';
import { unfoldCodeDefinition } from './codeDefinition';
import { exportBaseName } from './exportQdpx';
import { codebookExportLimits } from './exportReport';
import { readCodes } from './projectToExchange';

/**
 * The codebook alone, as a REFI-QDA .qdc file: out with stable GUIDs and definitions folded
 * into descriptions; in, into the open project, codes found by their path (names from the top
 * down) are updated and the others created, with their parents.
 */
export function exportCodebookQdc(file: ProjectFile): { fileName: string; xml: string; report: ExportReport } {
  const limits = codebookExportLimits(file);
  const codebook: ExchangeCodebook = { codes: readCodes(file).tree, sets: [], reportOnExport: limits.notCarried };
  const xml = writeQdc(codebook);
  const written = qdcExportReport(codebook);
  return { fileName: `${exportBaseName(file)} codebook.qdc`, xml, report: { notCarried: written.notCarried, adjusted: [...limits.adjusted, ...written.adjusted] } };
}

/** Caller supplies the transaction (and the undoable action). */
export function importCodebook(file: ProjectFile, codebook: ExchangeCodebook): { created: number; updated: number; notCarried: ReportEntry[]; adjusted: ReportEntry[] } {
  const report = new ReportCollector();
  const before = new Set(listCodes(file).map((c) => c.id));
  const touched = new Set<number>();
  let updated = 0;
  let folders = 0;
  const visit = (codes: ExchangeCode[], parents: string[]): void => {
    for (const code of codes) {
      const names = [...parents, code.name.trim()];
      const path = joinCodePath(names);
      const id = resolveCodePath(file, path, { create: true, ...(code.color ? { colour: code.color } : {}) });
      if (touched.has(id)) report.adjust('code', `the codebook has two codes at "${path}"; both went into one code`, { guid: code.guid, name: code.name });
      else if (before.has(id)) updated++;
      // A code made here keeps the codebook's identifier, so exporting it again names it the same.
      else adoptGuid(file, 'codes', id, code.guid);
      touched.add(id);
      if (!code.isCodable) folders++;
      const fields: CodeFields = {};
      if (code.color) fields.colour = code.color;
      if (code.description !== undefined) {
        const definition = unfoldCodeDefinition(code.description);
        fields.description = definition.description;
        if (definition.inclusion) fields.inclusion = definition.inclusion;
        if (definition.exclusion) fields.exclusion = definition.exclusion;
        if (definition.example) fields.example = definition.example;
        if (definition.realistRole) fields.realistRole = definition.realistRole;
      }
      if (Object.keys(fields).length) updateCode(file, id, fields);
      visit(code.children, names);
    }
  };
  visit(codebook.codes, []);
  if (folders) report.adjust('code', `${folders} folder code(s) (not meant for coding) are ordinary codes in Coherence`);
  for (const set of codebook.sets) {
    report.drop('code group', `it groups ${set.codeGuids.length} code(s); Coherence has no code groups`, { guid: set.guid, name: set.name });
  }
  return { created: listCodes(file).length - before.size, updated, notCarried: report.notCarried, adjusted: report.adjusted };
}
