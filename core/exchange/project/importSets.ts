import type { ProjectFile } from '../../../db/projectFile';
import { createSet, listSets } from '../../sets/setQueries';
import type { ExchangeSet } from '../refi/model';
import type { ReportCollector } from '../refi/reports';
import { adoptGuid } from './adoptIdentity';
import type { ImportedSources } from './importSources';
import { UniqueNames } from './uniqueNames';

/** Sets of documents become document sets; Coherence has no groups of codes or of memos. */
export function importSets(file: ProjectFile, sets: ExchangeSet[], sources: ImportedSources, report: ReportCollector): void {
  const names = new UniqueNames(listSets(file).map((s) => s.name));
  for (const set of sets) {
    const left = [set.codeGuids.length && `${set.codeGuids.length} code(s)`, set.noteGuids.length && `${set.noteGuids.length} memo(s)`].filter(Boolean);
    if (left.length) report.drop('set member', `${left.join(' and ')} in set "${set.name}" were left out: Coherence groups documents only`, { guid: set.guid, name: set.name });
    const documentIds = set.sourceGuids.map((g) => sources.documents.get(g)?.id).filter((id): id is number => id !== undefined);
    if (documentIds.length === 0) {
      if (!left.length) report.drop('set', 'it holds no documents', { guid: set.guid, name: set.name });
      continue;
    }
    const name = names.claim(set.name);
    if (name !== set.name.trim()) report.adjust('set', `another set has the same name; this one is called "${name}"`, { guid: set.guid, name: set.name });
    const made = createSet(file, name, documentIds);
    adoptGuid(file, 'document_sets', made.id, set.guid);
  }
}
