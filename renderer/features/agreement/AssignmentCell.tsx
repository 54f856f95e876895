import type { Assignment } from '../../../core/model/agreementTypes';
import type { Coder, DocumentSummary } from '../../../core/model/types';
import { MenuButton, type MenuItem } from '../../components/MenuButton';
import { stateWords, type AssignmentState } from './assignmentState';

export interface AssignmentActions {
  assign: (documentIds: number[], coderIds: number[], assigned: boolean) => void;
  finish: (documentId: number, coderId: number, finished: boolean) => void;
}

const labels: Record<AssignmentState, string> = { none: '—', assigned: 'Assigned', finished: '✓ Finished' };

/** One document for one coder: its state, and a menu to change it. */
export function AssignmentCell({
  document,
  coder,
  state,
  assignment,
  actions,
}: {
  document: DocumentSummary;
  coder: Coder;
  state: AssignmentState;
  assignment: Assignment | undefined;
  actions: AssignmentActions;
}) {
  const items: MenuItem[] =
    state === 'none'
      ? [
          { label: `Assign to ${coder.initials}`, onSelect: () => actions.assign([document.id], [coder.id], true) },
          { label: `Mark finished by ${coder.initials}`, onSelect: () => actions.finish(document.id, coder.id, true) },
        ]
      : state === 'assigned'
        ? [
            { label: `Mark finished by ${coder.initials}`, onSelect: () => actions.finish(document.id, coder.id, true) },
            { label: `Unassign from ${coder.initials}`, onSelect: () => actions.assign([document.id], [coder.id], false), separator: true },
          ]
        : [
            { label: 'Reopen (not finished)', onSelect: () => actions.finish(document.id, coder.id, false) },
            { label: `Unassign from ${coder.initials}`, onSelect: () => actions.assign([document.id], [coder.id], false), separator: true },
          ];
  const when = assignment?.completedAt ? `finished ${new Date(assignment.completedAt).toLocaleDateString('en-GB')}` : assignment ? `assigned ${new Date(assignment.assignedAt).toLocaleDateString('en-GB')}` : '';
  return (
    <td className={`assignment-cell state-${state}`} title={when}>
      <MenuButton
        label={labels[state]}
        items={items}
        className={`assignment-button state-${state}`}
        ariaLabel={`${document.title}, ${coder.initials}: ${stateWords[state]}`}
        caret={false}
      />
    </td>
  );
}
