import type { ProjectFile } from '../../db/projectFile';
import { statement } from '../../db/statements';
import { attributeValuesByOwner } from '../attributes/attributeQueries';
import { speakerLookup } from '../coding/codingParticipants';
import type { Supporter } from '../model/realistTypes';

/**
 * Who stands behind the evidence: for each element, the participants whose coded passages
 * support it, with their attributes (so a configuration shows which stakeholder groups back it).
 */
export function supportersByElement(file: ProjectFile): Map<number, Supporter[]> {
  const rows = statement(
    file.sqlite,
    'SELECT e.element_id AS elementId, c.document_id AS documentId, c.start FROM element_evidence e JOIN codings c ON c.id = e.coding_id',
  ).all() as { elementId: number; documentId: number; start: number }[];
  const speakerAt = speakerLookup(file);
  const values = attributeValuesByOwner(file, 'participant');
  const out = new Map<number, Map<number, Supporter>>();
  for (const r of rows) {
    const participant = speakerAt(r.documentId, r.start).participant;
    if (!participant) continue;
    if (!out.has(r.elementId)) out.set(r.elementId, new Map());
    out.get(r.elementId)!.set(participant.id, { participantId: participant.id, name: participant.name, attributes: values.get(participant.id) ?? {} });
  }
  return new Map([...out].map(([id, people]) => [id, [...people.values()].sort((a, b) => a.name.localeCompare(b.name))]));
}

export function evidenceCounts(file: ProjectFile): Map<number, number> {
  return new Map(
    (statement(file.sqlite, 'SELECT element_id AS id, COUNT(*) AS n FROM element_evidence GROUP BY element_id').all() as { id: number; n: number }[]).map((r) => [r.id, r.n]),
  );
}

export function mergeSupporters(lists: Supporter[][]): Supporter[] {
  const byId = new Map<number, Supporter>();
  for (const list of lists) for (const s of list) byId.set(s.participantId, s);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}
