import type { ProjectFile } from '../../../db/projectFile';
import type { ExchangeProject, ReportEntry } from '../refi/model';
import { ReportCollector } from '../refi/reports';
import { AttributeMapping } from './importAttributes';
import { importCases, linkCaseDocuments } from './importCases';
import { importCodes } from './importCodes';
import { CoderMapping } from './importCoders';
import { importNotes } from './importNotes';
import { importSets } from './importSets';
import { importSources } from './importSources';

/**
 * An exchange project (read from a .qdpx) written into a new, empty project, in one
 * transaction: it lands whole or not at all. Coders, codes and attributes first, then
 * participants (so speaker labels naming them link up), documents with their codings, case
 * membership, memos and sets. Returns what the mapping left out or changed, for the report.
 */
export function exchangeToProject(file: ProjectFile, project: ExchangeProject): { notCarried: ReportEntry[]; adjusted: ReportEntry[] } {
  const report = new ReportCollector();
  file.sqlite.transaction(() => {
    const coders = new CoderMapping(file, project.origin);
    coders.addUsers(project.users, report);
    const codes = importCodes(file, project.codes, report);
    const attributes = new AttributeMapping(file, project, report);
    const participants = importCases(file, project.cases, attributes, report);
    const sources = importSources(file, project.sources, { codes, coders, attributes }, report);
    linkCaseDocuments(file, project.cases, participants, sources, report);
    const byName = new Map(
      (file.sqlite.prepare('SELECT id, name FROM participants').all() as { id: number; name: string }[]).map((p) => [p.name.toLocaleLowerCase(), p.id]),
    );
    importNotes(file, project, { codes, sources, participants: byName, coders }, report);
    importSets(file, project.sets, sources, report);
    coders.finish(report);
    attributes.finish(report);
  })();
  return { notCarried: report.notCarried, adjusted: report.adjusted };
}
