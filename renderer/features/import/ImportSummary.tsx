import type { ImportFileResult } from '../../../core/model/types';

const groups: { status: ImportFileResult['status']; title: string; tone: string }[] = [
  { status: 'imported', title: 'Imported', tone: 'ok' },
  { status: 'skipped', title: 'Skipped', tone: 'warn' },
  { status: 'failed', title: 'Failed', tone: 'bad' },
  { status: 'cancelled', title: 'Cancelled', tone: 'neutral' },
];
/** The lists: what needs attention first. */
const listOrder = ['failed', 'skipped', 'cancelled', 'imported'].map((s) => groups.find((g) => g.status === s)!);

/** What the import did with every file, with the reason for each one it did not import. */
export function ImportSummary({ results, folder }: { results: ImportFileResult[]; folder: string }) {
  const shown = (file: string) => (folder && file.startsWith(folder) ? file.slice(folder.length) : file);
  return (
    <div className="import-summary-view">
      <dl className="summary-counts" aria-label="Import summary">
        {groups.map((g) => {
          const n = results.filter((r) => r.status === g.status).length;
          return (
            <div key={g.status} className={n > 0 ? `summary-count ${g.tone}` : 'summary-count'} data-status={g.status}>
              <dt>{g.title}</dt>
              <dd>{n}</dd>
            </div>
          );
        })}
      </dl>
      {listOrder.map((g) => {
        const list = results.filter((r) => r.status === g.status);
        if (list.length === 0) return null;
        return (
          <section key={g.status} className="summary-group" aria-label={g.title}>
            <h3>{g.title}</h3>
            <ul>
              {list.map((r) => (
                <li key={r.file}>
                  <span className="file-name">{shown(r.file)}</span>
                  {r.status === 'imported' && r.title && r.title !== r.file && <span className="muted"> as “{r.title}”</span>}
                  {r.reason && <div className={`status-reason ${g.tone}`}>{r.reason}</div>}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
