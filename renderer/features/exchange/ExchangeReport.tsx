import type { Result } from '../../../core/api';

type Report = Result<'project.exportQdpx'>['report'];
type Entry = Report['notCarried'][number];

/**
 * What an import or export could not carry over, and what it carried in another form, each
 * with its reason: the REFI-QDA standard asks programs to show this rather than lose data
 * silently. Repeated entries (one per document, say) are shown once with their count.
 */
export function ExchangeReport({ report, nothingLost }: { report: Report; nothingLost: string }) {
  if (report.notCarried.length === 0 && report.adjusted.length === 0) return <p className="exchange-all-carried">{nothingLost}</p>;
  return (
    <div className="exchange-report">
      <ReportGroup title="Not carried over" entries={report.notCarried} tone="lost" />
      <ReportGroup title="Carried over in another form" entries={report.adjusted} tone="changed" />
    </div>
  );
}

function ReportGroup({ title, entries, tone }: { title: string; entries: Entry[]; tone: string }) {
  if (entries.length === 0) return null;
  const grouped = new Map<string, { entry: Entry; names: string[]; count: number }>();
  for (const e of entries) {
    const key = `${e.subject}\u0000${e.reason}`;
    const g = grouped.get(key) ?? { entry: e, names: [], count: 0 };
    g.count++;
    if (e.name) g.names.push(e.name);
    grouped.set(key, g);
  }
  return (
    <section className={`exchange-report-group ${tone}`} aria-label={title}>
      <h3>
        {title} <span className="muted">({entries.length})</span>
      </h3>
      <ul>
        {[...grouped.values()].map(({ entry, names, count }) => (
          <li key={`${entry.subject}-${entry.reason}`}>
            <strong>{entry.subject}</strong>
            {names.length > 0 && <span className="exchange-names"> {names.slice(0, 4).map((n) => `“${n}”`).join(', ')}{names.length > 4 ? ` and ${names.length - 4} more` : ''}</span>}
            {count > 1 && names.length === 0 && <span className="muted"> ×{count}</span>}
            <div className="exchange-reason">{entry.reason}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
