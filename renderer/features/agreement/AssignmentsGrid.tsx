import { useMemo, useState } from 'react';
import type { Coder } from '../../../core/model/types';
import { useApi, useQuery } from '../../api/ApiContext';
import { MenuButton } from '../../components/MenuButton';
import { useToast } from '../../components/Toast';
import { AssignmentCell, type AssignmentActions } from './AssignmentCell';
import { indexAssignments, stateOf } from './assignmentState';
import { formatCount } from '../../../core/model/wording';

/**
 * Who codes which documents: documents down, coders across. Each cell is assigned or not and
 * finished or not; rows can be chosen to assign several documents at once.
 */
export function AssignmentsGrid({ coders, currentCoder }: { coders: readonly Coder[]; currentCoder: Coder | null }) {
  const api = useApi();
  const toast = useToast();
  const documents = useQuery('documents.list', {}, ['documents.changed', 'history.changed']);
  const assignments = useQuery('assignments.list', {}, ['assignments.changed', 'documents.changed', 'coders.changed', 'history.changed']);
  const index = useMemo(() => indexAssignments(assignments.data ?? []), [assignments.data]);
  const [picked, setPicked] = useState<ReadonlySet<number>>(new Set());
  const docs = documents.data ?? [];
  const marks = (assignments.data ?? []).some((a) => a.completedAt);

  const attempt = (work: Promise<unknown>) => work.catch((e: unknown) => toast.show((e as Error).message));
  const actions: AssignmentActions = {
    assign: (documentIds, coderIds, assigned) => void attempt(api.call('assignments.set', { documentIds, coderIds, assigned })),
    finish: (documentId, coderId, completed) => void attempt(api.call('assignments.complete', { documentId, coderId, completed })),
  };
  const chosen = docs.filter((d) => picked.has(d.id)).map((d) => d.id);
  const finishAll = (coderId: number, finished: boolean) => void attempt(Promise.all(chosen.map((documentId) => api.call('assignments.complete', { documentId, coderId, completed: finished }))));
  const bulk = (verb: string, run: (coder: Coder) => void) =>
    coders.map((c) => ({ label: `${verb} ${c.initials} · ${c.name}`, onSelect: () => run(c) }));
  const toggle = (id: number) =>
    setPicked((p) => {
      const next = new Set(p);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="assignments">
      <p className="section-hint">
        A document a coder marked finished counts in comparisons: text they left uncoded there means “code absent”. A document a coder was not given is
        missing data for that coder, not disagreement.{' '}
        {marks ? (
          <strong>Comparisons use the finished documents.</strong>
        ) : (
          <strong>Nobody has marked a document finished yet, so comparisons use the documents each coder has coded something in.</strong>
        )}
      </p>
      <div className="assignments-toolbar" role="toolbar" aria-label="Chosen documents">
        <span className="muted">{chosen.length ? `${formatCount(chosen.length)} chosen` : 'Choose documents to assign several at once'}</span>
        <MenuButton label="Assign to" items={bulk('Assign to', (c) => actions.assign(chosen, [c.id], true))} disabled={chosen.length === 0} />
        <MenuButton label="Mark finished by" items={bulk('Finished by', (c) => finishAll(c.id, true))} disabled={chosen.length === 0} />
        <MenuButton label="Unassign from" items={bulk('Unassign from', (c) => actions.assign(chosen, [c.id], false))} disabled={chosen.length === 0} />
      </div>
      <div className="table-wrap">
        <table className="data-table assignments-table" aria-label="Assignments">
          <thead>
            <tr>
              <th className="pick-col">
                <input
                  type="checkbox"
                  aria-label="Choose every document"
                  checked={docs.length > 0 && chosen.length === docs.length}
                  onChange={(e) => setPicked(new Set(e.target.checked ? docs.map((d) => d.id) : []))}
                />
              </th>
              <th>Document</th>
              <th className="num">Words</th>
              {coders.map((c) => {
                const assigned = docs.filter((d) => stateOf(index, d.id, c.id) !== 'none').length;
                const finished = docs.filter((d) => stateOf(index, d.id, c.id) === 'finished').length;
                return (
                  <th key={c.id} className={`coder-col${currentCoder?.id === c.id ? ' me' : ''}`} title={c.name}>
                    <span className="initials">{c.initials}</span> {currentCoder?.id === c.id && <span className="you">you</span>}
                    <div className="coder-col-counts">
                      {formatCount(assigned)} assigned · {formatCount(finished)} finished
                    </div>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {docs.map((d) => (
              <tr key={d.id} className={picked.has(d.id) ? 'selected' : undefined}>
                <td className="pick-col">
                  <input type="checkbox" checked={picked.has(d.id)} onChange={() => toggle(d.id)} aria-label={`Choose ${d.title}`} />
                </td>
                <th scope="row">{d.title}</th>
                <td className="num">{formatCount(d.words)}</td>
                {coders.map((c) => (
                  <AssignmentCell key={c.id} document={d} coder={c} state={stateOf(index, d.id, c.id)} assignment={index.get(d.id)?.get(c.id)} actions={actions} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
