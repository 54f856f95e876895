import type { ProjectFile } from '../../db/projectFile';
import { statement } from '../../db/statements';
import type { CodingDeletionImpact } from '../model/realistTypes';

/**
 * What a coding is evidence for, to warn before it is deleted. Deleting it anyway removes only
 * the evidence link (the configuration and its elements stay), so nothing is left pointing at
 * a passage that no longer exists.
 */
export function codingDeletionImpact(file: ProjectFile, codingId: number): CodingDeletionImpact {
  const elements = statement(
    file.sqlite,
    `SELECT e.id AS elementId, e.label, (SELECT COUNT(*) - 1 FROM element_evidence x WHERE x.element_id = e.id) AS evidenceLeft
     FROM element_evidence v JOIN cmo_elements e ON e.id = v.element_id WHERE v.coding_id = ? ORDER BY e.label`,
  ).all(codingId) as { elementId: number; label: string; evidenceLeft: number }[];
  return {
    evidenceFor: elements.map((e) => ({
      ...e,
      configurations: statement(
        file.sqlite,
        'SELECT DISTINCT c.id, c.statement FROM configuration_elements l JOIN configurations c ON c.id = l.configuration_id WHERE l.element_id = ? ORDER BY c.id',
      ).all(e.elementId) as { id: number; statement: string }[],
    })),
  };
}
