import type { ProjectFile } from '../../../db/projectFile';
import { setDocumentParticipants } from '../../documents/documentEdits';
import { createParticipant, listParticipants } from '../../participants/participantQueries';
import type { ExchangeCase, Guid } from '../refi/model';
import type { ReportCollector } from '../refi/reports';
import { adoptGuid } from './adoptIdentity';
import type { AttributeMapping } from './importAttributes';
import type { ImportedSources } from './importSources';
import { UniqueNames } from './uniqueNames';

/**
 * Cases become participants, made before the documents so that a speaker label naming one
 * ("Margaret:") is linked to them as the documents arrive. A case's whole documents become the
 * participant's documents; a case holding parts of documents is linked to those documents as a
 * whole (Coherence links participants to documents or to speakers, not to passages).
 */
export function importCases(file: ProjectFile, cases: ExchangeCase[], attributes: AttributeMapping, report: ReportCollector): Map<Guid, number> {
  const ids = new Map<Guid, number>();
  const names = new UniqueNames(listParticipants(file).map((p) => p.name));
  for (const [i, c] of cases.entries()) {
    const wanted = c.name?.trim() || `Case ${i + 1}`;
    const name = names.claim(wanted);
    if (!c.name?.trim()) report.adjust('case', `it had no name; it became the participant "${name}"`, { guid: c.guid });
    else if (name !== wanted) report.adjust('case', `another participant has the same name; this one is called "${name}"`, { guid: c.guid, name: c.name });
    const id = createParticipant(file, { name, ...(c.description ? { description: c.description } : {}) });
    adoptGuid(file, 'participants', id, c.guid);
    ids.set(c.guid, id);
    attributes.setValues('participant', id, c.variableValues, report, `participant "${name}"`);
    if (c.codeGuids.length) report.drop('case code', `${c.codeGuids.length} code(s) standing for case "${name}" were not linked to the participant: Coherence has no case codes`, { guid: c.guid, name });
  }
  return ids;
}

/** Link each participant to the documents of their case, unless a speaker label already does. */
export function linkCaseDocuments(file: ProjectFile, cases: ExchangeCase[], participants: Map<Guid, number>, sources: ImportedSources, report: ReportCollector): void {
  const bySpeaker = new Set(
    (file.sqlite.prepare('SELECT document_id AS d, participant_id AS p FROM document_speakers WHERE participant_id IS NOT NULL').all() as { d: number; p: number }[]).map(
      (r) => `${r.d}:${r.p}`,
    ),
  );
  const links = new Map<number, Set<number>>();
  for (const c of cases) {
    const participantId = participants.get(c.guid);
    if (participantId === undefined) continue;
    const documentIds = new Set<number>();
    for (const g of c.sourceGuids) {
      const doc = sources.documents.get(g);
      if (doc) documentIds.add(doc.id);
    }
    const partial = new Set<number>();
    for (const g of c.selectionGuids) {
      const placed = sources.selections.get(g);
      if (placed && !documentIds.has(placed.documentId)) partial.add(placed.documentId);
    }
    if (partial.size) {
      report.adjust('case member', `${c.selectionGuids.length} passage(s) of case "${c.name ?? c.guid}" in ${partial.size} document(s) became links to those whole documents`, { guid: c.guid, name: c.name });
    }
    for (const d of [...documentIds, ...partial]) {
      if (bySpeaker.has(`${d}:${participantId}`)) continue;
      const set = links.get(d) ?? new Set<number>();
      set.add(participantId);
      links.set(d, set);
    }
  }
  for (const [documentId, ids] of links) setDocumentParticipants(file, documentId, [...ids]);
}
