import { useEffect, useState } from 'react';
import type { ConfigurationStatus, TheoryVersion } from '../../../core/model/realistTypes';
import { useQuery } from '../../api/ApiContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { StatusBadge } from './StatusBadge';
import { cmoName, REALIST_EVENTS, type RealistData } from './useRealistData';

type Change = 'new' | 'changed' | 'unchanged' | 'dropped';

interface Row {
  configurationId: number;
  change: Change;
  from: ConfigurationStatus | null;
  to: ConfigurationStatus | null;
}

const CHANGE_TEXT: Record<Change, string> = { new: 'New', changed: 'Status changed', unchanged: 'Unchanged', dropped: 'Dropped' };
const ORDER: Change[] = ['new', 'changed', 'unchanged', 'dropped'];

/**
 * Two programme theory versions side by side, as realist papers report them: configurations
 * new in the later version marked with *, those dropped struck through, and those whose
 * status changed (proposed → refuted) or stayed the same.
 */
export function ComparisonView({ data, versions }: { data: RealistData; versions: readonly TheoryVersion[] }) {
  const [fromId, setFromId] = useState<number | null>(versions.at(-2)?.id ?? null);
  const [toId, setToId] = useState<number | null>(versions.at(-1)?.id ?? null);
  // Versions made or deleted while the view is open: keep the choice sensible.
  useEffect(() => {
    if (fromId === null || !versions.some((v) => v.id === fromId)) setFromId(versions.at(-2)?.id ?? null);
    if (toId === null || !versions.some((v) => v.id === toId)) setToId(versions.at(-1)?.id ?? null);
  }, [versions, fromId, toId]);
  const ready = fromId !== null && toId !== null && fromId !== toId;
  const comparison = useQuery('cmo.versions.compare', ready ? { fromVersionId: fromId, toVersionId: toId } : null, REALIST_EVENTS);

  if (versions.length < 2) return <p className="muted empty">Comparing needs two programme theory versions. Make a second one (as a copy of the first) from the Versions menu.</p>;

  const c = comparison.data;
  const rows: Row[] = c
    ? [
        ...c.added.map((id) => ({ configurationId: id, change: 'new' as const, from: null, to: data.configurationById.get(id)?.versions[c.to.id]?.status ?? null })),
        ...c.changed.map((x) => ({ configurationId: x.configurationId, change: 'changed' as const, from: x.from, to: x.to })),
        ...c.unchanged.map((id) => {
          const s = data.configurationById.get(id)?.versions[c.to.id]?.status ?? null;
          return { configurationId: id, change: 'unchanged' as const, from: s, to: s };
        }),
        ...c.dropped.map((id) => ({ configurationId: id, change: 'dropped' as const, from: data.configurationById.get(id)?.versions[c.from.id]?.status ?? null, to: null })),
      ].sort((a, b) => ORDER.indexOf(a.change) - ORDER.indexOf(b.change) || (data.numbers.get(a.configurationId) ?? 0) - (data.numbers.get(b.configurationId) ?? 0))
    : [];
  const picker = (label: string, value: number | null, set: (id: number) => void) => (
    <label className="compare-pick">
      <span>{label}</span>
      <select aria-label={`Compare ${label.toLowerCase()}`} value={value ?? ''} onChange={(e) => set(Number(e.target.value))}>
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="comparison-view" aria-label="Compare versions">
      <div className="compare-picks">
        {picker('From', fromId, setFromId)}
        <span aria-hidden="true">→</span>
        {picker('To', toId, setToId)}
      </div>
      {!ready && <p className="muted">Choose two different versions.</p>}
      <ErrorNotice error={comparison.error} />
      {c && ready && (
        <>
          <p className="compare-summary" aria-live="polite">
            <strong>{c.to.name}</strong> against <strong>{c.from.name}</strong>: {c.added.length} new (marked *), {c.changed.length} changed, {c.unchanged.length} unchanged, {c.dropped.length} dropped.
          </p>
          {rows.length === 0 ? (
            <p className="muted">Neither version has configurations yet.</p>
          ) : (
            <div className="table-wrap">
              <table className="data-table comparison-table" aria-label={`${c.from.name} compared with ${c.to.name}`}>
                <thead>
                  <tr>
                    <th scope="col">CMO</th>
                    <th scope="col">Configuration</th>
                    <th scope="col">In {c.from.name}</th>
                    <th scope="col">In {c.to.name}</th>
                    <th scope="col">Change</th>
                    <th scope="col">Rationale ({c.to.name})</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => {
                    const configuration = data.configurationById.get(r.configurationId);
                    return (
                      <tr key={r.configurationId} className={`change-${r.change}`} data-configuration-id={r.configurationId} data-change={r.change} data-to={r.to ?? undefined}>
                        <th scope="row">
                          {cmoName(data.numbers, r.configurationId)}
                          {r.change === 'new' ? '*' : ''}
                        </th>
                        <td className="compare-statement">{configuration?.statement ?? '(deleted)'}</td>
                        <td>{r.from ? <StatusBadge status={r.from} /> : <span className="muted">not in it</span>}</td>
                        <td>{r.to ? <StatusBadge status={r.to} /> : <span className="muted">not in it</span>}</td>
                        <td className="compare-change">
                          {r.change === 'changed' ? `${r.from} → ${r.to}` : CHANGE_TEXT[r.change]}
                        </td>
                        <td className="compare-rationale">{configuration?.versions[c.to.id]?.rationale ?? ''}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              <p className="compare-footnote">* new in {c.to.name}. Struck through: dropped from it.</p>
            </div>
          )}
        </>
      )}
    </section>
  );
}
