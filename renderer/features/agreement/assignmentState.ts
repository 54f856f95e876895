import type { Assignment } from '../../../core/model/agreementTypes';

export type AssignmentState = 'none' | 'assigned' | 'finished';

/** documentId -> coderId -> the assignment, for looking cells up in the grid. */
export type AssignmentIndex = ReadonlyMap<number, ReadonlyMap<number, Assignment>>;

export function indexAssignments(assignments: readonly Assignment[]): AssignmentIndex {
  const index = new Map<number, Map<number, Assignment>>();
  for (const a of assignments) {
    if (!index.has(a.documentId)) index.set(a.documentId, new Map());
    index.get(a.documentId)!.set(a.coderId, a);
  }
  return index;
}

export function stateOf(index: AssignmentIndex, documentId: number, coderId: number): AssignmentState {
  const a = index.get(documentId)?.get(coderId);
  return !a ? 'none' : a.completedAt ? 'finished' : 'assigned';
}

export const stateWords: Record<AssignmentState, string> = { none: 'not assigned', assigned: 'assigned', finished: 'finished' };
