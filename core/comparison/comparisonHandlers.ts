import path from 'node:path';
import { compareCoding } from '../agreement';
import type { HandlerMap } from '../handlers';
import { recordAction } from '../history/history';
import type { Session } from '../session';
import { agreementCsv, agreementHtml } from './agreementExports';
import { completeAssignment, listAssignments, setAssignments } from './assignmentQueries';
import { comparisonInput, comparisonScope, type ComparisonRequest } from './comparisonInput';
import { resolveDisagreement } from './consensus';
import { listDisagreements } from './disagreementQueries';

function compare(session: Session, request: ComparisonRequest) {
  const file = session.project;
  const scope = comparisonScope(file, request.coderIds, request.documentIds);
  return { report: compareCoding(comparisonInput(file, request, scope)), scope };
}

const projectName = (session: Session) => path.basename(session.project.path, '.coherence');

export const comparisonHandlers: HandlerMap<
  | 'assignments.list'
  | 'assignments.set'
  | 'assignments.complete'
  | 'agreement.scope'
  | 'agreement.compare'
  | 'agreement.disagreements'
  | 'agreement.resolve'
  | 'agreement.exportCsv'
  | 'agreement.exportHtml'
> = {
  'assignments.list': (_a, s) => listAssignments(s.project),
  'assignments.set': (a, s) => {
    const f = s.project;
    recordAction(f, a.assigned ? 'Assign documents' : 'Unassign documents', null, () => setAssignments(f, a.documentIds, a.coderIds, a.assigned));
    s.emit('assignments.changed', {});
    return null;
  },
  'assignments.complete': (a, s) => {
    const f = s.project;
    recordAction(f, a.completed ? 'Mark a document complete' : 'Reopen a document', null, () => completeAssignment(f, a.documentId, a.coderId, a.completed));
    s.emit('assignments.changed', {});
    return null;
  },
  'agreement.scope': (a, s) => comparisonScope(s.project, a.coderIds, a.documentIds),
  'agreement.compare': (a, s) => compare(s, a),
  'agreement.disagreements': (a, s) => listDisagreements(s.project, a.coderIds, a.codeId, a.documentIds),
  'agreement.resolve': (a, s) => {
    const f = s.project;
    const codings = recordAction(f, 'Settle a disagreement', null, () => resolveDisagreement(f, a));
    s.emit('codings.changed', { documentId: a.documentId });
    s.emit('coders.changed', {});
    s.emit('documents.changed', {});
    return codings;
  },
  'agreement.exportCsv': (a, s) => ({ fileName: `${projectName(s)} agreement.csv`, csv: agreementCsv(compare(s, a).report) }),
  'agreement.exportHtml': (a, s) => {
    const { report, scope } = compare(s, a);
    return { fileName: `${projectName(s)} agreement.html`, html: agreementHtml(report, scope, projectName(s)) };
  },
};
