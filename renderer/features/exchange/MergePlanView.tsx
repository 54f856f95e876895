import type { Result } from '../../../core/api';

export type MergeOutcome = Result<'project.merge'>;

const ROWS: { key: keyof MergeOutcome['tallies']; label: string }[] = [
  { key: 'documents', label: 'Documents' },
  { key: 'codes', label: 'Codes' },
  { key: 'coders', label: 'Coders' },
  { key: 'codings', label: 'Codings' },
  { key: 'memos', label: 'Memos' },
  { key: 'participants', label: 'Participants' },
  { key: 'attributes', label: 'Attributes' },
  { key: 'attributeValues', label: 'Attribute values' },
  { key: 'sets', label: 'Document sets' },
  { key: 'assignments', label: 'Assignments' },
];

/** What merging would do: new and matching objects, conflicts (blocking ones first), what stays behind. */
export function MergePlanView({ plan }: { plan: MergeOutcome }) {
  const blocking = plan.conflicts.filter((c) => c.blocking);
  const others = plan.conflicts.filter((c) => !c.blocking);
  const added = Object.entries(plan.added).filter(([, names]) => names.length > 0);
  return (
    <div className="merge-plan">
      <p>
        <strong>{plan.other.name}</strong> <span className="muted">({plan.other.path})</span>
        {plan.other.sameProject ? ' is a copy of this project.' : ' is not a copy of this project: documents are matched by their content and codes by their path.'}
      </p>
      {blocking.length > 0 && (
        <section className="merge-conflicts blocking" aria-label="Conflicts to resolve first" role="alert">
          <h3>To resolve before merging</h3>
          <ul>
            {blocking.map((c) => (
              <li key={`${c.subject}-${c.detail}`}>
                <strong>{c.subject}</strong>: {c.detail}.
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="table-wrap">
        <table className="data-table merge-tallies">
          <thead>
            <tr>
              <th>In the other project</th>
              <th className="num">New here</th>
              <th className="num">Already here</th>
              <th className="num">Completed</th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map(({ key, label }) => {
              const t = plan.tallies[key];
              return (
                <tr key={key} className={t.added > 0 ? 'merge-adds' : undefined}>
                  <th scope="row">{label}</th>
                  <td className="num">{t.added}</td>
                  <td className="num">{t.matched}</td>
                  <td className="num">{t.updated || ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {added.length > 0 && (
        <details className="merge-added">
          <summary>What is new</summary>
          <ul>
            {added.map(([kind, names]) => (
              <li key={kind}>
                <strong>{kind}</strong>: {names.slice(0, 12).join(', ')}
                {names.length > 12 ? ` and ${names.length - 12} more` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
      {others.length > 0 && (
        <section className="merge-conflicts" aria-label="Differences">
          <h3>Differences (this project’s version is kept)</h3>
          <ul>
            {others.map((c) => (
              <li key={`${c.subject}-${c.detail}`}>
                <strong>{c.subject}</strong>: {c.detail}
              </li>
            ))}
          </ul>
        </section>
      )}
      {plan.notCarried.length > 0 && (
        <section className="merge-conflicts" aria-label="Not merged">
          <h3>Not merged</h3>
          <ul>
            {plan.notCarried.map((n) => (
              <li key={n.subject}>
                <strong>{n.subject}</strong>: {n.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
